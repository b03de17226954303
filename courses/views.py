"""
The learner's pages: "My courses" (their enrolments with progress), and the POST
actions behind the buttons on course and lesson pages: enrol, withdraw, mark a lesson
done; and the pre-/post-test pages (take a quiz, see the result of an attempt).
Objects are looked up so that another person's enrolment or attempt is a 404; writes go
through courses.services, and a refusal (DomainError) is shown as a message.

A quiz page for someone not enrolled in its course redirects to the course page with
a message (they can enrol there). The quiz page never carries the correct options or
the explanations: its template only gets ids and texts.

Trainers' pages (/kursus-saya/ajar/): the courses they teach, and one course's learners
with progress, last activity and pre-/post-test scores. A course is looked up through
`course_list_for_trainer`, so a course someone does not teach is a 404 (organisers and
superusers see every course).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory.roles import is_organiser
from lms.errors import DomainError
from lms.pagination import paginate

from .models import CoursePage, Enrollment, LessonPage, Question, Quiz, QuizAttempt
from .selectors import (
    LEARNER_ORDERS,
    course_learners,
    course_list_for_trainer,
    enrollment_list_for_user,
    learner_improvement,
    learner_rows_with_percent,
    trains_courses,
)
from .services import (
    enrollment_create,
    enrollment_withdraw,
    lesson_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
    quiz_attempts_allowed,
)


def _public(queryset):
    return queryset.live().public()


@login_required
def my_courses(request):
    return render(request, "courses/my_courses.html",
                  {"enrollments": enrollment_list_for_user(request.user),
                   "teaches_courses": trains_courses(request.user)})


@login_required
def teaching(request):
    """The courses the user trains (organisers: every course) with their learner counts;
    someone who trains nothing sees an empty page."""
    every_course = is_organiser(request.user)
    courses = course_list_for_trainer(request.user, every_course=every_course)
    return render(request, "courses/teaching.html", {
        "courses": paginate(request, courses, per_page=20), "every_course": every_course})


@login_required
def teaching_course(request, course_id: int):
    """One course's learners for its trainers: searchable by name, sortable, paginated;
    the same number of queries for 3 or 300 learners."""
    courses = course_list_for_trainer(request.user,
                                      every_course=is_organiser(request.user))
    course = get_object_or_404(courses, pk=course_id)
    search = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("status", "")
    order = request.GET.get("urut", "name")
    order = order if order in LEARNER_ORDERS else "name"
    learners = paginate(request, course_learners(course, search=search, status=status,
                                                 order=order), per_page=25)
    learners.object_list = learner_rows_with_percent(learners.object_list)
    return render(request, "courses/teaching_course.html", {
        "course": course, "learners": learners, "search": search,
        "status": status if status in Enrollment.Status.values else "", "order": order,
        "statuses": Enrollment.Status.choices,
        "filtered": bool(search or status in Enrollment.Status.values),
    })


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


def _questions_in_order(attempt: QuizAttempt) -> list[Question]:
    questions = Question.objects.filter(pk__in=attempt.question_order).prefetch_related(
        "options")
    by_id = {question.pk: question for question in questions}
    return [by_id[pk] for pk in attempt.question_order if pk in by_id]


def _answer_sheet(attempt: QuizAttempt, selected: dict[str, list[str]]) -> list[dict]:
    """The questions as the learner may see them before submitting: ids and texts only
    (no `is_correct`, no explanation)."""
    return [
        {"id": question.pk, "text": question.text, "single": question.single_answer,
         "kind": question.get_kind_display(),
         "options": [{"id": option.pk, "text": option.text,
                      "checked": str(option.pk) in selected.get(str(question.pk), [])}
                     for option in question.options.all()]}
        for question in _questions_in_order(attempt)
    ]


def _posted_answers(post) -> dict[str, list[str]]:
    return {key[2:]: post.getlist(key) for key in post if key.startswith("q_")}


@login_required
def quiz_take(request, quiz_id: int):
    """GET: start or continue an attempt and show its questions. POST: submit it."""
    quiz = get_object_or_404(
        Quiz.objects.select_related("course").filter(
            course__in=_public(CoursePage.objects)), pk=quiz_id)
    course_url = quiz.course.get_url(request)
    error = None
    if request.method == "POST":
        attempt = get_object_or_404(QuizAttempt, pk=request.POST.get("attempt") or 0,
                                    quiz=quiz, enrollment__user=request.user)
        selected = _posted_answers(request.POST)
        try:
            attempt = quiz_attempt_submit(user=request.user, attempt=attempt,
                                          answers=selected)
        except DomainError as refused:
            if refused.code in {"already_submitted", "not_enrolled"}:
                messages.error(request, refused.message)
                return redirect(course_url)
            error = refused.message
        else:
            return redirect("quiz_result", attempt_id=attempt.pk)
    else:
        selected = {}
        try:
            attempt = quiz_attempt_start(user=request.user, quiz=quiz)
        except DomainError as refused:
            messages.error(request, refused.message)
            return redirect(course_url)
    return render(request, "courses/quiz_take.html", {
        "quiz": quiz, "course": quiz.course, "attempt": attempt, "error": error,
        "allowed": quiz_attempts_allowed(quiz),
        "questions": _answer_sheet(attempt, selected),
    }, status=400 if error else 200)


@login_required
def quiz_result(request, attempt_id: int):
    """The score of one's own submitted attempt, with the right answers explained."""
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "quiz__course", "enrollment"),
        pk=attempt_id, enrollment__user=request.user, submitted_at__isnull=False)
    quiz = attempt.quiz
    rows = []
    for question in _questions_in_order(attempt):
        options = list(question.options.all())
        chosen = set(attempt.answers.get(str(question.pk), []))
        correct = {option.pk for option in options if option.is_correct}
        rows.append({"question": question, "options": options, "chosen": chosen,
                     "correct_ids": correct, "is_right": chosen == correct})
    used = QuizAttempt.objects.filter(enrollment=attempt.enrollment, quiz=quiz).count()
    return render(request, "courses/quiz_result.html", {
        "attempt": attempt, "quiz": quiz, "course": quiz.course, "rows": rows,
        "attempts_left": max(quiz_attempts_allowed(quiz) - used, 0),
        "improvement": (learner_improvement(attempt.enrollment)
                        if quiz.kind == Quiz.Kind.POST else None),
    })
