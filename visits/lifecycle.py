"""
The visit request lifecycle: the one place the allowed moves of a VisitRequest are
written (TRANSITIONS), and the services that make them.

- `visit_request_submit`: the requesting region files a request (state diajukan).
- `visit_request_move`: any other move (review, approve, propose_dates, ...), by the
  side the table names; approving (or accepting the host's dates) creates the agenda, a
  training Programme of kind studi banding.
- `visit_agenda_session_add`: the host adds a session to the agenda.
- `allowed_actions`: the moves a user may make now, for the buttons.

Every service runs in one transaction and locks the request row (select_for_update),
so two people answering the same request at once queue instead of both moving it.
A refused move raises before anything is written: DomainError("move_not_allowed") from
the wrong state, AccessDenied("not_your_side") for the wrong side,
AccessDenied("visit_forbidden") for a request the user cannot see, and the data
checks' own codes (dates_required, reason_required, agenda_empty, not_yet_held,
actions_open, ...). Each move writes one VisitEvent and, once committed, mails the
other side (visits.notifications).
"""

import datetime
from collections.abc import Callable
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.access import (
    HOST,
    REQUESTER,
    coordinator_region,
    delegations_visible_to,
    visit_requests_visible_to,
    visit_sides,
)
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError, validated
from lms.uploads import LETTER_KINDS, check_upload
from training.models import Programme, Session

from .models import FollowUpAction, VisitEvent, VisitRequest, VisitState
from .notifications import notify_move

S = VisitState
ORGANISER_SIDE = "organiser"  # VisitEvent.side when an organiser acts for a side
OPEN_STATES = (S.SUBMITTED, S.IN_REVIEW, S.OTHER_DATES)  # the host or requester must answer
AGENDA_STATES = (S.APPROVED, S.SCHEDULED)  # the host may still add sessions
AGENDA_DAY = (datetime.time(9), datetime.time(15))  # the first session, host's local time


SESSION_CODES = {"ends_at": "session_order"}  # training.Session.clean's field error


def _local_date(at: datetime.datetime, region) -> datetime.date:
    return timezone.localtime(at, region.tzinfo).date()


# The data and checks of each move. Each is called with the locked request, before
# anything is written; it raises DomainError to refuse, or changes the request (which
# the service then saves with the new state).

def _no_data(visit, *, user, at, note):
    return None


def _require_reason(note: str) -> None:
    if not note.strip():
        raise DomainError("reason_required", _("Give the reason, so the other region "
                                               "knows why."))


def _decline(visit, *, user, at, note):
    _require_reason(note)
    visit.decline_reason = note.strip()


def _propose_dates(visit, *, user, at, note, alternative_start=None, alternative_end=None):
    if not alternative_start or not alternative_end:
        raise DomainError("dates_required", _("Give the start and end dates you propose."))
    if alternative_end < alternative_start:
        raise DomainError("dates_order", _("The end date cannot be before the start date."))
    visit.alternative_start, visit.alternative_end = alternative_start, alternative_end


def _approve(visit, *, user, at, note, programme=None, venue="", courses=()):
    _attach_agenda(visit, programme=programme, venue=venue, courses=courses)


def _accept_dates(visit, *, user, at, note, programme=None, venue="", courses=()):
    if not visit.alternative_start or not visit.alternative_end:
        raise DomainError("dates_required", _("The host has not proposed other dates."))
    visit.proposed_start, visit.proposed_end = visit.alternative_start, visit.alternative_end
    _attach_agenda(visit, programme=programme, venue=venue, courses=courses)


def _schedule(visit, *, user, at, note):
    if visit.programme is None or not visit.programme.sessions.exists():
        raise DomainError("agenda_empty", _("Add at least one session to the agenda "
                                            "before publishing it."))
    Programme.objects.filter(pk=visit.programme_id).update(published=True)


def _mark_held(visit, *, user, at, note, held_on=None):
    today = _local_date(at, visit.host_region)
    if today < visit.proposed_start or (held_on and held_on > today):
        raise DomainError("not_yet_held", _("A visit can be marked as held from its "
                                            "first day on."))
    visit.held_on = held_on or visit.proposed_start


def _close(visit, *, user, at, note):
    if FollowUpAction.objects.filter(visit=visit, status__in=FollowUpAction.OPEN).exists():
        raise DomainError("actions_open", _("Some follow-up actions are still open: mark "
                                            "them done or cancelled first."))


class Move(NamedTuple):
    sides: frozenset  # the sides that may make the move
    sources: tuple  # the states it starts from
    target: str  # the state it leads to
    apply: Callable  # its checks and data (see above)


def _move(sides, sources, target, apply=_no_data) -> Move:
    return Move(frozenset(sides), tuple(sources), target, apply)


# THE table: action -> who, from which states, to which state, with what checks.
TRANSITIONS: dict[str, Move] = {
    "review": _move({HOST}, [S.SUBMITTED], S.IN_REVIEW),
    "approve": _move({HOST}, [S.SUBMITTED, S.IN_REVIEW], S.APPROVED, _approve),
    "propose_dates": _move({HOST}, [S.SUBMITTED, S.IN_REVIEW], S.OTHER_DATES,
                           _propose_dates),
    "accept_dates": _move({REQUESTER}, [S.OTHER_DATES], S.APPROVED, _accept_dates),
    "decline_dates": _move({REQUESTER}, [S.OTHER_DATES], S.DECLINED, _decline),
    "decline": _move({HOST}, [S.SUBMITTED, S.IN_REVIEW], S.DECLINED, _decline),
    "schedule": _move({HOST}, [S.APPROVED], S.SCHEDULED, _schedule),
    "mark_held": _move({HOST}, [S.SCHEDULED], S.HELD, _mark_held),
    "start_follow_up": _move({REQUESTER}, [S.HELD], S.FOLLOW_UP),
    "close": _move({REQUESTER, HOST}, [S.FOLLOW_UP], S.CLOSED, _close),
}


# What each event is called on the timeline.
ACTION_LABELS = {
    "submit": gettext_lazy("Request submitted"), "review": gettext_lazy("Review started"),
    "approve": gettext_lazy("Approved"), "propose_dates": gettext_lazy("Other dates proposed"),
    "accept_dates": gettext_lazy("Other dates accepted"),
    "decline_dates": gettext_lazy("Other dates declined"),
    "decline": gettext_lazy("Declined"), "schedule": gettext_lazy("Agenda published"),
    "mark_held": gettext_lazy("Marked as held"),
    "start_follow_up": gettext_lazy("Follow-up started"), "close": gettext_lazy("Closed"),
}


def allowed_actions(user, visit: VisitRequest) -> list[str]:
    """The moves `user` may make on `visit` in its current state, in table order. The
    data checks (a session on the agenda, the first day reached, ...) are the
    service's: a button may still be refused with its reason."""
    sides = visit_sides(user, visit)
    return [action for action, move in TRANSITIONS.items()
            if visit.state in move.sources and sides & move.sides]


# The agenda: a Programme of kind studi banding, made when the host says yes.

def _unique_slug(title: str) -> str:
    base = slugify(title)[:180].strip("-") or "kunjungan"
    slug, number = base, 1
    while Programme.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _attach_agenda(visit, *, programme=None, venue="", courses=()) -> None:
    """Attach the host's existing studi banding programme, or make a new unpublished one
    with one session on the first day, 09:00-15:00 in the host's time zone."""
    if programme is not None:
        _check_attachable(visit, programme)
    else:
        programme = _new_programme(visit, courses=courses)
        _first_session(visit, programme, venue)
    if courses:
        programme.courses.add(*courses)
    visit.programme = programme


def _check_attachable(visit, programme: Programme) -> None:
    taken = VisitRequest.objects.filter(programme=programme).exclude(pk=visit.pk).exists()
    if (programme.kind != Programme.Kind.STUDY_VISIT
            or programme.host_region_id != visit.host_region_id or taken):
        raise DomainError("programme_unsuitable", _(
            "The agenda must be a study visit programme of the host region that no other "
            "visit uses."))


def _new_programme(visit, *, courses=()) -> Programme:
    programme = Programme(
        title=visit.title, slug=_unique_slug(visit.title), kind=Programme.Kind.STUDY_VISIT,
        host_region=visit.host_region, summary=visit.learning_goal[:600],
        capacity=visit.delegation_size, published=False,
    )
    programme.topics = list(visit.topics.all())
    programme.courses = list(courses)
    validated(programme)
    programme.save()
    return programme


def _first_session(visit, programme: Programme, venue: str) -> Session:
    zone = visit.host_region.tzinfo
    start, end = (datetime.datetime.combine(visit.proposed_start, moment, tzinfo=zone)
                  for moment in AGENDA_DAY)
    session = Session(programme=programme, sort_order=0, title=visit.title,
                      starts_at=start, ends_at=end, timezone=visit.host_region.timezone,
                      venue=venue.strip() or _("To be confirmed"))
    validated(session, codes=SESSION_CODES)
    session.save()
    return session


# The services.

def _visible(user, visit: VisitRequest) -> None:
    if not visit_requests_visible_to(user).filter(pk=visit.pk).exists():
        raise AccessDenied("visit_forbidden", _("You may not see this visit request."))


def _locked(visit: VisitRequest) -> VisitRequest:
    """The request row, locked until the transaction ends (PostgreSQL; SQLite serialises
    writers itself), with the regions and agenda the moves read."""
    return (VisitRequest.objects.select_for_update(of=("self",))
            .select_related("requesting_region", "host_region", "programme")
            .get(pk=visit.pk))


def _other_sides(side: str, move_sides) -> set[str]:
    """Who is told of a move: the other side; for an organiser's move, the side(s) it
    was not made for (both, for a close either side may make)."""
    if side == REQUESTER:
        return {HOST}
    if side == HOST:
        return {REQUESTER}
    return ({REQUESTER, HOST} - set(move_sides)) or {REQUESTER, HOST}


def _record(visit, *, action, from_state, user, side, note, at, move_sides) -> VisitEvent:
    """The move's event on the timeline; the other side is mailed once committed."""
    event = VisitEvent.objects.create(
        request=visit, action=action, from_state=from_state, to_state=visit.state,
        actor=user, side=side, note=note.strip(), at=at)
    to_sides = _other_sides(side, move_sides)
    transaction.on_commit(lambda: notify_move(event.pk, to_sides))
    return event


@transaction.atomic
def visit_request_move(*, user, visit: VisitRequest, action: str, note: str = "",
                       at=None, **data) -> VisitRequest:
    """
    Make `action` on `visit` (see TRANSITIONS) as `user`. `at` dates the event
    (default now). Data: propose_dates alternative_start/alternative_end; approve and
    accept_dates programme=None, venue="", courses=(); mark_held held_on=None.
    Returns the request as saved; a refusal writes nothing.
    """
    _visible(user, visit)
    move = TRANSITIONS.get(action)
    if move is None:
        raise DomainError("move_not_allowed", _("This action does not exist."))
    locked = _locked(visit)
    sides = visit_sides(user, locked) & move.sides
    if not sides:
        raise AccessDenied("not_your_side", _("This answer belongs to the other region."))
    if locked.state not in move.sources:
        raise DomainError("move_not_allowed", _(
            "This request is “%(state)s”: that action is not possible now.")
            % {"state": locked.get_state_display()})
    at = at or timezone.now()
    move.apply(locked, user=user, at=at, note=note, **data)
    from_state, locked.state = locked.state, move.target
    locked.save()
    side = ORGANISER_SIDE if is_organiser(user) else next(iter(sides))
    _record(locked, action=action, from_state=from_state, user=user, side=side,
            note=note, at=at, move_sides=move.sides)
    return locked


def _check_submitter(user, requesting_region, delegation) -> None:
    if not is_organiser(user):
        region = coordinator_region(user)
        if region is None or region.pk != requesting_region.pk:
            raise AccessDenied("not_your_side", _("You may file requests for your own "
                                                  "region only."))
    if delegation is not None:
        if not delegations_visible_to(user).filter(pk=delegation.pk).exists():
            raise AccessDenied("delegation_forbidden", _("You may not use this delegation."))
        if delegation.home_region_id != requesting_region.pk:
            raise DomainError("delegation_other_region", _(
                "The delegation must be one the requesting region sends."))


@transaction.atomic
def visit_request_submit(*, user, requesting_region, host_region, title: str,
                         learning_goal: str, topics, proposed_start, proposed_end,
                         delegation_size: int, contact_name: str, contact_phone: str = "",
                         contact_email: str = "", letter=None, letter_number: str = "",
                         delegation=None, at=None) -> VisitRequest:
    """
    File a request (state diajukan) for `requesting_region` to visit `host_region`: by
    that region's coordinator, or an organiser for any region. The letter is checked by
    its content (PDF, at most 10 MB) before anything is stored; `at` dates the request
    and its first event (default now). The host side is mailed once committed.
    """
    _check_submitter(user, requesting_region, delegation)
    if letter:
        check_upload(letter, LETTER_KINDS)
    visit = VisitRequest(
        title=title.strip(), requesting_region=requesting_region, host_region=host_region,
        requested_by=user, learning_goal=learning_goal.strip(), letter_number=letter_number,
        proposed_start=proposed_start, proposed_end=proposed_end,
        delegation_size=delegation_size, delegation=delegation, contact_name=contact_name,
        contact_phone=contact_phone, contact_email=contact_email, state=S.SUBMITTED,
    )
    validated(visit)
    if letter:
        visit.letter.save(letter.name, letter, save=False)
    _save_new(visit, topics=topics, user=user, at=at)
    return visit


def _save_new(visit, *, topics, user, at) -> None:
    """Save the new request, its topics and its first event; a stored letter is deleted
    again if anything here fails, so a refused request leaves no file behind."""
    try:
        visit.save()
        visit.topics.set(topics)
        if at is not None:
            VisitRequest.objects.filter(pk=visit.pk).update(created_at=at)
            visit.created_at = at
        side = ORGANISER_SIDE if is_organiser(user) else REQUESTER
        _record(visit, action="submit", from_state="", user=user, side=side, note="",
                at=at or timezone.now(), move_sides={REQUESTER})
    except BaseException:
        if visit.letter:
            visit.letter.delete(save=False)
        raise


@transaction.atomic
def visit_agenda_session_add(*, user, visit: VisitRequest, title: str, starts_at, ends_at,
                             venue: str = "", meeting_url: str = "") -> Session:
    """The host adds a session to the agenda while it is approved or set (the times are
    aware datetimes; the session is shown in the host region's time zone)."""
    _visible(user, visit)
    locked = _locked(visit)
    if HOST not in visit_sides(user, locked):
        raise AccessDenied("not_your_side", _("The host region sets the agenda."))
    if locked.state not in AGENDA_STATES or locked.programme is None:
        raise DomainError("move_not_allowed", _("Sessions are added once the visit is "
                                                "approved, until it is held."))
    programme = locked.programme
    session = Session(
        programme=programme, sort_order=programme.sessions.count(), title=title.strip(),
        starts_at=starts_at, ends_at=ends_at, timezone=locked.host_region.timezone,
        venue=venue.strip(), meeting_url=meeting_url.strip(),
    )
    validated(session, codes=SESSION_CODES)
    session.save()
    return session
