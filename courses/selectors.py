"""
Reads about learning: a learner's progress in one course (with their pre-/post-test
attempts), their enrolments for the "My courses" page, and their improvement; for
trainers, the courses they teach and each course's learners; for coordinators, the
courses a delegation's members are enrolled in. Query counts do not grow with the
number of lessons, enrolments or learners.
"""

from dataclasses import dataclass, field

from django.db.models import (
    CharField,
    DateTimeField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    Max,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Concat, Greatest, Lower, NullIf, Trim

from visits.models import DelegationMember

from .models import CoursePage, Enrollment, LessonPage, LessonProgress, Quiz, QuizAttempt


@dataclass
class CourseProgress:
    enrollment: Enrollment | None
    done_ids: set[int] = field(default_factory=set)
    done: int = 0
    total: int = 0
    percent: int = 0
    resume_lesson: LessonPage | None = None
    quizzes: list[Quiz] = field(default_factory=list)

    @property
    def enrolled(self) -> bool:
        """Enrolled and not withdrawn: progress can be recorded."""
        return (self.enrollment is not None
                and self.enrollment.status != Enrollment.Status.WITHDRAWN)

    @property
    def completed(self) -> bool:
        return self.enrollment is not None and \
            self.enrollment.status == Enrollment.Status.COMPLETED


def _percent(done: int, total: int) -> int:
    return round(done * 100 / total) if total else 0


def course_progress(user, course: CoursePage, outline=None) -> CourseProgress:
    """
    The learner's progress in a course, over its live lessons in outline order.
    Pass the outline the page already read (`CoursePage.outline()`): then
    one query (the enrolment LEFT JOIN its done lessons); none when anonymous.
    """
    lessons = [lesson for _module, items in (outline if outline is not None
                                             else course.outline()) for lesson in items]
    if not user.is_authenticated:
        return CourseProgress(None, total=len(lessons))
    # One query: the enrolment with its done lessons (LEFT JOIN), one row per lesson done,
    # each row also carrying the pre-/post-test columns (_quiz_columns).
    quiz_columns = _quiz_columns()
    rows = list(Enrollment.objects.filter(user=user, course=course)
                .annotate(**quiz_columns).values_list(
                    "pk", "status", "enrolled_at", "completed_at", *quiz_columns,
                    "progress__lesson_id"))
    if not rows:
        return CourseProgress(None, total=len(lessons))
    pk, status, enrolled_at, completed_at, *quiz_values, _lesson = rows[0]
    enrollment = Enrollment(pk=pk, user=user, course=course, status=status,
                            enrolled_at=enrolled_at, completed_at=completed_at)
    done_ids = {lesson_id for *_fields, lesson_id in rows if lesson_id is not None}
    done = sum(1 for lesson in lessons if lesson.pk in done_ids)
    resume = next((lesson for lesson in lessons if lesson.pk not in done_ids), None)
    quizzes = _quizzes(course, dict(zip(quiz_columns, quiz_values, strict=True)))
    return CourseProgress(enrollment, done_ids, done, len(lessons),
                          _percent(done, len(lessons)), resume, quizzes)


def _quiz_columns() -> dict:
    """For the course's pre-test and post-test (at most one of each): its id and
    attempts allowed, and the learner's submitted attempts, last score and last
    attempt id, as subqueries on the enrolment row (so the course page pays no
    extra query)."""
    columns = {}
    for kind in Quiz.Kind.values:
        quiz = Quiz.objects.filter(course=OuterRef("course"), kind=kind)
        submitted = QuizAttempt.objects.filter(enrollment=OuterRef("pk"), quiz__kind=kind,
                                               submitted_at__isnull=False)
        latest = submitted.order_by("-submitted_at", "-pk")
        columns.update({
            f"{kind}_quiz_id": Subquery(quiz.values("pk")[:1], output_field=IntegerField()),
            f"{kind}_max_attempts": Subquery(quiz.values("max_attempts")[:1],
                                             output_field=IntegerField()),
            f"{kind}_used": _count(submitted),
            f"{kind}_last_score": Subquery(latest.values("score")[:1],
                                           output_field=FloatField()),
            f"{kind}_last_attempt_id": Subquery(latest.values("pk")[:1],
                                                output_field=IntegerField()),
        })
    return columns


def _quizzes(course: CoursePage, values: dict) -> list[Quiz]:
    """The course's quizzes (pre first) from the _quiz_columns values, each with
    `attempts_used`, `attempts_left`, `last_score` and `last_attempt_id`."""
    quizzes = []
    for kind in Quiz.Kind.values:
        if values[f"{kind}_quiz_id"] is None:
            continue
        quiz = Quiz(pk=values[f"{kind}_quiz_id"], course=course, kind=kind,
                    max_attempts=values[f"{kind}_max_attempts"])
        quiz.attempts_used = values[f"{kind}_used"]
        quiz.attempts_left = max(quiz.attempts_allowed - quiz.attempts_used, 0)
        quiz.last_score = values[f"{kind}_last_score"]
        quiz.last_attempt_id = values[f"{kind}_last_attempt_id"]
        quizzes.append(quiz)
    return quizzes


def _count(queryset) -> Coalesce:
    """A correlated COUNT(*) subquery."""
    counted = queryset.order_by().annotate(_n=Func(F("pk"), function="COUNT")).values("_n")
    return Coalesce(Subquery(counted[:1], output_field=IntegerField()), 0)


def enrollment_list_for_user(user) -> list[Enrollment]:
    """
    The user's enrolments (withdrawn ones left out), active first, each with
    `lesson_total`, `lesson_done`, `percent` and `resume_lesson` (the first live lesson
    not done, or None): two queries for any number of courses.
    """
    course_lessons = LessonPage.objects.filter(live=True,
                                               path__startswith=OuterRef("course__path"))
    done = LessonProgress.objects.filter(enrollment=OuterRef("pk"), lesson__live=True)
    first_undone = (LessonPage.objects.filter(live=True,
                                              path__startswith=OuterRef("course__path"))
                    .exclude(pk__in=LessonProgress.objects.filter(
                        enrollment=OuterRef(OuterRef("pk"))).values("lesson_id"))
                    .order_by("path").values("pk")[:1])
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("course", "course__host_region")
        .annotate(lesson_total=_count(course_lessons), lesson_done=_count(done),
                  resume_lesson_id=Subquery(first_undone, output_field=IntegerField()))
        .order_by("status", "-enrolled_at", "pk")
    )
    resume_ids = {e.resume_lesson_id for e in enrollments if e.resume_lesson_id}
    lessons = ({lesson.pk: lesson for lesson in LessonPage.objects.filter(pk__in=resume_ids)
                .only("id", "title", "slug", "path", "url_path")} if resume_ids else {})
    for enrollment in enrollments:
        enrollment.percent = _percent(enrollment.lesson_done, enrollment.lesson_total)
        enrollment.resume_lesson = lessons.get(enrollment.resume_lesson_id)
    return enrollments



def learner_improvement(enrollment: Enrollment) -> float | None:
    """Best post-test score minus the pre-test score; None until both are taken."""
    scores = {
        row["quiz__kind"]: row["best"]
        for row in QuizAttempt.objects.filter(enrollment=enrollment,
                                              submitted_at__isnull=False)
        .values("quiz__kind").annotate(best=Max("score")).order_by()
    }
    if scores.get(Quiz.Kind.PRE) is None or scores.get(Quiz.Kind.POST) is None:
        return None
    return round(scores[Quiz.Kind.POST] - scores[Quiz.Kind.PRE], 2)


# Trainers: the courses they teach and their learners ----------------------------------

def trains_courses(user) -> bool:
    """Whether the user is a trainer of at least one course (live or draft): one query,
    read once per user object (the menu and "My courses" ask it on the same request)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_lintas_trains_courses"):
        user._lintas_trains_courses = CoursePage.objects.filter(trainers=user).exists()
    return user._lintas_trains_courses


def _enrolments_of_course(*statuses) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(course=OuterRef("pk"), status__in=statuses)


def course_list_for_trainer(user, *, every_course: bool = False) -> QuerySet[CoursePage]:
    """
    The courses `user` trains, live or draft (`every_course`: all courses, for
    organisers), by title, each with `enrolled_count` (active + completed),
    `active_count` and `completed_count`: one query for any number of courses.
    """
    courses = CoursePage.objects.all() if every_course else CoursePage.objects.filter(
        trainers=user)
    active, completed = Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED
    return courses.annotate(
        enrolled_count=_count(_enrolments_of_course(active, completed)),
        active_count=_count(_enrolments_of_course(active)),
        completed_count=_count(_enrolments_of_course(completed)),
    ).order_by("title", "pk")


# ?urut= values of the trainer's learner list: the order, then the name as tie-breaker.
LEARNER_ORDERS = {
    "name": [],
    "progress": [F("lesson_done").desc()],
    "activity": [F("last_activity").desc()],
    "improvement": [F("improvement").desc(nulls_last=True)],
    "post": [F("post_best").desc(nulls_last=True)],
}


def _best_score(kind: str) -> Subquery:
    """The learner's best submitted score at the course's quiz of this kind (None when
    not taken); the same rule as learner_improvement."""
    attempts = QuizAttempt.objects.filter(enrollment=OuterRef("pk"), quiz__kind=kind,
                                          submitted_at__isnull=False)
    return Subquery(attempts.order_by("-score", "-pk").values("score")[:1],
                    output_field=FloatField())


def _latest(queryset, field: str) -> Coalesce:
    """The latest `field` of the enrolment's rows, else its enrolment date (GREATEST
    is NULL on SQLite when any argument is)."""
    latest = queryset.filter(enrollment=OuterRef("pk")).order_by(f"-{field}").values(field)
    return Coalesce(Subquery(latest[:1], output_field=DateTimeField()), F("enrolled_at"))


def _learner_name() -> Coalesce:
    """The profile's full name, else the account's first and last name, else the
    username."""
    account_name = NullIf(Trim(Concat("user__first_name", Value(" "), "user__last_name",
                                      output_field=CharField())), Value(""))
    return Coalesce(NullIf("user__participant__full_name", Value("")), account_name,
                    "user__username", output_field=CharField())


def course_learners(course: CoursePage, *, search: str = "", status: str = "",
                    order: str = "name") -> QuerySet[Enrollment]:
    """
    The learners of a course for its trainers: every enrolment (withdrawn ones too,
    unless `status` picks one), each with `learner_name`, `region_name`,
    `region_short_name`, `agency_acronym`, `agency_name`, `delegation_name` (the one
    they were enrolled with), `lesson_done` / `lesson_total` (live lessons),
    `last_activity` (the latest of enrolling, a lesson done and a quiz submitted),
    `pre_score`, `post_best` and `improvement` (best post - pre, None until both are
    taken). ONE query for the rows (correlated subqueries), whatever the
    number of learners; `search` matches the name; `order` is a key of LEARNER_ORDERS.
    """
    done = LessonProgress.objects.filter(enrollment=OuterRef("pk"), lesson__live=True,
                                         lesson__path__startswith=course.path)
    lessons = LessonPage.objects.filter(live=True, path__startswith=course.path)
    submitted = QuizAttempt.objects.filter(submitted_at__isnull=False)
    rows = (
        Enrollment.objects.filter(course=course)
        .annotate(
            learner_name=_learner_name(),
            region_name=F("user__participant__region__name"),
            region_short_name=F("user__participant__region__short_name"),
            agency_acronym=F("user__participant__agency__acronym"),
            agency_name=F("user__participant__agency__name"),
            delegation_name=F("delegation__name"),
            lesson_done=_count(done),
            lesson_total=_count(lessons),
            last_activity=Greatest(F("enrolled_at"), _latest(LessonProgress.objects,
                                                             "completed_at"),
                                   _latest(submitted, "submitted_at"),
                                   output_field=DateTimeField()),
            pre_score=_best_score(Quiz.Kind.PRE),
            post_best=_best_score(Quiz.Kind.POST),
            improvement=ExpressionWrapper(F("post_best") - F("pre_score"),
                                          output_field=FloatField()),
        )
    )
    if search.strip():
        rows = rows.filter(learner_name__icontains=search.strip())
    if status in Enrollment.Status.values:
        rows = rows.filter(status=status)
    return rows.order_by(*LEARNER_ORDERS.get(order, []), Lower("learner_name"), "pk")


def learner_rows_with_percent(rows) -> list[Enrollment]:
    """The page's rows, each with `percent` (of live lessons done)."""
    rows = list(rows)
    for row in rows:
        row.percent = _percent(row.lesson_done, row.lesson_total)
    return rows


# Coordinators: what a delegation is learning --------------------------------------------

def delegation_courses(delegation) -> list[CoursePage]:
    """
    The courses the delegation's members are enrolled in (withdrawn enrolments left
    out; enrolled with the delegation or on their own), by title, each with
    `enrolled_count` and `completed_count` of its members: one query.
    """
    members = DelegationMember.objects.filter(delegation=delegation).values(
        "participant__user_id")
    current = Enrollment.objects.filter(user__in=members).exclude(
        status=Enrollment.Status.WITHDRAWN)
    of_course = current.filter(course=OuterRef("pk"))
    return list(
        CoursePage.objects.filter(pk__in=current.values("course_id"))
        .annotate(enrolled_count=_count(of_course),
                  completed_count=_count(of_course.filter(
                      status=Enrollment.Status.COMPLETED)))
        .order_by("title", "pk")
    )
