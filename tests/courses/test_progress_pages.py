"""
The learner's pages: enrol, withdraw and "mark as done" buttons, progress on the course
and lesson pages, "My courses", and the query budget of the signed-in pages.

Every test starts from the demo SIPD course before anyone learned in it (no enrolments,
no pre-/post-test: `before_any_learning`); the other demo courses keep their learners.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment, LessonProgress
from courses.services import enrollment_create, lesson_complete

from .helpers import MALUT, before_any_learning, course, delegation, lessons, user

pytestmark = pytest.mark.django_db
QUERY_LIMIT = 15


@pytest.fixture(autouse=True)
def sipd_before_any_learning():
    before_any_learning(course())


def queries_for(client, url: str) -> int:
    client.get(url)  # warm: site root paths, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_enrol_from_the_course_page(client):
    sipd = course()
    client.force_login(user("peserta"))
    page = client.get(sipd.url).content.decode()
    assert f'action="/kursus-saya/daftar/{sipd.pk}/"' in page
    response = client.post(f"/kursus-saya/daftar/{sipd.pk}/")
    assert response.status_code == 302 and response["Location"] == sipd.url
    assert Enrollment.objects.get(user__username="peserta", course=sipd).status == "active"
    page = client.get(sipd.url).content.decode()
    assert f"0 dari {len(lessons(sipd))} pelajaran selesai" in page  # Indonesian by default
    assert 'role="progressbar"' in page and 'aria-valuenow="0"' in page


def test_enrolling_in_a_closed_course_shows_a_message_not_an_error(client):
    sipd = course()
    sipd.enrolment_open = False
    sipd.save(update_fields=["enrolment_open"])
    client.force_login(user("peserta"))
    assert f"/kursus-saya/daftar/{sipd.pk}/" not in client.get(sipd.url).content.decode()
    response = client.post(f"/kursus-saya/daftar/{sipd.pk}/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(sipd.url, 302)]
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not Enrollment.objects.filter(course=sipd).exists()


def test_progress_shows_on_the_course_and_lesson_pages(client):
    learner, sipd = user("peserta"), course()
    all_lessons = lessons(sipd)
    enrollment_create(user=learner, course=sipd)
    lesson_complete(user=learner, lesson=all_lessons[0])
    client.force_login(learner)

    page = client.get(sipd.url).content.decode()
    assert f"1 dari {len(all_lessons)} pelajaran selesai" in page
    assert page.count('class="outline__lesson is-done"') == 1
    # "Continue" goes to the first unfinished lesson.
    assert re.search(rf'href="{re.escape(all_lessons[1].url)}">\s*(Lanjut\w*|Continue)', page)

    done = client.get(all_lessons[0].url).content.decode()
    assert f"/kursus-saya/selesai/{all_lessons[0].pk}/" not in done
    assert 'class="lesson-done__state"' in done
    todo = client.get(all_lessons[1].url).content.decode()
    assert f'action="/kursus-saya/selesai/{all_lessons[1].pk}/"' in todo
    assert 'rel="prev"' in todo and 'rel="next"' in todo


def test_mark_as_done_goes_to_the_next_lesson_and_the_last_completes(client):
    learner, sipd = user("peserta"), course()
    all_lessons = lessons(sipd)
    client.force_login(learner)
    client.post(f"/kursus-saya/daftar/{sipd.pk}/")
    response = client.post(f"/kursus-saya/selesai/{all_lessons[0].pk}/")
    assert response["Location"] == all_lessons[1].url
    for lesson in all_lessons[1:]:
        response = client.post(f"/kursus-saya/selesai/{lesson.pk}/")
    assert response["Location"] == all_lessons[-1].url
    enrolment = Enrollment.objects.get(user=learner, course=sipd)
    assert enrolment.status == "completed" and enrolment.completed_at
    page = client.get("/kursus-saya/").content.decode()
    assert 'aria-valuenow="100"' in page
    assert enrolment.completed_at.strftime("%Y") in page


def test_mark_as_done_without_enrolment_is_a_message_and_stores_nothing(client):
    lesson = lessons(course())[0]
    client.force_login(user("peserta"))
    response = client.post(f"/kursus-saya/selesai/{lesson.pk}/")
    assert response.status_code == 302 and response["Location"] == lesson.url
    assert not LessonProgress.objects.filter(lesson=lesson).exists()


def test_bad_ids_are_404(client):
    client.force_login(user("peserta"))
    for url in ["/kursus-saya/daftar/999999/", "/kursus-saya/keluar/999999/",
                "/kursus-saya/selesai/999999/", f"/kursus-saya/daftar/{lessons(course())[0].pk}/",
                f"/kursus-saya/selesai/{course().pk}/"]:
        assert client.post(url).status_code == 404, url


def test_withdraw_only_ones_own_enrolment(client):
    mine = enrollment_create(user=user("peserta"), course=course())
    other_user = delegation(MALUT).memberships.exclude(
        participant__user__isnull=True).first().participant.user
    theirs = enrollment_create(user=other_user, course=course())
    client.force_login(user("peserta"))
    assert client.post(f"/kursus-saya/keluar/{theirs.pk}/").status_code == 404
    assert Enrollment.objects.get(pk=theirs.pk).status == "active"
    response = client.post(f"/kursus-saya/keluar/{mine.pk}/")
    assert response["Location"] == "/kursus-saya/"
    assert Enrollment.objects.get(pk=mine.pk).status == "withdrawn"
    # ... and enrol again from the course page.
    client.post(f"/kursus-saya/daftar/{course().pk}/")
    assert Enrollment.objects.get(pk=mine.pk).status == "active"


def test_the_dashboard_lists_only_ones_own_enrolments(client):
    from courses.models import CoursePage

    sipd, spbe = CoursePage.objects.live().order_by("path")[:2]
    enrollment_create(user=user("peserta"), course=sipd)
    other_user = delegation(MALUT).memberships.exclude(
        participant__user__isnull=True).first().participant.user
    enrollment_create(user=other_user, course=spbe)
    client.force_login(user("peserta"))
    response = client.get("/kursus-saya/")
    assert [e.course_id for e in response.context["enrollments"]] == [sipd.pk]
    body = response.content.decode()
    assert sipd.title in body and spbe.title not in body
    assert f'href="{lessons(sipd)[0].url}"' in body  # "Continue" to the first lesson


def test_the_dashboard_queries_do_not_grow_with_enrolments(client):
    from courses.models import CoursePage

    learner = user("peserta")
    courses = list(CoursePage.objects.live().order_by("path"))
    client.force_login(learner)
    enrollment_create(user=learner, course=courses[0])
    one = queries_for(client, "/kursus-saya/")
    for other in courses[1:]:
        enrollment_create(user=learner, course=other)
        lesson_complete(user=learner, lesson=lessons(other)[0])
    assert len(courses) > 1
    assert queries_for(client, "/kursus-saya/") == one


def test_a_participant_lands_on_my_courses(client):
    client.force_login(user("peserta"))
    assert client.get("/saya/")["Location"] == "/kursus-saya/"


def test_anonymous_posts_go_to_sign_in_and_store_nothing(client):
    sipd = course()
    enrolment = enrollment_create(user=user("peserta"), course=sipd)
    for url in [f"/kursus-saya/daftar/{sipd.pk}/", f"/kursus-saya/keluar/{enrolment.pk}/",
                f"/kursus-saya/selesai/{lessons(sipd)[0].pk}/"]:
        response = client.post(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/akun/masuk/?next=/kursus-saya/"), url
    assert Enrollment.objects.filter(course=sipd).count() == 1
    assert Enrollment.objects.get(course=sipd).status == "active"
    assert not LessonProgress.objects.filter(enrollment__course=sipd).exists()


def test_anonymous_course_and_lesson_pages_invite_to_sign_in(client):
    sipd = course()
    for url in [sipd.url, lessons(sipd)[0].url]:
        page = client.get(url).content.decode()
        assert f'href="/akun/masuk/?next={url}"' in page, url
        assert "/kursus-saya/selesai/" not in page and 'role="progressbar"' not in page


def test_query_budget_of_course_and_lesson_pages(client):
    """Anonymous pages cost no more than before (13, 10: bench/pages.py); signed in <= 15."""
    learner, sipd = user("peserta"), course()
    first, second = lessons(sipd)[:2]
    anonymous = {"course": queries_for(client, sipd.url), "lesson": queries_for(client, first.url)}
    enrollment_create(user=learner, course=sipd)
    lesson_complete(user=learner, lesson=first)
    client.force_login(learner)
    signed_in = {"course": queries_for(client, sipd.url), "lesson": queries_for(client, first.url),
                 "lesson_with_document": queries_for(client, second.url)}
    assert anonymous["course"] <= 13 and anonymous["lesson"] <= 10
    assert max(signed_in.values()) <= QUERY_LIMIT, (anonymous, signed_in)


def test_view_restrictions_in_one_query_match_wagtails_rule(client):
    from wagtail.models import Page, PageViewRestriction

    from courses.models import CourseIndexPage

    sipd = course()
    lesson = lessons(sipd)[0]
    index = CourseIndexPage.objects.get()
    assert not lesson.get_view_restrictions().exists()
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.LOGIN)
    for page in [sipd, lesson]:
        assert list(page.get_view_restrictions()) == [restriction]
        assert set(page.get_view_restrictions()) == set(Page.get_view_restrictions(page))
        assert "login" in client.get(page.url)["Location"]
    client.force_login(user("peserta"))
    assert client.get(lesson.url).status_code == 200
