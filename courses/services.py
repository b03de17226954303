"""
Writes about learning: enrolment and lesson progress. Each service takes keyword-only
arguments, runs in one transaction and refuses with DomainError or AccessDenied and a
stable code. Repeats are harmless (enrolling twice, marking a lesson done twice).

Who may enrol or withdraw someone else is the access rule of directory.access: an
organiser anyone, a coordinator the people of their region, anyone else only themselves.
"""

from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import delegations_visible_to, participants_visible_to
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError
from visits.models import Delegation, DelegationMember

from .models import CoursePage, Enrollment, LessonPage, LessonProgress

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
    if delegation is not None and not delegations_visible_to(actor).filter(
            pk=delegation.pk).exists():
        raise AccessDenied("delegation_forbidden", _("You may not manage this delegation."))
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
    if not delegations_visible_to(user).filter(pk=delegation.pk).exists():
        raise AccessDenied("delegation_forbidden", _("You may not manage this delegation."))
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
    """
    Hook for the quiz slice: True when the course has no post-test, or the learner
    passed it. Until quizzes exist every course is "no post-test".
    """
    return True


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
