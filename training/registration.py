"""
Registration for programmes: seats, a waitlist, a deadline, cancellation.

Each service takes keyword-only arguments, runs in one transaction and refuses with
DomainError or AccessDenied and a stable code:

- `registration_create`: one person; `registered` while seats remain, else `waitlisted`.
- `delegation_register`: every member of a delegation in one step, in a constant number
  of queries; members beyond the seats are waitlisted in the delegation's member order.
- `registration_cancel`: `cancelled`, and the oldest waitlisted (created_at, pk) moves
  up into the freed seat in the same transaction.

Who may register or cancel whom is directory.access: anyone themselves, a coordinator
the people of their region, an organiser anyone.

Race safety. Every path that changes seat usage first locks the Programme row
(`select_for_update`), then counts the seats: on PostgreSQL concurrent registrations for
one programme queue on that lock, and each sees the rows the previous one committed
(READ COMMITTED takes a fresh snapshot per statement), so a full programme never goes
over capacity. The unique constraint (programme, participant) is the last guard against
a duplicate row: an IntegrityError is answered `already_registered`. SQLite serialises
writers itself.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import (
    can_manage_programmes,
    check_manages_delegation,
    participants_visible_to,
)
from directory.models import Participant
from lms.errors import AccessDenied, DomainError
from visits.models import Delegation, DelegationMember

from .models import Programme, Registration, Session

Status = Registration.Status
ACTIVE = (Status.REGISTERED, Status.WAITLISTED)


def registration_closes_at(programme: Programme):
    """The moment registration closes: the deadline, or else the first session's start
    (None: a programme without either stays open). Reads `first_start` when the
    programme was loaded with it (selectors and `_locked` annotate it)."""
    if programme.registration_deadline:
        return programme.registration_deadline
    if hasattr(programme, "first_start"):
        return programme.first_start
    return (Session.objects.filter(programme=programme).order_by("starts_at")
            .values_list("starts_at", flat=True).first())


def registration_open(programme: Programme, now=None) -> bool:
    """Published, not closed, and before the deadline (or the first session)."""
    closes_at = registration_closes_at(programme)
    return (programme.published and programme.closed_on is None
            and (closes_at is None or (now or timezone.now()) < closes_at))


def _locked(programme: Programme) -> Programme:
    """The programme row, locked until the transaction ends, with its first session's
    start (a subquery: PostgreSQL refuses FOR UPDATE with GROUP BY)."""
    first = Session.objects.filter(programme=OuterRef("pk")).order_by("starts_at")
    return (Programme.objects.select_for_update()
            .annotate(first_start=Subquery(first.values("starts_at")[:1]))
            .get(pk=programme.pk))


def _check_open(programme: Programme) -> None:
    if not programme.published:
        raise DomainError("programme_unpublished", _("This programme is not published."))
    if not registration_open(programme):
        raise DomainError("registration_closed", _("Registration for this programme has "
                                                   "closed."))


def _free_seats(programme: Programme) -> int:
    """Seats left after moving waitlisted people into any free seat (e.g. after the
    organiser raised the capacity). Call with the programme locked."""
    taken = Registration.objects.filter(programme=programme,
                                        status=Status.REGISTERED).count()
    free = max(programme.capacity - taken, 0)
    return free - len(_promote(programme, free))


def _promote(programme: Programme, seats: int) -> list[int]:
    """Move the first `seats` waitlisted registrations (created_at, pk) up; their ids."""
    if seats <= 0:
        return []
    ids = list(Registration.objects.filter(programme=programme, status=Status.WAITLISTED)
               .order_by("created_at", "pk").values_list("pk", flat=True)[:seats])
    if ids:
        Registration.objects.filter(pk__in=ids).update(
            status=Status.REGISTERED, status_changed_at=timezone.now())
    return ids


def _check_may_act_for(user, participant: Participant) -> None:
    if not participants_visible_to(user).filter(pk=participant.pk).exists():
        raise AccessDenied("participant_forbidden",
                           _("You may not register or cancel for this person."))


@transaction.atomic
def registration_create(*, user, programme: Programme,
                        participant: Participant) -> Registration:
    """
    Register `participant` for `programme`, by themselves, their coordinator or an
    organiser: `registered` while seats remain, else `waitlisted` (at the end of the
    queue). Refused when the programme is unpublished (`programme_unpublished`), after
    the deadline or once closed (`registration_closed`), or when the person is already
    registered or waiting (`already_registered`). A cancelled registration is reused.
    """
    _check_may_act_for(user, participant)
    programme = _locked(programme)
    _check_open(programme)
    registration = (Registration.objects.filter(programme=programme, participant=participant)
                    .first())
    if registration is not None and registration.status in ACTIVE:
        raise DomainError("already_registered",
                          _("This person is already registered for this programme."))
    status = Status.REGISTERED if _free_seats(programme) > 0 else Status.WAITLISTED
    if registration is not None:  # cancelled before: the same row, at the queue's end
        registration.status = status
        registration.created_at = timezone.now()
        registration.registered_by = user
        registration.delegation = None
        registration.save(update_fields=["status", "created_at", "status_changed_at",
                                         "registered_by", "delegation"])
        return registration
    try:
        with transaction.atomic():
            return Registration.objects.create(programme=programme, participant=participant,
                                               status=status, registered_by=user)
    except IntegrityError:  # the same person, sent twice at the same moment
        raise DomainError("already_registered",
                          _("This person is already registered for this programme.")
                          ) from None


@transaction.atomic
def delegation_register(*, user, programme: Programme, delegation: Delegation) -> dict:
    """
    Register every member of `delegation` for `programme` in one step: a constant number
    of queries for 5 or 500 members. Members take the free seats in the delegation's
    member order (its listing order, by name), the rest are waitlisted in that order.
    Members already registered or waiting are left as they are (`already`), so running
    it twice registers nobody twice; members who had cancelled are registered again.
    Returns {"registered": n, "waitlisted": n, "already": n}.
    """
    check_manages_delegation(user, delegation)
    programme = _locked(programme)
    _check_open(programme)
    member_ids = list(DelegationMember.objects.filter(delegation=delegation)
                      .order_by("participant__full_name", "participant_id")
                      .values_list("participant_id", flat=True))
    existing = {row.participant_id: row for row in Registration.objects.filter(
        programme=programme, participant_id__in=member_ids)}
    already = sum(1 for row in existing.values() if row.status in ACTIVE)
    free = _free_seats(programme)
    reused, created, counts = [], [], {"registered": 0, "waitlisted": 0, "already": already}
    now = timezone.now()
    for position, participant_id in enumerate(
            pid for pid in member_ids
            if pid not in existing or existing[pid].status == Status.CANCELLED):
        status = Status.REGISTERED if position < free else Status.WAITLISTED
        counts[status] += 1
        row = existing.get(participant_id) or Registration(
            programme=programme, participant_id=participant_id)
        # one microsecond apart, so the waitlist keeps the member order
        row.status, row.created_at = status, now + timedelta(microseconds=position)
        row.registered_by, row.delegation, row.status_changed_at = user, delegation, now
        (reused if row.pk else created).append(row)
    created = Registration.objects.bulk_create(created)
    Registration.objects.bulk_update(
        reused + created,
        ["status", "created_at", "status_changed_at", "registered_by", "delegation"])
    return counts


@transaction.atomic
def registration_cancel(*, user, registration: Registration) -> Registration:
    """
    Cancel a registration (one's own, or one a coordinator or organiser manages). A
    freed seat goes to the oldest waitlisted registration in the same transaction; the
    promoted registrations are on `registration.promoted` (a list of ids). Cancelling a
    cancelled registration changes nothing. Refused once the programme is closed
    (`programme_closed`).
    """
    _check_may_act_for(user, registration.participant)
    programme = _locked(registration.programme)
    registration = Registration.objects.get(pk=registration.pk)
    registration.promoted = []
    if registration.status == Status.CANCELLED:
        return registration
    if programme.closed_on is not None:
        raise DomainError("programme_closed", _("This programme has been closed; its "
                                                "registrations stay on record."))
    registration.status = Status.CANCELLED
    registration.save(update_fields=["status", "status_changed_at"])
    taken = Registration.objects.filter(programme=programme,
                                        status=Status.REGISTERED).count()
    registration.promoted = _promote(programme, programme.capacity - taken)
    return registration


@transaction.atomic
def registration_fill_seats(*, user, programme: Programme) -> list[int]:
    """
    Move waitlisted registrations into free seats, oldest first; the ids moved. Run
    after an organiser changes a programme in the admin (raising its seats frees some).
    Lowering the seats below the registered count moves nobody down.
    """
    if not can_manage_programmes(user):
        raise AccessDenied("programme_forbidden", _("You may not manage programmes."))
    programme = _locked(programme)
    taken = Registration.objects.filter(programme=programme,
                                        status=Status.REGISTERED).count()
    return _promote(programme, programme.capacity - taken)
