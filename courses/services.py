"""
Writes about learning: enrolment and lesson progress. Each service takes keyword-only
arguments, runs in one transaction and refuses with DomainError or AccessDenied and a
stable code. Repeats are harmless (enrolling twice, marking a lesson done twice).

Quizzes (pre- and post-test): quiz_attempt_start and quiz_attempt_submit. A refused
submission stores nothing.

Who may enrol or withdraw someone else is the access rule of directory.access: an
organiser anyone, a coordinator the people of their region, anyone else only themselves.
"""

import random
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import (
    check_manages_delegation,
    participants_visible_to,
)
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError
from visits.models import Delegation, DelegationMember

from .models import (
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    Question,
    Quiz,
    QuizAttempt,
)

Status = Enrollment.Status


def _manages(actor, learner) -> bool:
    """The actor is the learner, an organiser, or the coordinator of the learner's region."""
    if actor.pk == learner.pk or is_organiser(actor):
        return True
    return participants_visible_to(actor).filter(user=learner).exists()


def _check_open(course: CoursePage) -> None:
    if not course.enrolment_open:
        raise DomainError("enrolment_closed", _("Enrolment in this course is closed."))


@transaction.atomic
def enrollment_create(*, user, course: CoursePage, enrolled_by=None,
                      delegation: Delegation | None = None) -> Enrollment:
    """
    Enrol `user` in `course`. Enrolling again returns the existing enrolment; a withdrawn
    one is made active again (its progress kept). `enrolled_by`, when someone else, must
    manage the learner (and the delegation, when one is given).
    """
    actor = enrolled_by or user
    if not _manages(actor, user):
        raise AccessDenied("learner_forbidden", _("You may not enrol this person."))
    if delegation is not None:
        check_manages_delegation(actor, delegation)
    enrollment = (Enrollment.objects.select_for_update()
                  .filter(user=user, course=course).first())
    if enrollment is not None and enrollment.status != Status.WITHDRAWN:
        return enrollment
    _check_open(course)
    if enrollment is not None:
        enrollment.status = Status.ACTIVE
        enrollment.enrolled_at = timezone.now()
        enrollment.enrolled_by = actor
        enrollment.delegation = delegation or enrollment.delegation
        enrollment.save(update_fields=["status", "enrolled_at", "enrolled_by", "delegation"])
        enrollment_refresh_completion(enrollment)
        return enrollment
    try:
        with transaction.atomic():
            return Enrollment.objects.create(user=user, course=course, enrolled_by=actor,
                                             delegation=delegation)
    except IntegrityError:  # the same enrolment, sent twice at the same moment
        return Enrollment.objects.get(user=user, course=course)


@transaction.atomic
def delegation_enroll(*, user, delegation: Delegation, course: CoursePage) -> tuple[int, int]:
    """
    Enrol every member of the delegation who has an account: (newly enrolled, members
    with an account). The same number of queries for 5 or 500 members; running it again
    enrols nobody twice. Withdrawn members are made active again.
    """
    check_manages_delegation(user, delegation)
    _check_open(course)
    user_ids = set(DelegationMember.objects.filter(
        delegation=delegation, participant__user__isnull=False,
    ).values_list("participant__user_id", flat=True))
    existing = dict(Enrollment.objects.filter(course=course, user_id__in=user_ids)
                    .values_list("user_id", "status"))
    now = timezone.now()
    missing = sorted(user_ids - existing.keys())
    Enrollment.objects.bulk_create([
        Enrollment(user_id=user_id, course=course, enrolled_by=user, delegation=delegation,
                   enrolled_at=now)
        for user_id in missing
    ])
    withdrawn = [user_id for user_id, status in existing.items() if status == Status.WITHDRAWN]
    if withdrawn:
        Enrollment.objects.filter(course=course, user_id__in=withdrawn,
                                  status=Status.WITHDRAWN).update(
            status=Status.ACTIVE, enrolled_at=now, enrolled_by=user, delegation=delegation)
    return len(missing) + len(withdrawn), len(user_ids)


@transaction.atomic
def enrollment_withdraw(*, user, enrollment: Enrollment) -> Enrollment:
    """Withdraw from a course (one's own, or a learner one manages); progress is kept."""
    if not _manages(user, enrollment.user):
        raise AccessDenied("learner_forbidden", _("You may not change this enrolment."))
    if enrollment.status == Status.COMPLETED:
        raise DomainError("already_completed", _("A completed course stays on your record."))
    if enrollment.status != Status.WITHDRAWN:
        enrollment.status = Status.WITHDRAWN
        enrollment.save(update_fields=["status"])
    return enrollment


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """
    Mark a lesson done for the signed-in learner. They must be enrolled (active, or
    already completed) in the lesson's course. Marking it again changes nothing.
    The progress returned carries `finished_course`: True when this call completed
    the course.
    """
    course = CoursePage.objects.ancestor_of(lesson).first()
    enrollment = (Enrollment.objects.select_for_update()
                  .filter(user=user, course=course)
                  .exclude(status=Status.WITHDRAWN).select_related("course").first()
                  if course is not None else None)
    if enrollment is None:
        raise DomainError("not_enrolled", _("Enrol in the course to record your progress."))
    if not lesson.live:
        raise DomainError("lesson_not_live", _("This lesson is not published."))
    progress, _created = LessonProgress.objects.get_or_create(enrollment=enrollment,
                                                              lesson_id=lesson.pk)
    was_completed = enrollment.status == Status.COMPLETED
    progress.enrollment = enrollment
    progress.finished_course = enrollment_refresh_completion(enrollment) and not was_completed
    return progress


def post_test_passed(enrollment: Enrollment) -> bool:
    """True when the course has no post-test, or one of the learner's attempts at it
    passed."""
    post = Quiz.objects.filter(course_id=enrollment.course_id, kind=Quiz.Kind.POST).first()
    if post is None:
        return True
    return QuizAttempt.objects.filter(enrollment=enrollment, quiz=post,
                                      submitted_at__isnull=False, passed=True).exists()


# Every check must hold, besides "every live lesson is done", for a course to count as
# completed. Later slices append to this list (or extend post_test_passed).
COMPLETION_CHECKS: list[Callable[[Enrollment], bool]] = [post_test_passed]


def enrollment_refresh_completion(enrollment: Enrollment) -> bool:
    """
    The one place where an enrolment becomes completed: every live lesson of the
    course (its outline) is done and every check in COMPLETION_CHECKS passes. Then the
    status is COMPLETED with completed_at set. A completion is never taken back (a
    lesson added later does not revoke it). Returns whether it is completed.
    Call it inside the caller's transaction.
    """
    if enrollment.status == Status.COMPLETED:
        return True
    if enrollment.status != Status.ACTIVE:
        return False
    lesson_ids = {lesson.pk for _module, lessons in enrollment.course.outline()
                  for lesson in lessons}
    if not lesson_ids:
        return False
    done = set(LessonProgress.objects.filter(enrollment=enrollment, lesson_id__in=lesson_ids)
               .values_list("lesson_id", flat=True))
    if done != lesson_ids or not all(check(enrollment) for check in COMPLETION_CHECKS):
        return False
    enrollment.status = Status.COMPLETED
    enrollment.completed_at = timezone.now()
    enrollment.save(update_fields=["status", "completed_at"])
    return True


def _quiz_enrollment(user, quiz: Quiz, *, lock: bool = False) -> Enrollment:
    """The user's enrolment (active or completed) in the quiz's course."""
    queryset = Enrollment.objects.filter(user=user, course_id=quiz.course_id).exclude(
        status=Status.WITHDRAWN).select_related("course")
    enrollment = (queryset.select_for_update() if lock else queryset).first()
    if enrollment is None:
        raise DomainError("not_enrolled", _("Enrol in the course to take this test."))
    return enrollment


@transaction.atomic
def quiz_attempt_start(*, user, quiz: Quiz) -> QuizAttempt:
    """
    Start (or continue) the learner's attempt at a quiz. An unsubmitted attempt is
    reused; a new one stores the question order (shuffled when the quiz says so).
    Refuses "not_enrolled" and "no_attempts_left" (a pre-test is taken once).
    """
    enrollment = _quiz_enrollment(user, quiz, lock=True)  # the lock serialises starts
    attempts = list(QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz)
                    .order_by("number"))
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    if open_attempt is not None:
        return open_attempt
    if len(attempts) >= quiz_attempts_allowed(quiz):
        raise DomainError("no_attempts_left", _("You have no attempts left for this test."))
    order = list(Question.objects.filter(quiz=quiz).order_by("sort_order", "pk")
                 .values_list("pk", flat=True))
    if quiz.shuffle_questions:
        random.shuffle(order)
    return QuizAttempt.objects.create(
        enrollment=enrollment, quiz=quiz, question_order=order,
        number=(attempts[-1].number + 1) if attempts else 1)


def quiz_attempts_allowed(quiz: Quiz) -> int:
    return quiz.attempts_allowed


def _tampered(code: str) -> DomainError:
    messages = {
        "foreign_question": _("This answer sheet contains a question that is not part of "
                              "this test. Nothing was saved; please answer again."),
        "unknown_option": _("This answer sheet contains an option that does not belong to "
                            "its question. Nothing was saved; please answer again."),
        "one_answer_expected": _("Choose exactly one answer for each single-choice or "
                                 "true/false question. Nothing was saved."),
    }
    return DomainError(code, messages[code])


@transaction.atomic
def quiz_attempt_submit(*, user, attempt: QuizAttempt,
                        answers: dict[int, list[int]]) -> QuizAttempt:
    """
    Submit the learner's answers ({question id: [option ids]}) and score the attempt:
    the share of questions answered exactly right (a multiple-choice question only
    when the chosen set is the correct set; an unanswered question is wrong). Every
    check runs before anything is stored: a refused submission changes nothing.
    Then the course's completion is refreshed (a passed post-test may complete it).
    """
    attempt = (QuizAttempt.objects.select_for_update()
               .select_related("quiz", "enrollment", "enrollment__course")
               .filter(pk=attempt.pk, enrollment__user=user).first())
    if attempt is None:
        raise AccessDenied("attempt_forbidden", _("This is not your attempt."))
    if attempt.enrollment.status == Status.WITHDRAWN:
        raise DomainError("not_enrolled", _("Enrol in the course to take this test."))
    if attempt.submitted_at is not None:
        raise DomainError("already_submitted", _("This attempt has already been submitted."))
    quiz = attempt.quiz
    questions = {q.pk: q for q in Question.objects.filter(quiz=quiz)
                 .prefetch_related("options")}
    chosen: dict[int, set[int]] = {}
    for raw_question, raw_options in answers.items():
        try:
            question_id = int(raw_question)
            option_ids = {int(option) for option in raw_options}
        except (TypeError, ValueError):
            raise _tampered("unknown_option") from None
        question = questions.get(question_id)
        if question is None or question_id not in attempt.question_order:
            raise _tampered("foreign_question")
        if not option_ids <= {option.pk for option in question.options.all()}:
            raise _tampered("unknown_option")
        if question.single_answer and len(option_ids) > 1:
            raise _tampered("one_answer_expected")
        if option_ids:
            chosen[question_id] = option_ids
    scored = [pk for pk in attempt.question_order if pk in questions]
    correct = sum(
        1 for pk in scored
        if chosen.get(pk, set()) == {o.pk for o in questions[pk].options.all() if o.is_correct}
    )
    attempt.answers = {str(pk): sorted(ids) for pk, ids in chosen.items()}
    attempt.score = round(correct * 100 / len(scored), 2) if scored else 0.0
    attempt.passed = attempt.score >= quiz.pass_mark
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
    enrollment_refresh_completion(attempt.enrollment)
    return attempt
