"""
The learning report (selectors, no views): per course, delegation, region or OPD, how
many learners enrolled, started and completed, how long completing took, and what the
pre-test and post-test say about what they learned.

Who sees what is the access rule of directory.access: organisers and superusers every
learner, a coordinator the learners whose profile is in their region, anyone else
nothing. Withdrawn enrolments are left out.

`learner_rows` is ONE query: a row per learner (enrolment) with the labels needed for
grouping and the learner's figures as correlated subqueries (lessons done, a submitted
attempt, best pre-test score, best post-test score). `learning_report` groups those rows
in Python, so the number of queries does not depend on the number of learners; the
exports (courses/exports.py) stream the same rows.

Definitions, per group:
- started: at least one live lesson done or one submitted pre-/post-test attempt;
- completion rate: completed / enrolled, in %;
- median days: completed_at - enrolled_at, over the completed learners;
- a learner's pre (post) score: their best submitted attempt of that kind (as in
  courses.selectors); average pre (post): over the learners who have one;
- improvement: post - pre per learner, averaged over the learners who have both;
- normalised gain (Hake's g): (mean post - mean pre) / (100 - mean pre) over the
  learners who have both; None without such learners or when the pre mean is 100.
"""

import datetime
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db.models import (
    Exists,
    F,
    FloatField,
    OuterRef,
    QuerySet,
    Subquery,
    TextChoices,
)
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.access import can_manage_people, participants_visible_to
from directory.models import Region
from directory.roles import is_organiser

from .models import CoursePage, Enrollment, LessonProgress, Quiz, QuizAttempt
from .selectors import _count


class GroupBy(TextChoices):
    """What one row of the report is (the first is the default). The values are the
    site's query string (?kelompok=)."""

    DELEGATION = "delegasi", gettext_lazy("Delegation")
    COURSE = "kursus", gettext_lazy("Course")
    REGION = "daerah", gettext_lazy("Region")
    AGENCY = "opd", gettext_lazy("Agency (OPD)")


@dataclass(frozen=True)
class ReportFilters:
    """Enrolled from/to (dates, both included), a course, a region, and the grouping."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    course: CoursePage | None = None
    region: Region | None = None
    group_by: str = GroupBy.DELEGATION


@dataclass
class GroupStats:
    """The figures of one group (or of everyone: the total row)."""

    key: object
    label: str
    enrolled: int = 0
    started: int = 0
    completed: int = 0
    completion_rate: float | None = None  # %
    median_days: float | None = None
    average_pre: float | None = None
    average_post: float | None = None
    improvement: float | None = None
    normalised_gain: float | None = None  # a fraction: 0.5 = half of what was left
    pre_count: int = 0
    post_count: int = 0
    pair_count: int = 0


@dataclass
class LearningReport:
    group_by: str
    groups: list[GroupStats]
    total: GroupStats
    by_delegation: list[GroupStats] = field(default_factory=list)


def may_view_reports(user) -> bool:
    """Organisers (every region) and coordinators (their region)."""
    return can_manage_people(user)


def visible_enrollments(user) -> QuerySet[Enrollment]:
    """The enrolments whose learners the user may see, through directory.access."""
    if is_organiser(user):
        return Enrollment.objects.all()
    if not may_view_reports(user):
        return Enrollment.objects.none()
    return Enrollment.objects.filter(user__participant__in=participants_visible_to(user))


# The labels every row carries: name -> the ORM path it is read from.
LABELS = {
    "course_title": "course__title",
    "delegation_name": "delegation__name",
    "region_id": "user__participant__region_id",
    "region_name": "user__participant__region__name",
    "region_short": "user__participant__region__short_name",
    "agency_id": "user__participant__agency_id",
    "agency_acronym": "user__participant__agency__acronym",
    "agency_name": "user__participant__agency__name",
    "full_name": "user__participant__full_name",
    "nip": "user__participant__nip",
    "username": "user__username",
    "first_name": "user__first_name",
    "last_name": "user__last_name",
}
FIELDS = ("pk", "user_id", "course_id", "delegation_id", "status", "enrolled_at",
          "completed_at")


def _learner_columns() -> dict:
    """Correlated subqueries on the enrolment row: lessons done (live lessons), any
    submitted attempt, and the best submitted score of each kind."""
    submitted = QuizAttempt.objects.filter(enrollment=OuterRef("pk"),
                                           submitted_at__isnull=False)
    columns = {
        "lessons_done": _count(LessonProgress.objects.filter(enrollment=OuterRef("pk"),
                                                             lesson__live=True)),
        "attempted": Exists(submitted),
    }
    for kind in Quiz.Kind.values:
        best = (submitted.filter(quiz__kind=kind, score__isnull=False)
                .order_by("-score").values("score")[:1])
        columns[f"best_{kind}"] = Subquery(best, output_field=FloatField())
    return columns


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def learner_rows(user, filters: ReportFilters) -> QuerySet:
    """
    One dict per learner the user may see and the filters select (withdrawn left out),
    in ONE query: FIELDS, LABELS, `lessons_done`, `attempted`, `best_pre`, `best_post`.
    Ordered by course, delegation and name, as the exports list them.
    """
    queryset = visible_enrollments(user).exclude(status=Enrollment.Status.WITHDRAWN)
    if filters.date_from:
        queryset = queryset.filter(enrolled_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        next_day = filters.date_to + datetime.timedelta(days=1)
        queryset = queryset.filter(enrolled_at__lt=_day_start(next_day))
    if filters.course is not None:
        queryset = queryset.filter(course=filters.course)
    if filters.region is not None:
        queryset = queryset.filter(user__participant__region=filters.region)
    labels = {name: F(path) for name, path in LABELS.items()}
    return (queryset.annotate(**_learner_columns())
            .values(*FIELDS, "lessons_done", "attempted", "best_pre", "best_post",
                    **labels)
            .order_by("course_title", "delegation_name", "full_name", "pk"))


def learner_name(row: dict) -> str:
    """The profile's full name, else the account's name, else the username."""
    account = f"{row['first_name']} {row['last_name']}".strip()
    return row["full_name"] or account or row["username"]


def learner_improvement(row: dict) -> float | None:
    """Best post-test score minus best pre-test score; None until both are taken."""
    if row["best_pre"] is None or row["best_post"] is None:
        return None
    return row["best_post"] - row["best_pre"]


def _group_of(row: dict, group_by: str) -> tuple[object, str]:
    """(key, label) of the group a row falls in; a missing link is its own group."""
    if group_by == GroupBy.COURSE:
        return row["course_id"], row["course_title"]
    if group_by == GroupBy.REGION:
        return row["region_id"], row["region_name"] or _("No region")
    if group_by == GroupBy.AGENCY:
        if row["agency_id"] is None:
            return None, _("No OPD")
        place = row["region_short"] or row["region_name"]
        return row["agency_id"], f"{row['agency_acronym']} · {place}"
    return row["delegation_id"], row["delegation_name"] or _("No delegation")


class _Tally:
    """Collects the rows of one group and computes its figures."""

    def __init__(self, key, label: str):
        self.key, self.label = key, label
        self.enrolled = self.started = self.completed = 0
        self.days: list[float] = []
        self.pre: list[float] = []
        self.post: list[float] = []
        self.pairs: list[tuple[float, float]] = []

    def add(self, row: dict) -> None:
        self.enrolled += 1
        pre, post = row["best_pre"], row["best_post"]
        if row["lessons_done"] or row["attempted"]:
            self.started += 1
        if row["status"] == Enrollment.Status.COMPLETED:
            self.completed += 1
            if row["completed_at"] is not None:
                spent = row["completed_at"] - row["enrolled_at"]
                self.days.append(spent.total_seconds() / 86400)
        if pre is not None:
            self.pre.append(pre)
        if post is not None:
            self.post.append(post)
        if pre is not None and post is not None:
            self.pairs.append((pre, post))

    def result(self) -> GroupStats:
        stats = GroupStats(self.key, self.label, self.enrolled, self.started, self.completed,
                           pre_count=len(self.pre), post_count=len(self.post),
                           pair_count=len(self.pairs))
        if self.enrolled:
            stats.completion_rate = self.completed * 100 / self.enrolled
        stats.median_days = statistics.median(self.days) if self.days else None
        stats.average_pre = statistics.fmean(self.pre) if self.pre else None
        stats.average_post = statistics.fmean(self.post) if self.post else None
        if self.pairs:
            pre_mean = statistics.fmean(pre for pre, _post in self.pairs)
            post_mean = statistics.fmean(post for _pre, post in self.pairs)
            stats.improvement = statistics.fmean(post - pre for pre, post in self.pairs)
            if pre_mean < 100:
                stats.normalised_gain = (post_mean - pre_mean) / (100 - pre_mean)
        return stats


def _sorted(tallies: dict) -> list[GroupStats]:
    """By label; the group of learners without a course/delegation/region/OPD last."""
    groups = [tally.result() for tally in tallies.values()]
    return sorted(groups, key=lambda group: (group.key is None, group.label.casefold()))


def summarise(rows: Iterable[dict], group_by: str) -> LearningReport:
    """Group learner rows by `group_by` (and always by delegation, for the chart)."""
    groups: dict = {}
    delegations: dict = {}
    total = _Tally("total", _("Total"))
    for row in rows:
        total.add(row)
        for tallies, dimension in ((groups, group_by), (delegations, GroupBy.DELEGATION)):
            key, label = _group_of(row, dimension)
            if key not in tallies:
                tallies[key] = _Tally(key, label)
            tallies[key].add(row)
    return LearningReport(group_by, _sorted(groups), total.result(), _sorted(delegations))


def learning_report(user, filters: ReportFilters) -> LearningReport:
    """The report for `user` (ONE query for the rows, whatever their number)."""
    rows: Iterator[dict] = learner_rows(user, filters).iterator(chunk_size=2000)
    return summarise(rows, filters.group_by or GroupBy.DELEGATION)
