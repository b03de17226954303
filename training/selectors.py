"""
Reads for the programme pages: the listing, one programme with its schedule, a
person's registration, "My programmes". Seat counts and dates are correlated
subqueries, so a listing or a schedule costs the same queries at any size.
"""

from itertools import groupby

from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateTimeField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from courses.models import CoursePage
from directory.access import programmes_visible_to
from directory.models import TIMEZONE_ABBREVIATIONS, Participant, Region
from directory.roles import is_organiser

from .models import Programme, Registration, Session

Status = Registration.Status


def _registration_count(status: str) -> Coalesce:
    counted = (Registration.objects.filter(programme=OuterRef("pk"), status=status)
               .order_by().values("programme").annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _session_moment(field: str, descending: bool = False) -> Subquery:
    sessions = Session.objects.filter(programme=OuterRef("pk")).order_by(
        f"-{field}" if descending else field)
    return Subquery(sessions.values(field)[:1], output_field=DateTimeField())


def with_schedule_figures(queryset: QuerySet[Programme]) -> QuerySet[Programme]:
    """Annotate first_start, last_end, registered_count, waitlisted_count and
    seats_left (never below 0)."""
    queryset = queryset.annotate(
        first_start=_session_moment("starts_at"),
        last_end=_session_moment("ends_at", descending=True),
        registered_count=_registration_count(Status.REGISTERED),
        waitlisted_count=_registration_count(Status.WAITLISTED),
    )
    return queryset.annotate(seats_left=Case(
        When(registered_count__gte=F("capacity"), then=Value(0)),
        default=ExpressionWrapper(F("capacity") - F("registered_count"),
                                  output_field=IntegerField())))


def programme_list(*, kind: str = "", region: str = "", now=None) -> QuerySet[Programme]:
    """Published programmes, those not yet over first (soonest first), then the past
    ones (latest first); filtered by kind and by the host region's slug."""
    now = now or timezone.now()
    queryset = with_schedule_figures(
        Programme.objects.filter(published=True)
        .select_related("host_region").prefetch_related("topics"))
    if kind:
        queryset = queryset.filter(kind=kind)
    if region:
        queryset = queryset.filter(host_region__slug=region)
    queryset = queryset.annotate(is_past=Case(
        When(last_end__lt=now, then=Value(True)), default=Value(False),
        output_field=BooleanField()))
    return queryset.order_by(
        "is_past",
        Case(When(is_past=False, then=F("first_start"))).asc(nulls_last=True),
        F("first_start").desc(nulls_last=True), "title", "pk")


def host_regions() -> QuerySet[Region]:
    """Regions hosting at least one published programme, for the filter."""
    return Region.objects.filter(programmes_hosted__published=True).distinct().order_by("name")


def programme_for_page(user, slug: str) -> Programme | None:
    """One programme as the page shows it, seen through programmes_visible_to (an
    unpublished one only for organisers): host, topics, live linked courses, stages,
    sessions with their facilitators (and their profiles), seat figures."""
    facilitators = Prefetch(
        "facilitators",
        queryset=get_user_model().objects.select_related("participant")
        .order_by("first_name", "username"))
    queryset = with_schedule_figures(
        programmes_visible_to(user).select_related("host_region", "host_agency")
        .prefetch_related(
            "topics", "stages",
            Prefetch("courses", queryset=CoursePage.objects.live().public()
                     .order_by("title")),
            Prefetch("sessions", queryset=Session.objects.order_by("starts_at", "pk")
                     .prefetch_related(facilitators))))
    return queryset.filter(slug=slug).first()


def schedule(programme: Programme) -> list[dict]:
    """The sessions grouped by stage, in stage order: [{"stage": Stage | None,
    "number": int | None, "sessions": [...]}]. Sessions whose stage number has no stage
    (or a programme without stages) form one group without a stage, last."""
    stages = list(programme.stages.all())

    def stage_of(session):
        number = session.stage_number
        return number if number and 1 <= number <= len(stages) else None

    for session in programme.sessions.all():
        session.zone = TIMEZONE_ABBREVIATIONS.get(session.timezone, "")
    sessions = sorted(programme.sessions.all(),
                      key=lambda s: (stage_of(s) is None, stage_of(s) or 0, s.starts_at))
    groups = [{"number": number, "stage": stages[number - 1] if number else None,
               "sessions": list(items)}
              for number, items in groupby(sessions, key=stage_of)]
    listed = {group["number"] for group in groups}
    groups += [{"number": index, "stage": stage, "sessions": []}
               for index, stage in enumerate(stages, start=1) if index not in listed]
    return sorted(groups, key=lambda g: (g["number"] is None, g["number"] or 0))


def facilitates(user, programme: Programme) -> bool:
    """Whether `user` facilitates a session of the programme (read from the prefetch)."""
    return user.is_authenticated and any(
        person.pk == user.pk for session in programme.sessions.all()
        for person in session.facilitators.all())


def viewer_context(user, programme: Programme) -> dict:
    """The signed-in visitor's standing: their profile, their registration (with the
    waitlist position), and whether they may see the meeting links."""
    if not user.is_authenticated:
        return {"participant": None, "registration": None, "sees_links": False}
    registration = (Registration.objects.filter(programme=programme, participant__user=user)
                    .select_related("participant").first())
    participant = (registration.participant if registration
                   else Participant.objects.filter(user=user).first())
    if registration and registration.status == Status.WAITLISTED:
        registration.position = Registration.objects.filter(
            Q(created_at__lt=registration.created_at)
            | Q(created_at=registration.created_at, pk__lt=registration.pk),
            programme=programme, status=Status.WAITLISTED).count() + 1
    registered = registration is not None and registration.status == Status.REGISTERED
    return {"participant": participant, "registration": registration,
            "sees_links": registered or is_organiser(user) or facilitates(user, programme)}


def my_registrations(user) -> list[Registration]:
    """The user's registrations (cancelled ones last), those with a session still to
    come first, soonest first, then the past ones, latest first; each with the
    programme, its host region and its next session (start, zone, title): one query."""
    upcoming = (Session.objects.filter(programme=OuterRef("programme"),
                                       ends_at__gte=timezone.now())
                .order_by("starts_at"))
    first = Session.objects.filter(programme=OuterRef("programme")).order_by("starts_at")
    rows = list(
        Registration.objects.filter(participant__user=user)
        .select_related("programme__host_region")
        .annotate(next_start=Subquery(upcoming.values("starts_at")[:1]),
                  next_zone=Subquery(upcoming.values("timezone")[:1]),
                  next_title=Subquery(upcoming.values("title")[:1]),
                  first_start=Subquery(first.values("starts_at")[:1]))
        .order_by(Case(When(status=Status.CANCELLED, then=Value(1)), default=Value(0)),
                  F("next_start").asc(nulls_last=True), F("first_start").desc(nulls_last=True),
                  "pk"))
    for row in rows:  # for the in_zone filter, which reads `.timezone`
        row.next_place = Session(timezone=row.next_zone) if row.next_zone else None
    return rows
