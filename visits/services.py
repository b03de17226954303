"""
Writes about delegations. Each service checks that the acting user may manage the
delegation (directory.access), runs in one transaction, and raises DomainError or
AccessDenied with a stable code when it refuses. Repeats are harmless.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from directory.access import (
    check_manages_delegation,
    participants_visible_to,
)
from directory.models import Participant
from lms.errors import AccessDenied, DomainError

from .models import Delegation, DelegationMember


@transaction.atomic
def delegation_member_add(*, user, delegation: Delegation, participant: Participant
                          ) -> DelegationMember:
    """Add a person of the delegation's home region; adding them again changes nothing."""
    check_manages_delegation(user, delegation)
    if not participants_visible_to(user).filter(pk=participant.pk).exists():
        raise AccessDenied("participant_forbidden", _("You may not add this person."))
    if participant.region_id != delegation.home_region_id:
        raise DomainError("member_other_region",
                          _("Members come from the delegation's home region."))
    member, _created = DelegationMember.objects.get_or_create(
        delegation=delegation, participant=participant
    )
    return member


@transaction.atomic
def delegation_member_remove(*, user, delegation: Delegation, participant: Participant) -> bool:
    """Remove a member; True if they were one. The person's account stays."""
    check_manages_delegation(user, delegation)
    deleted, _rows = DelegationMember.objects.filter(
        delegation=delegation, participant=participant
    ).delete()
    if delegation.leader_id == participant.pk:
        delegation.leader = None
        delegation.save(update_fields=["leader"])
    return bool(deleted)
