"""
Attendance per session: the roll call, the timed self check-in and the summary.

- `attendance_mark`: a session's facilitators and the organisers record one status per
  registered person (hadir, izin, sakit, alpa); marking again changes it (one row per
  session and person, a database constraint).
- `check_in`: a registered participant records their own presence by typing (or
  scanning) the code on the session's screen. The code rotates every minute like a
  TOTP code (`check_in_code`): an HMAC-SHA256 of the session and the minute, keyed
  with SECRET_KEY, so a photo forwarded to a WhatsApp group is useless two minutes
  later. The window opens 30 minutes before the start and closes 30 minutes after it;
  one check-in a person.
- `attendance_percent` and `attendance_summary`: the share of a programme's sessions a
  person attended (hadir), which the certificate rule reads.

Who may do what comes from directory.access (`sessions_attendable_by`,
`registrations_visible_to`); refusals are DomainError / AccessDenied with stable codes.
"""

import datetime
import hmac
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from directory.access import sessions_attendable_by
from directory.models import TIMEZONE_ABBREVIATIONS, Participant
from lms.errors import AccessDenied, DomainError

from .models import Attendance, Programme, Registration, Session

STATUSES = tuple(Attendance.Status.values)  # hadir, izin, sakit, alpa: the page's order
CHECK_IN_BEFORE = datetime.timedelta(minutes=30)  # the window opens before the start
CHECK_IN_AFTER = datetime.timedelta(minutes=30)  # and closes after it
CODE_STEP_SECONDS = 60
CODE_LENGTH = 6
# Digits and capitals that cannot be mistaken for each other (no 0/O, no 1/I): 32 signs,
# so each HMAC byte modulo 32 is unbiased.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
EXPIRED_STEPS = 10  # an older code from the last ten minutes is "expired", not "wrong"


# --- The roll call -----------------------------------------------------------------

@transaction.atomic
def attendance_mark(*, user, session: Session, participant: Participant,
                    status: str) -> Attendance:
    """Record (or change) a registered person's status at a session, by roll call."""
    if not sessions_attendable_by(user).filter(pk=session.pk).exists():
        raise AccessDenied("session_forbidden",
                           _("You may not take the attendance of this session."))
    if status not in STATUSES:
        raise DomainError("invalid_status", _("Choose hadir, izin, sakit or alpa."))
    _check_registered(session, participant)
    attendance, _created = Attendance.objects.update_or_create(
        session=session, participant=participant,
        defaults={"status": status, "method": Attendance.Method.ROLL_CALL,
                  "recorded_by": user},
    )
    return attendance


def _check_registered(session: Session, participant: Participant) -> None:
    registered = Registration.objects.filter(
        programme_id=session.programme_id, participant=participant,
        status=Registration.Status.REGISTERED)
    if not registered.exists():
        raise DomainError("not_registered",
                          _("%(name)s is not registered for this programme.")
                          % {"name": participant.full_name})


# --- The rotating check-in code ----------------------------------------------------

def _step(at: datetime.datetime) -> int:
    return int(at.timestamp()) // CODE_STEP_SECONDS


def _code_for_step(session: Session, step: int) -> str:
    digest = salted_hmac("lintas.training.check_in", f"{session.pk}:{step}",
                         algorithm="sha256").digest()
    return "".join(CODE_ALPHABET[byte % len(CODE_ALPHABET)]
                   for byte in digest[:CODE_LENGTH])


def check_in_code(session: Session, at: datetime.datetime | None = None) -> str:
    """The code shown on the session's screen at `at` (default: now)."""
    return _code_for_step(session, _step(at or timezone.now()))


def code_seconds_left(at: datetime.datetime | None = None) -> int:
    """Seconds until the code shown at `at` rotates (1..60)."""
    return CODE_STEP_SECONDS - int((at or timezone.now()).timestamp()) % CODE_STEP_SECONDS


def normalise_code(code: str) -> str:
    """What people type: spaces, dashes and lower case are forgiven."""
    return "".join(str(code or "").split()).replace("-", "").upper()


def _code_age(session: Session, code: str, at: datetime.datetime) -> int | None:
    """How many steps old `code` is (0 = current), within EXPIRED_STEPS; None if it
    matches none of them. Every candidate is compared in constant time."""
    now = _step(at)
    found = None
    for age in range(EXPIRED_STEPS + 1):
        if hmac.compare_digest(code, _code_for_step(session, now - age)) and found is None:
            found = age
    return found


# --- The check-in window -----------------------------------------------------------

@dataclass(frozen=True)
class Window:
    """When a session's self check-in is open, with the session's own time zone."""

    opens: datetime.datetime
    closes: datetime.datetime
    zone: str

    def is_open(self, at: datetime.datetime) -> bool:
        return self.opens <= at <= self.closes

    def describe(self) -> str:
        """ "24 Sep 2021, 08.30–09.30 WITA" (the date once when both ends share it)."""
        zone = ZoneInfo(self.zone)
        opens, closes = self.opens.astimezone(zone), self.closes.astimezone(zone)
        abbreviation = TIMEZONE_ABBREVIATIONS.get(self.zone, "")
        if opens.date() == closes.date():
            return (f"{date_format(opens, 'DATE_FORMAT')}, {date_format(opens, 'H.i')}"
                    f"–{date_format(closes, 'H.i')} {abbreviation}")
        return (f"{date_format(opens, 'DATETIME_FORMAT')} – "
                f"{date_format(closes, 'DATETIME_FORMAT')} {abbreviation}")


def check_in_window(session: Session) -> Window:
    return Window(opens=session.starts_at - CHECK_IN_BEFORE,
                  closes=session.starts_at + CHECK_IN_AFTER, zone=session.timezone)


# --- Self check-in -----------------------------------------------------------------

@transaction.atomic
def check_in(*, user, session: Session, code: str,
             at: datetime.datetime | None = None) -> Attendance:
    """
    The signed-in participant records their own presence (hadir) with the code on the
    session's screen: the current minute's code, or the previous minute's for a slow
    typist. Refused: not_registered, window_closed, code_expired (an older code of the
    last ten minutes), wrong_code, already_checked_in (any status already recorded,
    also by the roll call: the facilitator changes it there). Nothing is stored then.
    """
    at = at or timezone.now()
    participant = Participant.objects.filter(user_id=user.pk).first() if user.pk else None
    if participant is None:
        raise DomainError("not_registered", _("You are not registered for this programme."))
    registered = Registration.objects.filter(programme_id=session.programme_id,
                                             participant=participant,
                                             status=Registration.Status.REGISTERED)
    if not registered.exists():
        raise DomainError("not_registered", _("You are not registered for this programme."))
    _check_window(session, at)
    _check_code(session, normalise_code(code), at)
    attendance, created = Attendance.objects.get_or_create(
        session=session, participant=participant,
        defaults={"status": Attendance.Status.PRESENT, "method": Attendance.Method.CHECK_IN,
                  "recorded_by": user},
    )
    if not created:
        raise DomainError("already_checked_in", _already_message(attendance))
    return attendance


def _check_window(session: Session, at: datetime.datetime) -> None:
    window = check_in_window(session)
    if window.is_open(at):
        return
    if at < window.opens:
        message = _("Check-in is not open yet: it is open %(window)s.")
    else:
        message = _("Check-in has closed: it was open %(window)s.")
    raise DomainError("window_closed", message % {"window": window.describe()})


def _check_code(session: Session, code: str, at: datetime.datetime) -> None:
    age = _code_age(session, code, at) if len(code) == CODE_LENGTH else None
    if age is None:
        raise DomainError("wrong_code", _("This code is not right. Type the code shown on "
                                          "the screen in the room."))
    if age > 1:
        raise DomainError("code_expired", _("This code has expired: it changes every "
                                            "minute. Type the code shown on the screen now."))


def _already_message(attendance: Attendance) -> str:
    if attendance.method == Attendance.Method.CHECK_IN:
        return _("You have already checked in to this session.")
    return _("Your attendance at this session is already recorded (%(status)s). Ask the "
             "facilitator if it should change.") % {
        "status": attendance.get_status_display()}


# --- Reading attendance ------------------------------------------------------------

def _percent(present: int, sessions: int) -> float:
    return round(present / sessions * 100, 1) if sessions else 0.0


def attendance_percent(programme: Programme, participant: Participant) -> float:
    """The share of the programme's sessions the person attended (hadir), 0-100."""
    sessions = Session.objects.filter(programme=programme).count()
    present = Attendance.objects.filter(session__programme=programme,
                                        participant=participant,
                                        status=Attendance.Status.PRESENT).count()
    return _percent(present, sessions)


def session_counts(session: Session) -> dict[str, int]:
    """Registered people of the session's programme by status, and those unrecorded."""
    registered = Registration.objects.filter(programme_id=session.programme_id,
                                             status=Registration.Status.REGISTERED)
    rows = (Attendance.objects.filter(session=session,
                                      participant__in=registered.values("participant_id"))
            .values_list("status").annotate(n=Count("pk")).order_by())
    counts = dict.fromkeys(STATUSES, 0) | dict(rows)
    counts["unrecorded"] = registered.count() - sum(counts.values())
    return counts


@dataclass
class SummaryRow:
    """One registered person's attendance over a programme's sessions."""

    registration: Registration
    counts: dict[str, int]
    percent: float
    statuses: list[str] = field(default_factory=list)  # per session, "" if unrecorded

    @property
    def participant(self) -> Participant:
        return self.registration.participant


def attendance_summary(programme: Programme, registrations: QuerySet[Registration],
                       *, per_session: bool = False) -> tuple[list[Session], list[SummaryRow]]:
    """
    The programme's sessions and, for each registered person of `registrations` (a
    queryset the caller has already limited to what the user may see), their counts
    per status, unrecorded sessions and attendance percentage; with `per_session`, the
    status at every session too. Three queries at most, whatever the number of people.
    """
    sessions = list(Session.objects.filter(programme=programme).order_by("starts_at", "pk"))
    in_programme = Q(participant__attendance__session__programme=programme)
    counted = {status: Count("participant__attendance", filter=in_programme & Q(
        participant__attendance__status=status)) for status in STATUSES}
    people = (Registration.objects
              .filter(pk__in=registrations.filter(programme=programme,
                                                  status=Registration.Status.REGISTERED)
                      .values("pk"))
              .select_related("participant__agency", "participant__region", "delegation")
              .annotate(**{f"n_{status}": count for status, count in counted.items()})
              .order_by("delegation__name", "participant__full_name", "pk"))
    rows = []
    for registration in people:
        counts = {status: getattr(registration, f"n_{status}") for status in STATUSES}
        counts["unrecorded"] = max(0, len(sessions) - sum(counts.values()))
        rows.append(SummaryRow(registration, counts,
                               _percent(counts[Attendance.Status.PRESENT], len(sessions))))
    if per_session and rows:
        _fill_statuses(sessions, rows)
    return sessions, rows


def _fill_statuses(sessions: list[Session], rows: list[SummaryRow]) -> None:
    people = {row.registration.participant_id for row in rows}
    recorded = {(session, person): status for session, person, status
                in Attendance.objects.filter(session__in=sessions)
                .values_list("session_id", "participant_id", "status")
                if person in people}
    for row in rows:
        person = row.registration.participant_id
        row.statuses = [recorded.get((s.pk, person), "") for s in sessions]
