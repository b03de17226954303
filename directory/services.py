"""
Writes about people: accounts and ASN profiles. Each service is one transaction,
validates with the model's own rules (`full_clean`, so the NIP validator applies) and
raises DomainError with a stable code when it refuses.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lms.errors import AccessDenied, DomainError

from .access import regions_managed_by
from .models import Agency, Participant, Region
from .roles import PARTICIPANT
from .validators import normalise_nip

User = get_user_model()


def _username_for(*, nip: str, email: str) -> str:
    return (nip or email).lower()


def _check_unique(*, nip: str, email: str, exclude_user=None) -> None:
    username = _username_for(nip=nip, email=email)
    users = User.objects.exclude(pk=getattr(exclude_user, "pk", None))
    if nip and Participant.objects.filter(nip=nip).exclude(user=exclude_user).exists():
        raise DomainError("nip_taken", _("Another person already has this NIP."))
    if email and users.filter(email__iexact=email).exists():
        raise DomainError("email_taken", _("Another account already uses this email."))
    if users.filter(username__iexact=username).exists():
        raise DomainError("username_taken", _("An account with this NIP or email exists."))


@transaction.atomic
def participant_create(
    *,
    full_name: str,
    region: Region,
    nip: str = "",
    email: str = "",
    agency: Agency | None = None,
    position: str = "",
    rank: str = "",
    phone: str = "",
    password: str | None = None,
    created_by=None,
) -> Participant:
    """
    Create an account with the participant role and its ASN profile. Without a
    password the account cannot sign in until its owner resets the password by email.
    `created_by`, when given, must be allowed to manage people of `region`.
    """
    if created_by is not None and not regions_managed_by(created_by).filter(pk=region.pk).exists():
        raise AccessDenied("region_forbidden", _("You may not add people to this region."))
    nip, email = normalise_nip(nip), (email or "").strip().lower()
    if not nip and not email:
        raise DomainError("nip_or_email_required", _("Give a NIP or an email address."))
    _check_unique(nip=nip, email=email)
    user = User(username=_username_for(nip=nip, email=email), email=email)
    user.first_name = full_name[:150]
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    participant = Participant(user=user, full_name=full_name, nip=nip, email=email,
                              region=region, agency=agency, position=position, rank=rank,
                              phone=phone)
    _validate(participant, exclude=["user"])
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as error:
        raise DomainError(
            "email_unusable",
            _("This email address cannot be used to sign in (too long, or with unusual "
              "characters). Use another address, or give a NIP."),
        ) from error
    user.save()
    participant.user = user
    participant.save()
    user.groups.add(Group.objects.get(name=PARTICIPANT))
    return participant


@transaction.atomic
def participant_update(*, participant: Participant, **fields) -> Participant:
    """Change a profile; the NIP and email stay unique, the agency in the region."""
    if "nip" in fields:
        fields["nip"] = normalise_nip(fields["nip"])
    for name, value in fields.items():
        setattr(participant, name, value)
    email_changed = "email" in fields and fields["email"] != participant.user.email
    _check_unique(nip=participant.nip, email=participant.email if email_changed else "",
                  exclude_user=participant.user)
    _validate(participant)
    participant.save()
    if "email" in fields and participant.user.email != participant.email:
        participant.user.email = participant.email
        participant.user.save(update_fields=["email"])
    return participant


def _validate(participant: Participant, exclude: list[str] | None = None) -> None:
    try:
        participant.full_clean(exclude=exclude)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise DomainError(f"invalid_{field}", messages[0]) from error
