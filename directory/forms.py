"""
Forms for accounts and profiles. They check what a person typed (required fields,
the NIP rule, the two passwords, the agency in the region); the writes, and the rules
that need the database (a NIP or email used by someone else), are the services' job:
`add_domain_error` shows a service's refusal next to the field it is about.
"""

import itertools

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lms.errors import DomainError
from lms.forms import add_domain_error as show_on_form

from .models import Agency, Participant, Rank, Region
from .validators import NIP_LENGTH, normalise_nip, validate_nip

User = get_user_model()

# Which form field a service error code is about (codes "invalid_<field>" name it).
ERROR_FIELDS = {"nip_taken": "nip", "email_taken": "email", "username_taken": "nip",
                "nip_or_email_required": "nip", "agency_region": "agency",
                "email_unusable": "email"}


def add_domain_error(form: forms.Form, error: DomainError) -> None:
    """Show a people service's refusal next to the field it is about (lms.forms)."""
    show_on_form(form, error, ERROR_FIELDS)


class NipField(forms.CharField):
    """A NIP as people type it (spaces, dots and dashes allowed), checked by the one rule."""

    default_validators = [validate_nip]

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("NIP"))
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("help_text", _("18 digits, e.g. 19850312 201001 1 004."))
        super().__init__(**kwargs)
        self.widget.attrs.update(inputmode="numeric", autocomplete="off")

    def to_python(self, value):
        return normalise_nip(super().to_python(value))


class _AgenciesByRegion(forms.models.ModelChoiceIterator):
    """Agencies in <optgroup>s named after their region, in one query."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        agencies = self.queryset.select_related("region").order_by("region__name", "acronym")
        for region, group in itertools.groupby(agencies, key=lambda agency: agency.region):
            yield (region.name, [self.choice(agency) for agency in group])


class AgencyChoiceField(forms.ModelChoiceField):
    """An OPD select; `grouped=True` groups the options by region."""

    def __init__(self, queryset, *, grouped: bool = False, **kwargs):
        kwargs.setdefault("label", _("Agency (OPD)"))
        kwargs.setdefault("empty_label", _("— choose an agency —"))
        super().__init__(queryset, **kwargs)
        if grouped:
            self.iterator = _AgenciesByRegion

    def label_from_instance(self, agency: Agency) -> str:
        return f"{agency.acronym} — {agency.name}"


def rank_field() -> forms.ChoiceField:
    return forms.ChoiceField(label=_("Rank (pangkat/golongan)"), required=False,
                             choices=[("", _("— none —")), *Rank.choices])


class LoginForm(auth_forms.AuthenticationForm):
    """Django's sign-in form; the username may be a username, a NIP or an email."""

    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _("The username, NIP or email and the password do not match. "
                           "Check both and try again."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Username, NIP or email")
        self.fields["password"].label = pgettext_lazy("account form", "Password")
        self.fields["username"].widget.attrs.update(autocomplete="username",
                                                    autocapitalize="none")

    def clean_username(self):
        """A NIP typed with spaces or dots is still the NIP."""
        username = self.cleaned_data["username"].strip()
        nip = normalise_nip(username)
        return nip if nip.isdigit() and len(nip) == NIP_LENGTH else username


class PasswordResetForm(auth_forms.PasswordResetForm):
    """
    Django's reset form, except that accounts without a usable password get the email
    too: people added by a coordinator or an import have no password until they set one
    through this very link (see directory.services.participant_create).
    """

    def get_users(self, email):
        return (user for user in User._default_manager.filter(email__iexact=email,
                                                              is_active=True)
                if user.email.casefold() == email.casefold())


class RegionAgencyMixin:
    """The agency, when chosen, must be an OPD of the chosen region."""

    def clean(self):
        cleaned = super().clean()
        region, agency = cleaned.get("region"), cleaned.get("agency")
        if region and agency and agency.region_id != region.pk:
            self.add_error("agency", ValidationError(
                _("%(agency)s is not an agency of %(region)s. Choose one of its OPDs."),
                code="agency_region",
                params={"agency": agency.acronym, "region": region.name},
            ))
        return cleaned


class RegisterForm(RegionAgencyMixin, auth_forms.SetPasswordMixin, forms.Form):
    """Self sign-up: the account and the ASN profile in one step."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200,
        help_text=_("With academic titles, e.g. Dr. Siti Aminah, S.E., M.Si."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("For signing in and for resetting your password."),
    )
    nip = NipField(required=False, help_text=_(
        "If you are an ASN: 18 digits, e.g. 19850312 201001 1 004. You can then sign in "
        "with your NIP too."))
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.order_by("name"),
        empty_label=_("— choose a region —"),
    )
    agency = AgencyChoiceField(
        Agency.objects.all(), grouped=True, required=False,
        help_text=_("Leave empty if your OPD is not in the list."),
    )
    password1, password2 = auth_forms.SetPasswordMixin.create_password_fields(
        label1=pgettext_lazy("account form", "Password"),
        label2=pgettext_lazy("account form", "Password confirmation"),
    )

    def clean(self):
        cleaned = super().clean()
        self.validate_passwords()
        candidate = User(username=cleaned.get("nip") or cleaned.get("email") or "",
                         email=cleaned.get("email") or "",
                         first_name=(cleaned.get("full_name") or "")[:150])
        self.validate_password_for_user(candidate)
        return cleaned


class ProfileForm(forms.Form):
    """What a person may change in their own profile (not their region: ask an organiser)."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200,
        help_text=_("With academic titles, e.g. Dr. Siti Aminah, S.E., M.Si."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    nip = NipField(required=False, help_text=_("18 digits; leave empty if you are not ASN."))
    position = forms.CharField(label=_("Position (jabatan)"), max_length=200, required=False)
    rank = rank_field()
    agency = AgencyChoiceField(Agency.objects.none(), required=False)
    phone = forms.CharField(
        label=_("Phone"), max_length=30, required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(label=_("Email"), required=False,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))

    FIELDS = ["full_name", "nip", "position", "rank", "agency", "phone", "email"]

    def __init__(self, *args, participant: Participant, **kwargs):
        kwargs.setdefault("initial", {name: getattr(participant, name) for name in self.FIELDS})
        super().__init__(*args, **kwargs)
        self.participant = participant
        self.fields["agency"].queryset = Agency.objects.filter(region_id=participant.region_id)

    def clean_email(self):
        """The email signs in too, so it belongs to one account only."""
        email = self.cleaned_data["email"].strip().lower()
        others = User._default_manager.exclude(pk=self.participant.user_id)
        if email and others.filter(email__iexact=email).exists():
            raise ValidationError(_("Another account already uses this email."),
                                  code="email_taken")
        return email
