"""
The learner's pages: "My courses" (their enrolments with progress), and the POST
actions behind the buttons on course and lesson pages: enrol, withdraw, mark a lesson
done. Objects are looked up so that another person's enrolment is a 404; writes go
through courses.services, and a refusal (DomainError) is shown as a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.errors import DomainError

from .models import CoursePage, Enrollment, LessonPage
from .selectors import enrollment_list_for_user
from .services import enrollment_create, enrollment_withdraw, lesson_complete


def _public(queryset):
    return queryset.live().public()


@login_required
def my_courses(request):
    return render(request, "courses/my_courses.html",
                  {"enrollments": enrollment_list_for_user(request.user)})


@require_POST
@login_required
def course_enroll(request, course_id: int):
    course = get_object_or_404(_public(CoursePage.objects), pk=course_id)
    try:
        enrollment = enrollment_create(user=request.user, course=course)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if enrollment.status == Enrollment.Status.COMPLETED:
            messages.info(request, _("You have already completed this course."))
        else:
            messages.success(request, _("You are enrolled. Your progress is now recorded."))
    return redirect(course.get_url(request))


@require_POST
@login_required
def enrollment_leave(request, enrollment_id: int):
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("user", "course"), pk=enrollment_id,
        user=request.user)
    try:
        enrollment_withdraw(user=request.user, enrollment=enrollment)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        message = _("You have withdrawn from %(course)s. Your progress is kept if you enrol "
                    "again.")
        messages.success(request, message % {"course": enrollment.course.title})
    return redirect("my_courses")


@require_POST
@login_required
def lesson_done(request, lesson_id: int):
    """Mark the lesson done, then go on to the next lesson (or stay on the last one)."""
    lesson = get_object_or_404(_public(LessonPage.objects), pk=lesson_id)
    try:
        progress = lesson_complete(user=request.user, lesson=lesson)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(lesson.get_url(request))
    enrollment = progress.enrollment
    if progress.finished_course:
        messages.success(request, _("Congratulations, you have completed %(course)s!")
                         % {"course": enrollment.course.title})
    sequence = [item for _module, items in enrollment.course.outline() for item in items]
    ids = [item.pk for item in sequence]
    if lesson.pk in ids and ids.index(lesson.pk) + 1 < len(ids):
        return redirect(sequence[ids.index(lesson.pk) + 1].get_url(request))
    return redirect(lesson.get_url(request))
