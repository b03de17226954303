"""
Mentoring between regions (Kabupaten Tuban mentors Kota Baubau on SIPD over Zoom): the
relationship and its meeting log.

Who: organisers, and the coordinators of either region (the mentor's and the mentored
region's), start a mentoring and record its meetings; that is also who sees it
(directory.access.mentorships_visible_to). A meeting may name the follow-up actions it
discussed: actions of the mentored region, which the recorder can see.

Each service takes keyword-only arguments, runs in one transaction and refuses with
DomainError or AccessDenied and a stable code.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import (
    coordinator_region,
    followup_actions_visible_to,
    visit_requests_visible_to,
)
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError, validated

from .models import MentoringMeeting, Mentorship


def may_run_mentoring(user, mentor_region_id: int, mentee_region_id: int) -> bool:
    """Organisers, and the coordinators of either region."""
    if is_organiser(user):
        return True
    region = coordinator_region(user)
    return region is not None and region.pk in (mentor_region_id, mentee_region_id)


def _check_visit(user, visit, mentee_region_id: int) -> None:
    """The visit a mentoring follows: one the user can see, made by the mentored region."""
    if not visit_requests_visible_to(user).filter(pk=visit.pk).exists():
        raise AccessDenied("visit_forbidden", _("You may not see this visit."))
    if visit.requesting_region_id != mentee_region_id:
        raise DomainError("visit_other_region",
                          _("The visit must be one the mentored region made."))


@transaction.atomic
def mentorship_create(*, user, mentor_region, mentee_region, goal: str,
                      started_on: datetime.date, topics=(), visit=None,
                      mentor_contact: str = "", mentee_contact: str = "") -> Mentorship:
    """Start a mentoring: one region helps another towards `goal`, from `started_on`,
    optionally as the follow-up of a visit the mentored region made."""
    if not may_run_mentoring(user, mentor_region.pk, mentee_region.pk):
        raise AccessDenied("mentorship_forbidden",
                           _("You may only start mentoring that your region gives or "
                             "receives."))
    if mentor_region.pk == mentee_region.pk:
        raise DomainError("same_region", _("A region mentors another region."))
    if visit is not None:
        _check_visit(user, visit, mentee_region.pk)
    mentorship = Mentorship(
        mentor_region=mentor_region, mentee_region=mentee_region, goal=goal,
        started_on=started_on, visit=visit, mentor_contact=mentor_contact,
        mentee_contact=mentee_contact,
    )
    validated(mentorship)
    mentorship.save()
    mentorship.topics.set(topics)
    return mentorship


def _check_actions(user, mentorship: Mentorship, actions) -> list:
    """The actions discussed: of the mentored region, and visible to the recorder."""
    actions = list(actions)
    if any(action.region_id != mentorship.mentee_region_id for action in actions):
        raise DomainError("action_other_region",
                          _("A meeting discusses actions of the mentored region only."))
    ids = {action.pk for action in actions}
    if len(followup_actions_visible_to(user).filter(pk__in=ids)) != len(ids):
        raise AccessDenied("action_forbidden", _("You may not see one of these actions."))
    return actions


def _check_where(mode: str, meeting_url: str, location: str) -> None:
    """The model's rule (MentoringMeeting.clean), checked first for its stable code: the
    model's field errors carry none."""
    if mode == MentoringMeeting.Mode.ONLINE and not meeting_url:
        raise DomainError("meeting_link", _("An online meeting has a link."))
    if mode == MentoringMeeting.Mode.ON_SITE and not location:
        raise DomainError("meeting_place", _("A meeting on site has a place."))


@transaction.atomic
def meeting_record(*, user, mentorship: Mentorship, held_on: datetime.date, mode: str,
                   attendees: str, notes: str, meeting_url: str = "", location: str = "",
                   next_steps: str = "", actions=()) -> MentoringMeeting:
    """Add a meeting that took place to the mentoring's log: an online meeting has its
    link, one on site its place; a date in the future is refused."""
    if not may_run_mentoring(user, mentorship.mentor_region_id, mentorship.mentee_region_id):
        raise AccessDenied("mentorship_forbidden",
                           _("You may not record meetings of this mentoring."))
    actions = _check_actions(user, mentorship, actions)
    if held_on and held_on > timezone.localdate():
        raise DomainError("meeting_in_future",
                          _("Record a meeting once it has taken place."))
    _check_where(mode, meeting_url, location)
    meeting = MentoringMeeting(
        mentorship=mentorship, held_on=held_on, mode=mode, attendees=attendees, notes=notes,
        meeting_url=meeting_url, location=location, next_steps=next_steps,
    )
    validated(meeting)
    meeting.save()
    meeting.actions.set(actions)
    return meeting
