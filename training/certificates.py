"""
Certificates and the JP ledger: who may have a certificate, issuing (one or everyone
eligible), revoking, and the JP hours a certificate puts on the participant's ledger.

The rule (`certificate_refusals`): a certificate goes to a person who
- is registered for the programme (not waitlisted, not cancelled),
- attended (hadir) at least `programme.min_attendance_percent` of its sessions,
- when `programme.require_post_test`, passed the post-test of every linked course that
  has one (the same test as courses.services.post_test_passed: a submitted, passed
  attempt; no enrolment is not passed),
- and has no certificate of the programme yet (a revoked one counts: the model allows
  one certificate per person and programme).
A programme without sessions certifies nobody. Each refusal is a `Refusal`: a
translated sentence for people that also carries a stable `code`.

`standings` works the rule out for many people at once in a constant number of queries
(seven, however many registrants): the organiser's page and the bulk issue use it.

Numbers read LTS/<year>/<programme>/<sequence>, e.g. LTS/2021/0007/0012: the year of the
programme's last session, the programme's id and the certificate's place in the
programme, both zero-padded to 4 digits. The sequence is taken while the programme row
is locked (select_for_update), so organisers issuing at the same moment get different
numbers; the unique constraint on `number` backs that up. Numbers never contain a dash,
so URLs write them with dashes for slashes (`number_slug`, `number_from_slug`).
The sequence is guessable on purpose (it is printed); the public verification page
therefore shows a name, a programme and a masked NIP, nothing more.
"""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from courses.models import Quiz, QuizAttempt
from directory.access import can_manage_programmes, participants_visible_to
from directory.models import Participant
from lms.errors import AccessDenied, DomainError

from .models import Attendance, Certificate, JPEntry, Programme, Registration, Session

NUMBER_PREFIX = "LTS"
JP_TARGET = 20  # JP a year that ASN competence development asks for (20 jam pelajaran)
REASON_MAX_LENGTH = 500


class Refusal(str):
    """A reason a person may not have a certificate: the sentence, with a stable code."""

    code: str

    def __new__(cls, code: str, message: str):
        refusal = super().__new__(cls, message)
        refusal.code = code
        return refusal


@dataclass
class ProgrammeFacts:
    """What the rule and the certificate need to know about the programme's sessions."""

    session_count: int
    first_day: datetime.date | None
    last_day: datetime.date | None
    post_tests: list[Quiz]


@dataclass
class Standing:
    """One person's place in the rule: their registration, attendance, tests, refusals."""

    participant: Participant
    registration_status: str | None
    attended: int
    session_count: int
    certificate: Certificate | None
    failed_tests: list[Quiz] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return not self.refusals

    @property
    def attendance_percent(self) -> float:
        return 100 * self.attended / self.session_count if self.session_count else 0.0


# Numbers and their URL form -------------------------------------------------------

def certificate_number(year: int, programme_id: int, sequence: int) -> str:
    return f"{NUMBER_PREFIX}/{year}/{programme_id:04d}/{sequence:04d}"


def number_slug(number: str) -> str:
    """The number as one URL segment: LTS/2021/0007/0012 -> LTS-2021-0007-0012."""
    return number.replace("/", "-")


def number_from_slug(slug: str) -> str:
    return slug.replace("-", "/").upper()


def normalise_number(text: str) -> str:
    """A number as people type or paste it ("lts 2021-0007/0012", or the whole
    verification address) in its stored form; "" when nothing is left."""
    text = (text or "").strip()
    if "/verifikasi/" in text:
        text = text.split("/verifikasi/", 1)[1]
    return re.sub(r"[\s/\\_\-]+", "/", text.upper()).strip("/")


def mask_nip(nip: str) -> str:
    """The first 4 and the last 4 digits of a NIP, the rest hidden: 1994**********2001."""
    if not nip:
        return ""
    if len(nip) <= 8:
        return "*" * len(nip)
    return f"{nip[:4]}{'*' * (len(nip) - 8)}{nip[-4:]}"


# The rule --------------------------------------------------------------------------

def session_days(programme: Programme) -> tuple[int, datetime.date | None,
                                                 datetime.date | None]:
    """How many sessions, the first one's day and the last one's day, each in the
    session's own zone (a WIT evening can be the next day in WIB): one query."""
    sessions = list(Session.objects.filter(programme=programme)
                    .order_by("starts_at", "pk").values_list("starts_at", "ends_at", "timezone"))
    if not sessions:
        return 0, None, None
    first_start, _end, first_zone = sessions[0]
    _start, last_end, last_zone = max(sessions, key=lambda row: row[1])
    return (len(sessions), first_start.astimezone(ZoneInfo(first_zone)).date(),
            last_end.astimezone(ZoneInfo(last_zone)).date())


def programme_facts(programme: Programme) -> ProgrammeFacts:
    """The sessions and the post-tests that the rule asks for: two queries."""
    post_tests = []
    if programme.require_post_test:
        post_tests = list(Quiz.objects.filter(course__programmes=programme,
                                              kind=Quiz.Kind.POST)
                          .select_related("course").order_by("course__title"))
    return ProgrammeFacts(*session_days(programme), post_tests=post_tests)


def _people(programme: Programme) -> list[Participant]:
    """Everyone the organiser's page lists: registered or waitlisted, or holding a
    certificate of the programme (whatever became of their registration)."""
    registered = (Registration.objects.filter(programme=programme)
                  .exclude(status=Registration.Status.CANCELLED).values("participant_id"))
    certified = Certificate.objects.filter(programme=programme).values("participant_id")
    return list(Participant.objects.filter(Q(pk__in=registered) | Q(pk__in=certified))
                .select_related("user", "region", "agency").order_by("full_name", "pk"))


def standings(programme: Programme, participants: Iterable[Participant] | None = None,
              *, facts: ProgrammeFacts | None = None) -> list[Standing]:
    """
    The rule for `participants` (default: everyone `_people` lists), in the order given,
    in seven queries at most whatever their number.
    """
    people = _people(programme) if participants is None else list(participants)
    facts = facts or programme_facts(programme)
    ids = [person.pk for person in people]
    statuses = dict(Registration.objects.filter(programme=programme, participant_id__in=ids)
                    .values_list("participant_id", "status"))
    attended = dict(Attendance.objects
                    .filter(session__programme=programme, participant_id__in=ids,
                            status=Attendance.Status.PRESENT)
                    .values("participant_id").annotate(n=Count("pk"))
                    .values_list("participant_id", "n"))
    certificates = {c.participant_id: c for c in
                    Certificate.objects.filter(programme=programme, participant_id__in=ids)}
    passed = _passed_tests(facts.post_tests, [person.user_id for person in people])
    result = []
    for person in people:
        standing = Standing(
            participant=person, registration_status=statuses.get(person.pk),
            attended=attended.get(person.pk, 0), session_count=facts.session_count,
            certificate=certificates.get(person.pk),
            failed_tests=[quiz for quiz in facts.post_tests
                          if (person.user_id, quiz.pk) not in passed],
        )
        standing.refusals = _refusals(programme, standing)
        result.append(standing)
    return result


def _passed_tests(post_tests: list[Quiz], user_ids: list[int]) -> set[tuple[int, int]]:
    """(user id, quiz id) of every post-test passed by one of these users: one query."""
    if not post_tests:
        return set()
    return set(QuizAttempt.objects
               .filter(quiz__in=post_tests, enrollment__user_id__in=user_ids,
                       submitted_at__isnull=False, passed=True)
               .values_list("enrollment__user_id", "quiz_id").distinct())


REGISTRATION_REFUSALS = {
    None: ("not_registered", "Not registered for this programme."),
    Registration.Status.WAITLISTED: ("waitlisted", "On the waitlist, not registered."),
    Registration.Status.CANCELLED: ("registration_cancelled",
                                    "The registration was cancelled."),
}


def _refusals(programme: Programme, standing: Standing) -> list[Refusal]:
    """The reasons, in the order people read them: programme, registration,
    attendance, post-tests, an existing certificate."""
    reasons = []
    if not standing.session_count:
        reasons.append(Refusal("no_sessions", _("The programme has no sessions.")))
    if standing.registration_status in REGISTRATION_REFUSALS:
        code, message = REGISTRATION_REFUSALS[standing.registration_status]
        reasons.append(Refusal(code, _(message)))
    needed = programme.min_attendance_percent
    if standing.session_count and standing.attended * 100 < needed * standing.session_count:
        reasons.append(Refusal("attendance_low", _(
            "Attended %(attended)d of %(total)d sessions (%(percent)s%%), needs %(needed)d%%."
        ) % {"attended": standing.attended, "total": standing.session_count,
             "percent": _percent(standing.attendance_percent), "needed": needed}))
    for quiz in standing.failed_tests:
        reasons.append(Refusal("post_test_not_passed", _(
            "The post-test of “%(course)s” is not passed.") % {"course": quiz.course.title}))
    if standing.certificate is not None:
        reasons.append(_certificate_refusal(standing.certificate))
    return reasons


def _certificate_refusal(certificate: Certificate) -> Refusal:
    if certificate.revoked_at:
        return Refusal("certificate_revoked", _(
            "Certificate %(number)s was revoked; a person gets one certificate of a "
            "programme.") % {"number": certificate.number})
    return Refusal("already_certified", _("Already holds certificate %(number)s.")
                   % {"number": certificate.number})


def _percent(value: float) -> str:
    """66,7 or 80 (in the language's own decimal mark)."""
    rounded = round(value, 1)
    return number_format(rounded, decimal_pos=0 if rounded == int(rounded) else 1)


def certificate_refusals(programme: Programme, participant: Participant) -> list[str]:
    """Why `participant` may not have a certificate of `programme`; empty = eligible."""
    return standings(programme, [participant])[0].refusals


# Writes ----------------------------------------------------------------------------

def _check_organiser(user) -> None:
    if not can_manage_programmes(user):
        raise AccessDenied("certificates_forbidden",
                           _("Only organisers issue and revoke certificates."))


def _locked(programme: Programme) -> Programme:
    """The programme row, locked until the transaction ends (numbers are taken in turn)."""
    return Programme.objects.select_for_update().get(pk=programme.pk)


def _last_sequence(programme: Programme) -> int:
    numbers = Certificate.objects.filter(programme=programme).values_list("number", flat=True)
    sequences = [int(tail) for number in numbers
                 if (tail := number.rsplit("/", 1)[-1]).isdigit()]
    return max(sequences, default=0)


def _issue(*, user, programme: Programme, people: list[Participant],
           facts: ProgrammeFacts) -> list[Certificate]:
    """Certificates and JP entries for `people` (already found eligible), in two
    inserts. Call with the programme row locked."""
    if not people:
        return []
    now, start = timezone.now(), _last_sequence(programme)
    certificates = [
        Certificate(number=certificate_number(facts.last_day.year, programme.pk, start + n),
                    programme=programme, participant=person, issued_at=now, issued_by=user,
                    jp_hours=programme.jp_hours)
        for n, person in enumerate(people, start=1)
    ]
    try:
        with transaction.atomic():
            Certificate.objects.bulk_create(certificates)
            JPEntry.objects.bulk_create([
                JPEntry(participant=c.participant, hours=c.jp_hours, earned_on=facts.last_day,
                        certificate=c) for c in certificates])
    except IntegrityError:  # only without row locks (SQLite), at the same moment
        raise DomainError("certificate_conflict", _(
            "Another organiser issued certificates of this programme at the same moment. "
            "Please try again.")) from None
    return certificates


@transaction.atomic
def certificate_issue(*, user, programme: Programme, participant: Participant) -> Certificate:
    """Issue one certificate (and its JP entry) to an eligible person; organisers only.
    Refused with DomainError("not_eligible", the reasons joined by "; ")."""
    _check_organiser(user)
    programme = _locked(programme)
    facts = programme_facts(programme)
    refusals = standings(programme, [participant], facts=facts)[0].refusals
    if refusals:
        raise DomainError("not_eligible", "; ".join(refusals))
    return _issue(user=user, programme=programme, people=[participant], facts=facts)[0]


@transaction.atomic
def certificates_issue_bulk(*, user, programme: Programme
                            ) -> tuple[list[Certificate], list[tuple[Participant, list[str]]]]:
    """
    Issue a certificate to everyone registered who meets the rule, in a constant number
    of queries. Returns the certificates issued and the registered people refused, each
    with their reasons (those who already hold a certificate among them, with the reason
    code "already_certified" or "certificate_revoked").
    """
    _check_organiser(user)
    programme = _locked(programme)
    facts = programme_facts(programme)
    registered = (Participant.objects.filter(
        registrations__programme=programme,
        registrations__status=Registration.Status.REGISTERED)
        .select_related("user").order_by("full_name", "pk"))
    results = standings(programme, registered, facts=facts)
    issued = _issue(user=user, programme=programme, facts=facts,
                    people=[s.participant for s in results if s.eligible])
    return issued, [(s.participant, s.refusals) for s in results if not s.eligible]


@transaction.atomic
def certificate_revoke(*, user, certificate: Certificate, reason: str) -> Certificate:
    """Revoke with a reason (kept, shown on the verification page); the certificate's
    JP leave the ledger. Organisers only; a second revocation is refused."""
    _check_organiser(user)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("reason_required", _("Give the reason for revoking."))
    if len(reason) > REASON_MAX_LENGTH:
        raise DomainError("reason_too_long", _("Keep the reason under %(count)d characters.")
                          % {"count": REASON_MAX_LENGTH})
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise DomainError("already_revoked", _("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = user
    certificate.revoked_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
    JPEntry.objects.filter(certificate=certificate).delete()
    return certificate


# The JP ledger ---------------------------------------------------------------------

def jp_total(participant: Participant, year: int) -> int:
    """The JP hours on the participant's ledger earned in `year`."""
    total = JPEntry.objects.filter(participant=participant, earned_on__year=year
                                   ).aggregate(total=Sum("hours"))["total"]
    return total or 0


def jp_report(user, *, year: int, region=None, under_target_only: bool = True
              ) -> QuerySet[Participant]:
    """The people `user` may see (directory.access) with `jp` = their JP total of
    `year`, optionally of one region and only those under JP_TARGET; one query."""
    people = participants_visible_to(user)
    if region is not None:
        people = people.filter(region=region)
    people = people.annotate(jp=Coalesce(
        Sum("jp_entries__hours", filter=Q(jp_entries__earned_on__year=year)),
        Value(0), output_field=IntegerField()))
    if under_target_only:
        people = people.filter(jp__lt=JP_TARGET)
    return people.select_related("region", "agency").order_by("region__name", "full_name", "pk")
