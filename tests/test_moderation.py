"""
Moderation, end to end through the Wagtail admin: a trainer (Fasilitator) writes a course
and submits it for review but can never publish; an organiser (Penyelenggara) finds it in
the review queue on the dashboard and approves it (it goes live) or requests changes
with a comment (it stays a draft, and the trainer reads the comment). The roles and the
"Tinjauan Penyelenggara" task come from directory/migrations/0003_roles.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage
from directory.models import Region, Topic
from home.models import HomePage

DIRECTORY_URL = "/admin/snippets/directory/region/"
DELEGATIONS_URL = "/admin/snippets/visits/delegation/"


def signed_in(username: str, password: str) -> Client:
    client = Client()
    assert client.login(username=username, password=password), username
    return client


@pytest.fixture
def trainer(db, demo_password) -> Client:
    return signed_in("fasilitator", demo_password)


@pytest.fixture
def organiser(db, demo_password) -> Client:
    return signed_in("penyelenggara", demo_password)


@pytest.fixture
def catalogue(db) -> CourseIndexPage:
    return CourseIndexPage.objects.get()


def add_url(catalogue: Page) -> str:
    return f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"


def course_form(slug: str, action: str) -> dict:
    """What the admin's course form posts, as the trainer fills it in."""
    data = nested_form_data({
        "title": "Evaluasi Pascakunjungan Studi Banding",
        "slug": slug,
        "summary": "Cara menilai apakah sebuah studi banding mengubah cara kerja OPD.",
        "learning_objectives": streamfield([
            ("objective", "Menyusun indikator keberhasilan kunjungan"),
            ("objective", "Melaporkan hasil tindak lanjut kepada pimpinan"),
        ]),
        "description": rich_text("<p>Disusun oleh fasilitator Bappeda Kota Baubau.</p>"),
        "host_region": Region.objects.get(slug="kota-baubau").pk,
        "tags": "studi banding, evaluasi",
        "level": "dasar",
        "jp_hours": "4",
        "enrolment_open": "on",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
        f"action-{action}": "1",
    })
    data["topics"] = [Topic.objects.get(slug="e-government").pk]
    data["trainers"] = [get_user_model().objects.get(username="fasilitator").pk]
    return data


def submit_course(trainer: Client, catalogue: Page, slug: str) -> CoursePage:
    response = trainer.post(add_url(catalogue), course_form(slug, "submit"))
    assert response.status_code == 302, response.content.decode()[:2000]
    return CoursePage.objects.get(slug=slug)


def action_url(page: Page, action: str) -> str:
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


@pytest.mark.django_db
def test_trainer_submits_and_organiser_approves(trainer, organiser, catalogue, mailoutbox):
    form = trainer.get(add_url(catalogue)).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form  # no publish button for a trainer

    course = submit_course(trainer, catalogue, "evaluasi-pascakunjungan")
    assert course.get_parent().pk == catalogue.pk
    assert not course.live
    assert course.owner.username == "fasilitator"
    assert len(course.learning_objectives) == 2
    assert list(course.topics.values_list("slug", flat=True)) == ["e-government"]
    assert course.get_latest_revision().user.username == "fasilitator"
    state = WorkflowState.objects.for_instance(course).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "fasilitator"
    assert state.current_task_state.task.name == "Tinjauan Penyelenggara"
    assert "penyelenggara@example.id" in {to for mail in mailoutbox for to in mail.to}

    # The trainer's own edit view offers no publishing either.
    edit = trainer.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in edit

    # The organiser's dashboard lists it under "Awaiting your review", with its actions.
    dashboard = organiser.get("/admin/").content.decode()
    with translation.override("id"):
        assert escape(translation.gettext("Awaiting your review")) in dashboard
    assert course.title in dashboard
    assert action_url(course, "approve") in dashboard
    assert "Menyusun Rencana Tindak Lanjut Pasca Studi Banding" in dashboard  # the seeded one

    # The trainer has no review actions on the dashboard.
    assert action_url(course, "approve") not in trainer.get("/admin/").content.decode()
    assert trainer.post(action_url(course, "approve"), {"comment": ""}).status_code in (302, 403)
    course.refresh_from_db()
    assert not course.live

    response = organiser.post(action_url(course, "approve"), {"comment": "Siap terbit."})
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.live
    assert not course.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert course in catalogue.courses()


@pytest.mark.django_db
def test_organiser_requests_changes_with_a_comment(trainer, organiser, catalogue):
    course = submit_course(trainer, catalogue, "evaluasi-perlu-perbaikan")
    comment = "Tambahkan contoh rencana tindak lanjut dari Konawe Utara."

    response = organiser.post(action_url(course, "reject"), {"comment": comment})
    assert response.status_code == 302
    course.refresh_from_db()
    assert not course.live
    state = WorkflowState.objects.for_instance(course).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == comment

    # The trainer reads the comment on the page's edit view (workflow status) ...
    edit = trainer.get(f"/admin/pages/{course.pk}/edit/")
    assert edit.status_code == 200
    assert escape(comment) in edit.content.decode()
    # ... and in the page's workflow history.
    history_url = reverse("wagtailadmin_pages:workflow_history_detail",
                          args=(course.pk, state.pk))
    history = trainer.get(history_url)
    assert history.status_code == 200
    assert escape(comment) in history.content.decode()


@pytest.mark.django_db
def test_trainer_cannot_publish(trainer, catalogue):
    response = trainer.post(add_url(catalogue), course_form("evaluasi-terbit-sendiri", "publish"))
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="evaluasi-terbit-sendiri")
    assert not course.live  # saved as a draft instead
    assert course.first_published_at is None

    # Publishing the draft from its edit view saves another draft instead.
    edit_url = f"/admin/pages/{course.pk}/edit/"
    assert 'name="action-publish"' not in trainer.get(edit_url).content.decode()
    assert trainer.post(edit_url, course_form(course.slug, "publish")).status_code == 302
    course.refresh_from_db()
    assert not course.live
    assert course.revisions.count() == 2


@pytest.mark.django_db
def test_a_course_in_review_is_locked_for_the_trainer(trainer):
    """While the organisers review it, the trainer's edits are refused (Wagtail's lock)."""
    draft = CoursePage.objects.get(slug="rencana-tindak-lanjut-pasca-studi-banding")
    lock = draft.get_lock()
    assert lock is not None
    assert lock.for_user(get_user_model().objects.get(username="fasilitator"))
    assert not lock.for_user(get_user_model().objects.get(username="penyelenggara"))
    revisions = draft.revisions.count()
    data = course_form(draft.slug, "publish")
    data["title"] = "Diubah saat ditinjau"
    response = trainer.post(f"/admin/pages/{draft.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with the lock message
    draft.refresh_from_db()
    assert not draft.live
    assert draft.revisions.count() == revisions
    assert draft.get_latest_revision().as_object().title != "Diubah saat ditinjau"


@pytest.mark.django_db
def test_trainer_cannot_edit_the_home_page(trainer, organiser):
    home = HomePage.objects.get()
    response = trainer.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert f"/admin/pages/{home.pk}/edit/" not in response["Location"]
    assert organiser.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_only_the_organiser_sees_the_directory_and_delegations(trainer, organiser):
    with translation.override("id"):
        directory_label = str(translation.gettext("Directory"))
    trainer_home = trainer.get("/admin/")
    assert trainer_home.status_code == 200
    body = trainer_home.content.decode()
    assert DIRECTORY_URL not in body and DELEGATIONS_URL not in body
    assert directory_label not in body
    for url in (DIRECTORY_URL, DELEGATIONS_URL):
        assert trainer.get(url).status_code in (302, 403), url

    body = organiser.get("/admin/").content.decode()
    assert DIRECTORY_URL in body and DELEGATIONS_URL in body
    assert directory_label in body
    for url in (DIRECTORY_URL, DELEGATIONS_URL):
        assert organiser.get(url).status_code == 200, url
