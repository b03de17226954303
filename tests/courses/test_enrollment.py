"""
Enrolment and lesson progress (courses.services): enrol oneself, a closed course, a
delegation at once in constant queries, withdraw and re-enrol, completing a course.

Every test starts from the demo SIPD course before anyone learned in it (no enrolments,
no pre-/post-test: `before_any_learning`); the other demo courses keep their learners.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment, LessonProgress
from courses.services import (
    delegation_enroll,
    enrollment_create,
    enrollment_withdraw,
    lesson_complete,
)
from lms.errors import AccessDenied, DomainError

from .helpers import (
    KONUT,
    MALUT,
    before_any_learning,
    course,
    delegation,
    delegation_with_members,
    lessons,
    user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sipd_before_any_learning():
    before_any_learning(course())


def test_enrol_self_is_active_and_repeating_returns_the_same_enrolment():
    learner, sipd = user("peserta"), course()
    first = enrollment_create(user=learner, course=sipd)
    assert first.status == Enrollment.Status.ACTIVE
    assert first.enrolled_by == learner
    assert enrollment_create(user=learner, course=sipd).pk == first.pk
    assert Enrollment.objects.filter(user=learner, course=sipd).count() == 1


def test_a_closed_course_refuses_with_a_code_and_stores_nothing():
    sipd = course()
    sipd.enrolment_open = False
    sipd.save(update_fields=["enrolment_open"])
    with pytest.raises(DomainError) as refused:
        enrollment_create(user=user("peserta"), course=sipd)
    assert refused.value.code == "enrolment_closed"
    assert not Enrollment.objects.filter(course=sipd).exists()


def test_a_participant_cannot_enrol_someone_else():
    other = delegation(MALUT).memberships.first().participant.user
    with pytest.raises(AccessDenied):
        enrollment_create(user=other, course=course(), enrolled_by=user("peserta"))


def test_a_coordinator_enrols_a_person_of_their_region_not_of_another():
    coordinator = user("koordinator.konut")
    konut_person = delegation(KONUT).memberships.exclude(
        participant__user__isnull=True).first().participant.user
    malut_person = delegation(MALUT).memberships.exclude(
        participant__user__isnull=True).first().participant.user
    enrolment = enrollment_create(user=konut_person, course=course(), enrolled_by=coordinator)
    assert enrolment.enrolled_by == coordinator
    with pytest.raises(AccessDenied):
        enrollment_create(user=malut_person, course=course(), enrolled_by=coordinator)


def test_delegation_enrolment_twice_enrols_nobody_twice():
    konut, sipd = delegation(KONUT), course()
    with_account = konut.memberships.filter(participant__user__isnull=False).count()
    assert with_account > 0
    created, total = delegation_enroll(user=user("koordinator.konut"), delegation=konut,
                                       course=sipd)
    assert (created, total) == (with_account, with_account)
    assert delegation_enroll(user=user("koordinator.konut"), delegation=konut,
                             course=sipd) == (0, with_account)
    enrolments = Enrollment.objects.filter(course=sipd, delegation=konut)
    assert enrolments.count() == with_account
    assert set(enrolments.values_list("enrolled_by__username", flat=True)) == {
        "koordinator.konut"}


def _enrol_queries(size: int, start: int) -> int:
    group, coordinator = delegation_with_members(size, start), user("koordinator.konut")
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)  # no cached role
    with CaptureQueriesContext(connection) as queries:
        assert delegation_enroll(user=coordinator, delegation=group,
                                 course=course()) == (size, size)
    return len(queries)


def test_delegation_enrolment_takes_the_same_queries_for_10_and_40_members():
    ten, forty = _enrol_queries(10, 1000), _enrol_queries(40, 2000)
    assert ten == forty, (ten, forty)
    assert ten <= 10


def test_delegation_enrolment_reactivates_withdrawn_members():
    konut, sipd, coordinator = delegation(KONUT), course(), user("koordinator.konut")
    delegation_enroll(user=coordinator, delegation=konut, course=sipd)
    one = Enrollment.objects.filter(course=sipd, delegation=konut).first()
    enrollment_withdraw(user=one.user, enrollment=one)
    created, total = delegation_enroll(user=coordinator, delegation=konut, course=sipd)
    assert created == 1
    one.refresh_from_db()
    assert one.status == Enrollment.Status.ACTIVE


def test_a_konut_coordinator_cannot_enrol_the_malut_delegation():
    with pytest.raises(AccessDenied):
        delegation_enroll(user=user("koordinator.konut"), delegation=delegation(MALUT),
                          course=course())
    assert not Enrollment.objects.filter(delegation=delegation(MALUT), course=course()).exists()


def test_an_organiser_enrols_any_delegation():
    created, total = delegation_enroll(user=user("penyelenggara"), delegation=delegation(MALUT),
                                       course=course())
    assert created == total > 0


def test_withdraw_then_enrol_again_keeps_the_progress():
    learner, sipd = user("peserta"), course()
    enrolment = enrollment_create(user=learner, course=sipd)
    lesson_complete(user=learner, lesson=lessons(sipd)[0])
    enrollment_withdraw(user=learner, enrollment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrollment.Status.WITHDRAWN
    with pytest.raises(DomainError) as refused:
        lesson_complete(user=learner, lesson=lessons(sipd)[1])
    assert refused.value.code == "not_enrolled"
    again = enrollment_create(user=learner, course=sipd)
    assert again.pk == enrolment.pk and again.status == Enrollment.Status.ACTIVE
    assert LessonProgress.objects.filter(enrollment=again).count() == 1


def test_someone_else_cannot_withdraw_your_enrolment():
    enrolment = enrollment_create(user=user("peserta"), course=course())
    malut_coordinator = user("koordinator.malut")
    with pytest.raises(AccessDenied):
        enrollment_withdraw(user=malut_coordinator, enrollment=enrolment)


def test_marking_every_lesson_done_completes_the_course_with_a_date():
    learner, sipd = user("peserta"), course()
    enrollment_create(user=learner, course=sipd)
    all_lessons = lessons(sipd)
    for lesson in all_lessons[:-1]:
        progress = lesson_complete(user=learner, lesson=lesson)
        assert not progress.finished_course
    assert Enrollment.objects.get(user=learner, course=sipd).completed_at is None
    last = lesson_complete(user=learner, lesson=all_lessons[-1])
    assert last.finished_course
    enrolment = Enrollment.objects.get(user=learner, course=sipd)
    assert enrolment.status == Enrollment.Status.COMPLETED
    assert enrolment.completed_at is not None
    # Idempotent: marking again stores nothing more and keeps the date.
    again = lesson_complete(user=learner, lesson=all_lessons[0])
    assert not again.finished_course
    assert LessonProgress.objects.filter(enrollment=enrolment).count() == len(all_lessons)
    assert Enrollment.objects.get(pk=enrolment.pk).completed_at == enrolment.completed_at
    with pytest.raises(DomainError) as refused:
        enrollment_withdraw(user=learner, enrollment=enrolment)
    assert refused.value.code == "already_completed"


def test_a_failing_completion_check_keeps_the_course_active(monkeypatch):
    from courses import services

    monkeypatch.setattr(services, "COMPLETION_CHECKS", [lambda enrollment: False])
    learner, sipd = user("peserta"), course()
    enrollment_create(user=learner, course=sipd)
    for lesson in lessons(sipd):
        lesson_complete(user=learner, lesson=lesson)
    assert Enrollment.objects.get(user=learner, course=sipd).status == "active"


def test_marking_a_lesson_without_enrolment_is_refused_and_stores_nothing():
    lesson = lessons(course())[0]
    with pytest.raises(DomainError) as refused:
        lesson_complete(user=user("peserta"), lesson=lesson)
    assert refused.value.code == "not_enrolled"
    assert not LessonProgress.objects.filter(lesson=lesson).exists()
    assert not Enrollment.objects.filter(user=user("peserta"), course=course()).exists()
