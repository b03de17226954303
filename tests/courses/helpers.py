"""Demo content for the learning tests: the demo's live courses, people and delegations."""

import datetime

from django.contrib.auth import get_user_model

from courses.models import CoursePage, Enrollment, LessonPage, Quiz
from directory.models import Participant, Region
from visits.models import Delegation, DelegationMember

User = get_user_model()


def user(username: str):
    return User.objects.get(username=username)


def course() -> CoursePage:
    """The first live course of the demo (SIPD), enrolment open."""
    return CoursePage.objects.live().order_by("path").first()


def before_any_learning(of: CoursePage) -> CoursePage:
    """
    The course as its trainers published it, before anyone learned in it: the demo's
    enrolments in it (with their progress and attempts) and its demo pre-/post-test
    are deleted, inside the test's rolled-back transaction. For the tests that enrol
    their own learners and write their own quizzes; other courses keep their demo data.
    """
    Enrollment.objects.filter(course=of).delete()
    Quiz.objects.filter(course=of).delete()
    return of


def lessons(of: CoursePage) -> list[LessonPage]:
    """The live lessons of a course in outline order, as LessonPage objects."""
    ids = [lesson.pk for _module, items in of.outline() for lesson in items]
    pages = LessonPage.objects.in_bulk(ids)
    return [pages[pk] for pk in ids]


def delegation(region_slug: str) -> Delegation:
    return Delegation.objects.get(home_region__slug=region_slug)


KONUT, MALUT = "kab-konawe-utara", "prov-maluku-utara"


def delegation_with_members(size: int, start: int) -> Delegation:
    """A new Konut delegation with `size` members who each have an account."""
    konut = Region.objects.get(slug=KONUT)
    host = Region.objects.exclude(pk=konut.pk).first()
    group = Delegation.objects.create(
        name=f"Uji {size}", home_region=konut, host_region=host,
        start_date=datetime.date(2026, 3, 1), end_date=datetime.date(2026, 3, 3))
    for n in range(start, start + size):
        account = User.objects.create_user(username=f"anggota{n}", password="x")
        person = Participant.objects.create(user=account, full_name=f"Anggota {n}",
                                            region=konut, email=f"anggota{n}@contoh.test")
        DelegationMember.objects.create(delegation=group, participant=person)
    return group
