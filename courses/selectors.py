"""
Reads about learning: a learner's progress in one course (with their pre-/post-test
attempts), their enrolments for the "My courses" page, and their improvement. Query
counts do not grow with the number of lessons or enrolments.
"""

from dataclasses import dataclass, field

from django.db.models import F, FloatField, Func, IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce

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
