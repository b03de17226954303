"""
Reads about learning: a learner's progress in one course, and their enrolments for the
"My courses" page. Query counts do not grow with the number of lessons or enrolments.
"""

from dataclasses import dataclass, field

from django.db.models import F, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from .models import CoursePage, Enrollment, LessonPage, LessonProgress


@dataclass
class CourseProgress:
    enrollment: Enrollment | None
    done_ids: set[int] = field(default_factory=set)
    done: int = 0
    total: int = 0
    percent: int = 0
    resume_lesson: LessonPage | None = None

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
    # One query: the enrolment with its done lessons (LEFT JOIN), one row per lesson done.
    rows = list(Enrollment.objects.filter(user=user, course=course).values_list(
        "pk", "status", "enrolled_at", "completed_at", "progress__lesson_id"))
    if not rows:
        return CourseProgress(None, total=len(lessons))
    pk, status, enrolled_at, completed_at, _lesson = rows[0]
    enrollment = Enrollment(pk=pk, user=user, course=course, status=status,
                            enrolled_at=enrolled_at, completed_at=completed_at)
    done_ids = {lesson_id for *_fields, lesson_id in rows if lesson_id is not None}
    done = sum(1 for lesson in lessons if lesson.pk in done_ids)
    resume = next((lesson for lesson in lessons if lesson.pk not in done_ids), None)
    return CourseProgress(enrollment, done_ids, done, len(lessons),
                          _percent(done, len(lessons)), resume)


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

