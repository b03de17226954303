"""
Who may see what: the one place the access rule is written.

- Organisers and superusers see every region's people and delegations.
- A coordinator sees the people and delegations of their own region (the region of
  their own participant profile), and nothing of any other region.
- A participant sees their own profile only.
- Anonymous visitors see public pages only.

Views look objects up *through* these querysets, so another region's id is a 404, the
same answer as an id that does not exist: no data, and no hint that it exists.
"""

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from lms.errors import AccessDenied
from visits.models import Delegation

from .models import Participant, Region
from .roles import is_coordinator, is_organiser


def coordinator_region(user) -> Region | None:
    """The region a coordinator is bound to, or None for anyone else."""
    if not is_coordinator(user):
        return None
    if not hasattr(user, "_lintas_region"):  # read once per user object (request)
        profile = Participant.objects.filter(user=user).select_related("region").first()
        user._lintas_region = profile.region if profile else None
    return user._lintas_region


def home_region_id(user) -> int | None:
    """The region of any signed-in person's own profile (None without one)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_lintas_home_region_id"):  # read once per user object (request)
        user._lintas_home_region_id = (
            Participant.objects.filter(user=user).values_list("region_id", flat=True).first()
        )
    return user._lintas_home_region_id


def may_read_region_internal(user, region_id: int | None) -> bool:
    """A record internal to a region: that region's own people and organisers read it."""
    return is_organiser(user) or (region_id is not None and home_region_id(user) == region_id)


def delegations_visible_to(user) -> QuerySet[Delegation]:
    if is_organiser(user):
        return Delegation.objects.all()
    region = coordinator_region(user)
    if region is None:
        return Delegation.objects.none()
    return Delegation.objects.filter(home_region=region)


def check_manages_delegation(user, delegation: Delegation) -> None:
    """Raise AccessDenied("delegation_forbidden") unless `user` may manage `delegation`."""
    if not delegations_visible_to(user).filter(pk=delegation.pk).exists():
        raise AccessDenied("delegation_forbidden", _("You may not manage this delegation."))


def participants_visible_to(user) -> QuerySet[Participant]:
    if is_organiser(user):
        return Participant.objects.all()
    region = coordinator_region(user)
    if region is not None:
        return Participant.objects.filter(region=region)
    if user.is_authenticated:
        return Participant.objects.filter(user=user)
    return Participant.objects.none()


def can_manage_people(user) -> bool:
    """Organisers anywhere, coordinators in their region."""
    return is_organiser(user) or coordinator_region(user) is not None


def regions_managed_by(user) -> QuerySet[Region]:
    if is_organiser(user):
        return Region.objects.all()
    region = coordinator_region(user)
    return Region.objects.filter(pk=region.pk) if region else Region.objects.none()


# Programmes (training app): who sees and manages programmes, sessions, registrations
# and certificates. Organisers run programmes; a session's facilitators take its
# attendance; coordinators act for the people of their region; a participant sees their own.

def programmes_visible_to(user):
    """Published programmes for everyone; unpublished ones too for organisers."""
    from training.models import Programme

    if is_organiser(user):
        return Programme.objects.all()
    return Programme.objects.filter(published=True)


def can_manage_programmes(user) -> bool:
    """Schedule programmes, see every registration, issue and revoke certificates."""
    return is_organiser(user)


def sessions_attendable_by(user):
    """The sessions whose attendance `user` may take: every session for organisers,
    the sessions they facilitate for anyone else."""
    from training.models import Session

    if is_organiser(user):
        return Session.objects.all()
    if not user.is_authenticated:
        return Session.objects.none()
    return Session.objects.filter(facilitators=user)


def registrations_visible_to(user):
    """Organisers: all. Coordinators: their region's people. Facilitators: the
    registrations of programmes with a session they facilitate. Anyone signed in: their
    own. Combined with OR, so a facilitating coordinator sees both."""
    from django.db.models import Q

    from training.models import Registration

    if is_organiser(user):
        return Registration.objects.all()
    if not user.is_authenticated:
        return Registration.objects.none()
    rule = Q(participant__user=user) | Q(programme__sessions__facilitators=user)
    region = coordinator_region(user)
    if region is not None:
        rule |= Q(participant__region=region)
    return Registration.objects.filter(rule).distinct()


def certificates_visible_to(user):
    """Organisers: all. Coordinators: their region's people. Anyone signed in: their own."""
    from django.db.models import Q

    from training.models import Certificate

    if is_organiser(user):
        return Certificate.objects.all()
    if not user.is_authenticated:
        return Certificate.objects.none()
    rule = Q(participant__user=user)
    region = coordinator_region(user)
    if region is not None:
        rule |= Q(participant__region=region)
    return Certificate.objects.filter(rule)


# Study visits (visits app): a visit request is one record both regions work on. The
# requesting region's coordinators and the host region's coordinators see it (each acts
# for their side); organisers see and act for both sides; nobody else sees it at all.

REQUESTER, HOST = "requester", "host"


def visit_requests_visible_to(user):
    """Organisers: all. A coordinator: the requests their region made or received."""
    from django.db.models import Q

    from visits.models import VisitRequest

    if is_organiser(user):
        return VisitRequest.objects.all()
    region = coordinator_region(user)
    if region is None:
        return VisitRequest.objects.none()
    return VisitRequest.objects.filter(Q(requesting_region=region) | Q(host_region=region))


def visit_sides(user, visit) -> set[str]:
    """The sides of `visit` that `user` may act for: REQUESTER, HOST, both (organisers)
    or none."""
    if is_organiser(user):
        return {REQUESTER, HOST}
    region = coordinator_region(user)
    sides = set()
    if region is not None and region.pk == visit.requesting_region_id:
        sides.add(REQUESTER)
    if region is not None and region.pk == visit.host_region_id:
        sides.add(HOST)
    return sides


def followup_actions_visible_to(user):
    """The follow-up actions of the visits and mentorships `user` may see, and their
    own (the person responsible sees the action they own)."""
    from django.db.models import Q

    from visits.models import FollowUpAction

    if is_organiser(user):
        return FollowUpAction.objects.all()
    if not user.is_authenticated:
        return FollowUpAction.objects.none()
    rule = Q(owner__user=user)
    region = coordinator_region(user)
    if region is not None:
        rule |= (Q(region=region) | Q(visit__host_region=region)
                 | Q(mentorship__mentor_region=region))
    return FollowUpAction.objects.filter(rule).distinct()


def may_edit_followup_action(user, action) -> bool:
    """The visiting region's coordinators, the person responsible, organisers."""
    if is_organiser(user):
        return True
    region = coordinator_region(user)
    if region is not None and region.pk == action.region_id:
        return True
    return bool(user.is_authenticated and action.owner_id
                and action.owner.user_id == user.pk)


def may_plan_followup(user, region_id: int) -> bool:
    """Add actions to a region's follow-up plan: its coordinators and organisers."""
    if is_organiser(user):
        return True
    region = coordinator_region(user)
    return region is not None and region.pk == region_id


def mentorships_visible_to(user):
    """Organisers: all; a coordinator: the mentoring their region gives or receives."""
    from django.db.models import Q

    from visits.models import Mentorship

    if is_organiser(user):
        return Mentorship.objects.all()
    region = coordinator_region(user)
    if region is None:
        return Mentorship.objects.none()
    return Mentorship.objects.filter(Q(mentor_region=region) | Q(mentee_region=region))


def may_record_measurement(user, indicator) -> bool:
    """The indicator's region's coordinators and organisers record its values."""
    return may_plan_followup(user, indicator.region_id)
