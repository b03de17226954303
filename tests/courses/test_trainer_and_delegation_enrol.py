"""
The trainer's view of their own courses (/kursus-saya/ajar/): who sees which course,
each learner's progress, last activity and pre-/post-test scores, and a query count that
does not grow with the learners. The coordinator's "enrol this delegation" page
(/delegasi/<id>/kursus/daftarkan/) and the "Courses" section of the delegation page.

Every course here is built fresh (the demo's courses may get demo enrolments), and the
learners' data is written through the services. Assertions are on status codes,
stored data and context, never on wording.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseIndexPage, CoursePage, Enrollment, LessonPage, ModulePage
from courses.services import (
    delegation_enroll,
    enrollment_create,
    enrollment_withdraw,
    lesson_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from directory.models import Agency, Region
from directory.roles import ORGANISER, TRAINER
from directory.services import participant_create
from visits.models import Delegation, DelegationMember

from .helpers import KONUT, course, delegation, delegation_with_members, user
from .test_quizzes import key, make_quiz, wrong

pytestmark = pytest.mark.django_db
User = get_user_model()


def trainer_account(username: str = "pelatih.uji"):
    account = User.objects.create_user(username=username, password="x")
    account.groups.add(Group.objects.get(name=TRAINER))
    return account


def fresh_course(trainers, *, lessons: int = 3, live: bool = True,
                 enrolment_open: bool = True, slug: str = "kursus-uji-pelatih") -> CoursePage:
    """A course of one module with `lessons` live lessons, trained by `trainers`."""
    index = CourseIndexPage.objects.get()
    new = CoursePage(title="Kursus Uji Pelatih", slug=slug, summary="Ringkasan.",
                     enrolment_open=enrolment_open, live=live)
    index.add_child(instance=new)
    new.trainers.set(trainers)
    new.save()
    module = new.add_child(instance=ModulePage(title="Modul", slug="modul"))
    for n in range(lessons):
        module.add_child(instance=LessonPage(title=f"Pelajaran {n}", slug=f"pelajaran-{n}",
                                             body=[("paragraph", "<p>Isi.</p>")]))
    return CoursePage.objects.get(pk=new.pk)


def course_lessons(of: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(of).live().order_by("path"))


def learner(name: str, sequence: int, *, agency: str = "Bappeda"):
    konut = Region.objects.get(slug=KONUT)
    return participant_create(
        full_name=name, region=konut, email=f"uji{sequence}@contoh.test", password="x",
        agency=Agency.objects.get(region=konut, acronym=agency)).user


def rows_of(response) -> dict[str, Enrollment]:
    assert response.status_code == 200
    return {row.learner_name: row for row in response.context["learners"]}


@pytest.fixture
def taught():
    """A trainer's fresh course with a pre-test and a post-test, and three learners:
    Budi (2 of 3 lessons, pre 0%, post 33% then 100%), Citra (enrolled, nothing yet)
    and Dewi (withdrawn)."""
    trainer = trainer_account()
    of = fresh_course([trainer])
    pre, post = make_quiz(of, "pre"), make_quiz(of, "post")
    budi, citra, dewi = (learner("Budi Santoso", 901), learner("Citra Lestari", 902),
                         learner("Dewi Anggraini", 903, agency="BPKAD"))
    for person in (budi, citra, dewi):
        enrollment_create(user=person, course=of)
    first, second, _third = course_lessons(of)
    lesson_complete(user=budi, lesson=first)
    lesson_complete(user=budi, lesson=second)
    quiz_attempt_submit(user=budi, attempt=quiz_attempt_start(user=budi, quiz=pre),
                        answers=wrong(pre))
    one_right = {pk: options for pk, options in list(key(post).items())[:1]}
    quiz_attempt_submit(user=budi, attempt=quiz_attempt_start(user=budi, quiz=post),
                        answers=one_right)
    quiz_attempt_submit(user=budi, attempt=quiz_attempt_start(user=budi, quiz=post),
                        answers=key(post))
    enrollment_withdraw(user=dewi, enrollment=Enrollment.objects.get(user=dewi, course=of))
    return {"trainer": trainer, "course": of, "budi": budi, "citra": citra, "dewi": dewi}


# The trainer's pages --------------------------------------------------------------------

def test_the_trainer_sees_each_learners_progress_activity_and_scores(client, taught):
    of = taught["course"]
    client.force_login(taught["trainer"])
    response = client.get(f"/kursus-saya/ajar/{of.pk}/")
    rows = rows_of(response)
    assert set(rows) == {"Budi Santoso", "Citra Lestari", "Dewi Anggraini"}
    budi, citra, dewi = rows["Budi Santoso"], rows["Citra Lestari"], rows["Dewi Anggraini"]
    assert (budi.lesson_done, budi.lesson_total, budi.percent) == (2, 3, 67)
    assert (budi.pre_score, budi.post_best, budi.improvement) == (0, 100, 100)
    assert (budi.region_name, budi.agency_acronym) == ("Kabupaten Konawe Utara", "Bappeda")
    latest_submission = max(budi.quiz_attempts.values_list("submitted_at", flat=True))
    assert budi.last_activity == latest_submission
    assert (citra.lesson_done, citra.percent, citra.pre_score, citra.improvement) == (
        0, 0, None, None)
    assert citra.last_activity == citra.enrolled_at
    assert (citra.status, dewi.status, dewi.agency_acronym) == ("active", "withdrawn", "BPKAD")
    page = response.content.decode()
    assert 'role="progressbar"' in page and 'aria-valuenow="67"' in page
    assert response.context["course"].enrolled_count == 2  # withdrawn left out
    assert response.context["course"].active_count == 2


def test_learners_can_be_searched_filtered_and_sorted(client, taught):
    url = f"/kursus-saya/ajar/{taught['course'].pk}/"
    client.force_login(taught["trainer"])
    assert list(rows_of(client.get(url, {"q": "citra"}))) == ["Citra Lestari"]
    assert list(rows_of(client.get(url, {"status": "withdrawn"}))) == ["Dewi Anggraini"]
    by_progress = [row.learner_name for row in
                   client.get(url, {"urut": "progress"}).context["learners"]]
    assert by_progress[0] == "Budi Santoso"
    by_name = [row.learner_name for row in client.get(url, {"urut": "nonsense"})
               .context["learners"]]
    assert by_name == sorted(by_name)
    empty = client.get(url, {"q": "tidak ada orang ini"})
    assert empty.status_code == 200 and not list(empty.context["learners"])


def test_the_trainers_list_shows_their_live_and_draft_courses_with_counts(client, taught):
    trainer = taught["trainer"]
    draft = fresh_course([trainer], live=False, slug="kursus-uji-draf")
    client.force_login(trainer)
    response = client.get("/kursus-saya/ajar/")
    assert response.status_code == 200
    courses = {c.pk: c for c in response.context["courses"]}
    assert set(courses) == {taught["course"].pk, draft.pk}
    counts = courses[taught["course"].pk]
    assert (counts.enrolled_count, counts.active_count, counts.completed_count) == (2, 2, 0)
    assert f'href="/kursus-saya/ajar/{draft.pk}/"' in response.content.decode()
    assert client.get(f"/kursus-saya/ajar/{draft.pk}/").status_code == 200


def test_a_completed_learner_counts_as_completed(client):
    trainer = trainer_account()
    of = fresh_course([trainer], lessons=1)
    person = learner("Eka Putri", 904)
    enrollment_create(user=person, course=of)
    lesson_complete(user=person, lesson=course_lessons(of)[0])
    client.force_login(trainer)
    counts = client.get("/kursus-saya/ajar/").context["courses"][0]
    assert (counts.enrolled_count, counts.active_count, counts.completed_count) == (1, 0, 1)
    row = rows_of(client.get(f"/kursus-saya/ajar/{of.pk}/"))["Eka Putri"]
    assert (row.status, row.percent) == ("completed", 100)


def test_a_trainer_of_one_course_gets_404_for_another(client, taught):
    client.force_login(taught["trainer"])
    demo = course()  # trained by the demo "fasilitator", not by this trainer
    assert client.get(f"/kursus-saya/ajar/{demo.pk}/").status_code == 404
    assert client.get("/kursus-saya/ajar/999999/").status_code == 404
    client.force_login(user("fasilitator"))
    assert client.get(f"/kursus-saya/ajar/{taught['course'].pk}/").status_code == 404
    assert client.get(f"/kursus-saya/ajar/{demo.pk}/").status_code == 200


@pytest.mark.parametrize("username", ["penyelenggara", "admin"])
def test_organisers_and_superusers_see_every_course(client, taught, username):
    client.force_login(user(username))
    assert len(rows_of(client.get(f"/kursus-saya/ajar/{taught['course'].pk}/"))) == 3
    listed = {c.pk for c in client.get("/kursus-saya/ajar/").context["courses"].paginator
              .object_list}
    assert taught["course"].pk in listed and course().pk in listed


@pytest.mark.parametrize("username", ["peserta", "koordinator.konut"])
def test_people_who_train_nothing_see_an_empty_list_and_no_course(client, taught, username):
    client.force_login(user(username))
    response = client.get("/kursus-saya/ajar/")
    assert response.status_code == 200 and response.context["courses"].paginator.count == 0
    assert client.get(f"/kursus-saya/ajar/{taught['course'].pk}/").status_code == 404
    assert "/kursus-saya/ajar/" not in client.get("/kursus-saya/").content.decode()


def test_a_trainer_is_offered_the_link_on_my_courses_and_in_the_menu(client, taught):
    client.force_login(taught["trainer"])
    assert client.get("/kursus-saya/").content.decode().count('href="/kursus-saya/ajar/"') == 2
    assert 'href="/kursus-saya/ajar/"' in client.get("/profil/").content.decode()
    learner_account = taught["budi"]
    client.force_login(learner_account)
    assert 'href="/kursus-saya/ajar/"' not in client.get("/kursus-saya/").content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, taught):
    for url in ["/kursus-saya/ajar/", f"/kursus-saya/ajar/{taught['course'].pk}/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(
            "/akun/masuk/?next=/kursus-saya/ajar/"), url


def _learner_page_queries(client, of: CoursePage, trainer) -> int:
    url = f"/kursus-saya/ajar/{of.pk}/"
    client.force_login(trainer)
    client.get(url)  # warm: site root paths, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"urut": "activity"})
    assert response.status_code == 200
    return len(queries)


def _enrol_group(of: CoursePage, size: int, start: int) -> None:
    group = delegation_with_members(size, start)
    delegation_enroll(user=user("koordinator.konut"), delegation=group, course=of)
    lessons = course_lessons(of)
    for member in list(group.members.select_related("user"))[::2]:
        lesson_complete(user=member.user, lesson=lessons[0])


def test_the_learner_page_costs_the_same_queries_for_3_and_30_learners(client):
    trainer = trainer_account()
    of = fresh_course([trainer])
    _enrol_group(of, 3, 3100)
    three = _learner_page_queries(client, of, trainer)
    _enrol_group(of, 27, 3200)
    assert Enrollment.objects.filter(course=of).count() == 30
    thirty = _learner_page_queries(client, of, trainer)
    assert three == thirty, (three, thirty)
    assert thirty <= 15
    second_page = client.get(f"/kursus-saya/ajar/{of.pk}/", {"page": 2})
    assert len(second_page.context["learners"]) == 5  # 25 a page


# The coordinator's "enrol this delegation" page -----------------------------------------

def enrol_url(group: Delegation) -> str:
    return f"/delegasi/{group.pk}/kursus/daftarkan/"


def numbers(message) -> list[int]:
    return sorted(int(n) for n in re.findall(r"\d+", str(message)))


def test_a_coordinator_enrols_their_delegation_once(client):
    konut, coordinator = delegation(KONUT), user("koordinator.konut")
    of = fresh_course([trainer_account()])
    member_users = set(konut.memberships.values_list("participant__user_id", flat=True))
    client.force_login(coordinator)
    form_page = client.get(enrol_url(konut))
    assert form_page.status_code == 200
    assert f'value="{of.pk}"' in form_page.content.decode()

    response = client.post(enrol_url(konut), {"course": of.pk}, follow=True)
    assert response.redirect_chain == [(f"/delegasi/{konut.pk}/", 302)]
    enrolled = Enrollment.objects.filter(course=of)
    assert set(enrolled.values_list("user_id", flat=True)) == member_users
    assert set(enrolled.values_list("delegation_id", flat=True)) == {konut.pk}
    [message] = list(response.context["messages"])
    assert message.level_tag == "success"
    assert numbers(message) == sorted([len(member_users), 0])
    section = {c.pk: c for c in response.context["courses"]}
    assert (section[of.pk].enrolled_count, section[of.pk].completed_count) == (
        len(member_users), 0)
    assert f"/delegasi/{konut.pk}/kursus/daftarkan/" in response.content.decode()

    again = client.post(enrol_url(konut), {"course": of.pk}, follow=True)
    assert Enrollment.objects.filter(course=of).count() == len(member_users)
    [message] = list(again.context["messages"])
    assert numbers(message) == sorted([0, len(member_users)])


def test_the_delegation_page_lists_courses_members_enrolled_in_on_their_own(client):
    konut = delegation(KONUT)
    of = fresh_course([trainer_account()], lessons=1)
    member = konut.members.select_related("user").first()
    enrollment_create(user=member.user, course=of)
    lesson_complete(user=member.user, lesson=course_lessons(of)[0])
    client.force_login(user("koordinator.konut"))
    response = client.get(f"/delegasi/{konut.pk}/")
    section = {c.pk: c for c in response.context["courses"]}
    assert (section[of.pk].enrolled_count, section[of.pk].completed_count) == (1, 1)


def test_a_closed_course_is_refused_on_the_form_and_nothing_is_stored(client):
    konut = delegation(KONUT)
    closed = fresh_course([trainer_account()], enrolment_open=False)
    client.force_login(user("koordinator.konut"))
    assert f'value="{closed.pk}"' not in client.get(enrol_url(konut)).content.decode()
    response = client.post(enrol_url(konut), {"course": closed.pk})
    assert response.status_code == 200
    assert [e.code for e in response.context["form"].errors.as_data()["course"]] == [
        "enrolment_closed"]
    assert not Enrollment.objects.filter(course=closed).exists()


def test_no_course_or_a_draft_course_is_a_form_error(client):
    konut = delegation(KONUT)
    draft = fresh_course([trainer_account()], live=False)
    client.force_login(user("koordinator.konut"))
    for data in [{}, {"course": draft.pk}, {"course": "x"}]:
        response = client.post(enrol_url(konut), data)
        assert response.status_code == 200 and response.context["form"].errors["course"]
    assert not Enrollment.objects.filter(course=draft).exists()


@pytest.mark.parametrize("username", ["koordinator.malut", "peserta", "fasilitator"])
def test_others_get_404_and_store_nothing(client, username):
    konut = delegation(KONUT)
    of = fresh_course([trainer_account()])
    client.force_login(user(username))
    assert client.get(enrol_url(konut)).status_code == 404
    assert client.post(enrol_url(konut), {"course": of.pk}).status_code == 404
    assert not Enrollment.objects.filter(course=of).exists()


def test_an_organiser_may_enrol_any_delegation_and_anonymous_must_sign_in(client):
    malut = Delegation.objects.get(home_region__slug="prov-maluku-utara")
    of = fresh_course([trainer_account()])
    response = client.post(enrol_url(malut), {"course": of.pk})
    assert response["Location"].startswith("/akun/masuk/")
    assert not Enrollment.objects.filter(course=of).exists()
    organiser = User.objects.create_user(username="penyelenggara.uji", password="x")
    organiser.groups.add(Group.objects.get(name=ORGANISER))
    client.force_login(organiser)
    assert client.post(enrol_url(malut), {"course": of.pk}).status_code == 302
    assert Enrollment.objects.filter(course=of).count() == malut.memberships.count()


def test_a_delegation_without_members_shows_no_form(client):
    konut = delegation(KONUT)
    empty = Delegation.objects.create(
        name="Delegasi Kosong", home_region=konut.home_region, host_region=konut.host_region,
        start_date=datetime.date(2026, 5, 1), end_date=datetime.date(2026, 5, 2))
    client.force_login(user("koordinator.konut"))
    response = client.get(enrol_url(empty))
    assert response.status_code == 200 and response.context["member_count"] == 0
    assert "<select" not in response.content.decode()
    assert not DelegationMember.objects.filter(delegation=empty).exists()
