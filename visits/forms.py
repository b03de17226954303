"""
Forms of the coordinator's delegation pages: add a person who is already in the
directory, or a new person (who gets an account with the participant role); enrol the
whole delegation in a course. The checks that need the database and the access rule
are the services' (visits.services, directory.services, courses.services).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from directory.forms import AgencyChoiceField, NipField, rank_field
from directory.models import Agency, Participant


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person: Participant) -> str:
        parts = [person.full_name, person.nip, person.agency.acronym if person.agency else ""]
        return " — ".join(part for part in parts if part)


class ExistingMemberForm(forms.Form):
    """Choose someone of the home region who is not a member yet."""

    participant = ParticipantChoiceField(
        Participant.objects.none(), label=_("Person"), empty_label=_("— choose a person —"),
    )

    def __init__(self, *args, candidates, **kwargs):
        kwargs.setdefault("prefix", "existing")
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = candidates


class NewMemberForm(forms.Form):
    """A person not in Lintas yet: they get an account and can set a password by email."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200,
        help_text=_("With academic titles, e.g. Dr. Siti Aminah, S.E., M.Si."),
    )
    nip = NipField(required=False, help_text=_(
        "18 digits, e.g. 19850312 201001 1 004. Give a NIP, an email or both."))
    email = forms.EmailField(
        label=_("Email"), required=False,
        help_text=_("They receive the link to set their password here."),
    )
    position = forms.CharField(label=_("Position (jabatan)"), max_length=200, required=False)
    rank = rank_field()
    agency = AgencyChoiceField(Agency.objects.none(), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False,
                            widget=forms.TextInput(attrs={"type": "tel"}))

    def __init__(self, *args, region, **kwargs):
        kwargs.setdefault("prefix", "new")
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(region=region)


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, course: CoursePage) -> str:
        return course.title


class DelegationEnrollForm(forms.Form):
    """
    Choose a course to enrol every member in. The list offers the live courses open
    for enrolment; any live course is accepted, so one closed after the form was shown
    reaches courses.services.delegation_enroll and is refused there with its message.
    """

    course = CourseChoiceField(
        CoursePage.objects.none(), label=_("Course"), empty_label=_("— choose a course —"),
        help_text=_("Live courses open for enrolment."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["course"]
        field.queryset = CoursePage.objects.live().public().order_by("title", "pk")
        field.widget.choices = [("", field.empty_label)] + [
            (course.pk, course.title)
            for course in field.queryset.filter(enrolment_open=True).only("id", "title")
        ]
