"""
The follow-up plan pages through the Django test client: the plan, one action, an
evidence file, the CSV export and "My follow-up actions", for each role. The visiting
region (Konut) plans and reports, the host (Baubau) reads, a third region's coordinator
(Malut) gets 404 everywhere, exactly like an id that does not exist; the person
responsible sees and reports on their own action only.
"""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from directory.models import Agency
from visits.followup import followup_note_add, visit_completion
from visits.models import FollowUpAction, FollowUpNote, VisitState

from .test_followup import (
    BAUBAU,
    KONUT,
    MALUT,
    evidence_storage,  # noqa: F401 (a fixture)
    exe_renamed_pdf,
    make_action,
    make_coordinator,
    make_organiser,
    make_person,
    make_visit,
    pdf_file,
    stored_files,
)

Status = FollowUpAction.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(evidence_storage):  # noqa: F811
    """A held Konut visit to Baubau with three actions, one overdue, and a note with a
    PDF as evidence; the people of every role."""
    today = timezone.localdate()
    owner = make_person(KONUT, email="pemilik@konut.test")
    visit = make_visit(state=VisitState.FOLLOW_UP)
    overdue = make_action(visit, owner=owner, title="Tim SIPD dibentuk",
                          status=Status.IN_PROGRESS, due=today - datetime.timedelta(days=5))
    later = make_action(visit, owner=owner, title="Bimtek SIPD semua OPD",
                        due=today + datetime.timedelta(days=40))
    done = make_action(visit, title="Laporan kunjungan", status=Status.DONE,
                       due=today - datetime.timedelta(days=20))
    note = followup_note_add(user=owner.user, action=overdue, text="SK tim dalam proses.",
                             evidence_file=pdf_file())
    return {
        "visit": visit, "overdue": overdue, "later": later, "done": done, "note": note,
        "owner": owner.user, "requester": make_coordinator(KONUT),
        "host": make_coordinator(BAUBAU), "third": make_coordinator(MALUT),
        "organiser": make_organiser(), "other_participant": make_person(KONUT).user,
        "files": evidence_storage,
    }


def get(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url)


def plan_url(visit):
    return reverse("followup_plan", kwargs={"pk": visit.pk})


def action_url(action):
    return reverse("followup_action", kwargs={"pk": action.visit_id, "action_pk": action.pk})


def evidence_url(note):
    action = note.action
    return reverse("followup_evidence", kwargs={"pk": action.visit_id, "action_pk": action.pk,
                                                "note_pk": note.pk})


# --- Who sees what ---------------------------------------------------------------------

@pytest.mark.parametrize("role, plan_page, action_page, evidence, export", [
    ("requester", 200, 200, 200, 200),
    ("host", 200, 200, 200, 200),
    ("organiser", 200, 200, 200, 200),
    ("owner", 404, 200, 200, 404),
    ("third", 404, 404, 404, 404),
    ("other_participant", 404, 404, 404, 404),
])
def test_access_per_role(client, plan, role, plan_page, action_page, evidence, export):
    user = plan[role]
    assert get(client, user, plan_url(plan["visit"])).status_code == plan_page
    assert get(client, user, action_url(plan["overdue"])).status_code == action_page
    assert get(client, user, evidence_url(plan["note"])).status_code == evidence
    export_url = reverse("followup_export", kwargs={"pk": plan["visit"].pk})
    assert get(client, user, export_url).status_code == export


def test_anonymous_visitors_are_sent_to_sign_in(client, plan):
    urls = [plan_url(plan["visit"]), action_url(plan["overdue"]), evidence_url(plan["note"]),
            reverse("followup_export", kwargs={"pk": plan["visit"].pk}),
            reverse("my_actions")]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_an_action_is_found_only_under_its_own_visit(client, plan):
    other_visit = make_visit()
    wrong = reverse("followup_action", kwargs={"pk": other_visit.pk,
                                               "action_pk": plan["overdue"].pk})
    assert get(client, plan["organiser"], wrong).status_code == 404
    wrong_note = reverse("followup_evidence", kwargs={
        "pk": plan["visit"].pk, "action_pk": plan["later"].pk, "note_pk": plan["note"].pk})
    assert get(client, plan["organiser"], wrong_note).status_code == 404
    missing = reverse("followup_plan", kwargs={"pk": 99999999})
    assert get(client, plan["organiser"], missing).status_code == 404


# --- The plan ----------------------------------------------------------------------------

def test_the_plan_shows_completion_overdue_and_the_form_to_planners(client, plan):
    response = get(client, plan["requester"], plan_url(plan["visit"]))
    page = response.content.decode()
    completion = response.context["completion"]
    assert (completion.done, completion.countable, completion.overdue) == (1, 3, 1)
    assert "33 %" in page
    for action in (plan["overdue"], plan["later"], plan["done"]):
        assert action.title in page
    overdue_rows = [a for a in response.context["actions"] if a.overdue]
    assert overdue_rows == [plan["overdue"]]
    assert page.count("action-row--overdue") == 1
    assert 'id="add-action"' in page


def test_the_host_reads_the_plan_without_the_form(client, plan):
    response = get(client, plan["host"], plan_url(plan["visit"]))
    assert response.status_code == 200
    assert response.context["form"] is None
    assert 'id="add-action"' not in response.content.decode()


@pytest.mark.parametrize("status, expected", [
    ("selesai", ["done"]), ("berjalan", ["overdue"]), ("overdue", ["overdue"]),
    ("belum_mulai", ["later"]), ("nonsense", ["overdue", "done", "later"]),
])
def test_the_plan_filters_by_status(client, plan, status, expected):
    response = get(client, plan["requester"], plan_url(plan["visit"]) + f"?status={status}")
    assert {a.pk for a in response.context["actions"]} == {plan[key].pk for key in expected}


def test_a_planner_adds_an_action_through_the_page(client, plan):
    client.force_login(plan["requester"])
    bappeda = Agency.objects.get(region__slug=KONUT, acronym="Bappeda")
    response = client.post(plan_url(plan["visit"]), {
        "action-title": "Perbup SIPD", "action-owner": plan["owner"].participant.pk,
        "action-owner_agency": bappeda.pk, "action-due_date": "2027-01-31"})
    assert response.status_code == 302
    action = FollowUpAction.objects.get(visit=plan["visit"], title="Perbup SIPD")
    assert (action.owner.user, action.owner_agency, action.due_date) == (
        plan["owner"], bappeda, datetime.date(2027, 1, 31))


def test_another_regions_person_cannot_be_chosen_and_nothing_is_added(client, plan):
    client.force_login(plan["organiser"])
    response = client.post(plan_url(plan["visit"]), {
        "action-title": "Salah orang", "action-owner": make_person(MALUT).pk,
        "action-due_date": "2027-01-31"})
    assert response.status_code == 400
    assert "owner" in response.context["form"].errors
    assert not FollowUpAction.objects.filter(title="Salah orang").exists()


def test_the_host_cannot_post_to_the_plan(client, plan):
    client.force_login(plan["host"])
    response = client.post(plan_url(plan["visit"]), {"action-title": "Dari tuan rumah",
                                                     "action-due_date": "2027-01-31"})
    assert response.status_code == 403
    assert not FollowUpAction.objects.filter(title="Dari tuan rumah").exists()


@pytest.mark.parametrize("state", [VisitState.SCHEDULED, VisitState.CLOSED])
def test_a_plan_before_the_visit_or_after_closing_takes_no_action(client, plan, state):
    visit = make_visit(state=state)
    response = get(client, plan["requester"], plan_url(visit))
    assert response.status_code == 200
    assert 'id="add-action"' not in response.content.decode()
    response = client.post(plan_url(visit), {"action-title": "Terlambat",
                                             "action-due_date": "2027-01-31"})
    assert response.status_code == 400
    assert response.context["form"].errors.as_data()["__all__"][0].code == "plan_closed"
    assert not FollowUpAction.objects.filter(visit=visit).exists()


def test_the_plan_reads_on_a_phone_as_cards(client, plan):
    """The actions are a .data-table whose rows lintas.css turns into labelled cards
    below 48em: every cell carries its label for the card."""
    from django.utils import translation

    page = get(client, plan["requester"], plan_url(plan["visit"])).content.decode()
    assert 'class="data-table data-table--actions"' in page
    with translation.override("id"):  # the labels as the page shows them
        labels = [translation.gettext(label)
                  for label in ("OPD", "Person responsible", "Due", "Status")]
    for label in labels:
        assert page.count(f'data-label="{label}"') == 3, label  # one per action
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


# --- One action ----------------------------------------------------------------------------

def test_the_action_page_shows_notes_with_their_evidence(client, plan):
    response = get(client, plan["host"], action_url(plan["overdue"]))
    page = response.content.decode()
    assert "SK tim dalam proses." in page
    assert evidence_url(plan["note"]) in page
    assert 'class="badge action-overdue"' in page  # past its due date, said in words
    assert response.context["note_form"] is None  # the host reads


def test_the_owner_reports_progress_with_evidence(client, plan):
    client.force_login(plan["owner"])
    response = client.post(action_url(plan["later"]), {
        "form": "note", "note-text": "Bimtek hari pertama selesai.",
        "note-status": "selesai", "note-evidence_file": pdf_file("daftar-hadir.pdf"),
        "note-evidence_url": "https://konaweutarakab.go.id/berita/bimtek-sipd"})
    assert response.status_code == 302
    action = FollowUpAction.objects.get(pk=plan["later"].pk)
    assert (action.status, action.completed_on) == (Status.DONE, timezone.localdate())
    note = action.notes.get()
    assert note.evidence_file.name.endswith(".pdf")
    download = client.get(evidence_url(note))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert download["Cache-Control"] == "private, no-store"


def test_a_refused_file_on_the_page_shows_why_and_stores_nothing(client, plan):
    client.force_login(plan["owner"])
    before = stored_files(plan["files"])
    response = client.post(action_url(plan["later"]), {
        "form": "note", "note-text": "Bukti.", "note-status": "selesai",
        "note-evidence_file": exe_renamed_pdf()})
    assert response.status_code == 400
    errors = response.context["note_form"].errors.as_data()["evidence_file"]
    assert errors[0].code == "upload_type"
    assert not FollowUpNote.objects.filter(action=plan["later"]).exists()
    assert stored_files(plan["files"]) == before
    assert FollowUpAction.objects.get(pk=plan["later"].pk).status == Status.NOT_STARTED


def test_the_host_cannot_post_a_note(client, plan):
    client.force_login(plan["host"])
    response = client.post(action_url(plan["later"]), {"form": "note", "note-text": "Hai",
                                                       "note-status": "selesai"})
    assert response.status_code == 403
    assert not FollowUpNote.objects.filter(action=plan["later"]).exists()


def test_a_planner_changes_the_action_on_its_page(client, plan):
    client.force_login(plan["requester"])
    action = plan["later"]
    response = client.post(action_url(action), {
        "form": "edit", "action-title": action.title, "action-due_date": "2027-06-30",
        "action-owner": plan["owner"].participant.pk, "action-status": "batal"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.due_date, action.status) == (datetime.date(2027, 6, 30), Status.CANCELLED)


def test_the_owner_cannot_change_the_plan(client, plan):
    client.force_login(plan["owner"])
    response = client.post(action_url(plan["later"]), {
        "form": "edit", "action-title": "Diubah pemilik", "action-due_date": "2030-01-01",
        "action-status": "selesai"})
    assert response.status_code == 403
    assert FollowUpAction.objects.get(pk=plan["later"].pk).title != "Diubah pemilik"


def test_a_note_without_a_file_has_no_download(client, plan):
    FollowUpNote.objects.filter(pk=plan["note"].pk).update(evidence_file="")
    assert get(client, plan["organiser"], evidence_url(plan["note"])).status_code == 404


# --- Export and my actions -------------------------------------------------------------

def test_the_export_lists_the_plan(client, plan):
    response = get(client, plan["host"], reverse("followup_export",
                                                 kwargs={"pk": plan["visit"].pk}))
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["Tindakan", "Uraian"]
    by_title = {row[0]: row for row in rows[1:]}
    assert set(by_title) == {plan["overdue"].title, plan["later"].title, plan["done"].title}
    assert by_title[plan["overdue"].title][-1] == "ya"
    assert by_title[plan["done"].title][-1] == "tidak"


def test_my_actions_lists_the_owners_actions_overdue_first(client, plan):
    other = make_action(make_visit(), title="Milik orang lain", owner=make_person(KONUT))
    response = get(client, plan["owner"], reverse("my_actions"))
    titles = [action.title for action in response.context["actions"]]
    assert titles == [plan["overdue"].title, plan["later"].title]
    page = response.content.decode()
    assert other.title not in page
    assert action_url(plan["overdue"]) in page


def test_my_actions_is_empty_for_someone_responsible_for_nothing(client, plan):
    response = get(client, plan["requester"], reverse("my_actions"))
    assert response.status_code == 200 and list(response.context["actions"]) == []


def test_the_plan_page_costs_the_same_queries_for_3_or_30_actions(client, plan):
    client.force_login(plan["requester"])
    url = plan_url(plan["visit"])
    client.get(url)  # warm the session and the user's caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    owner = plan["owner"].participant
    for number in range(27):
        make_action(plan["visit"], owner=owner, title=f"Tindakan tambahan {number}")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_the_visit_summary_include_shows_the_plan_in_brief(plan):
    visit = plan["visit"]
    html = render_to_string("visits/followup/includes/visit_summary.html", {
        "visit": visit, "completion": visit_completion(visit, today=timezone.localdate())})
    assert "33 %" in html
    assert plan_url(visit) in html
    assert "action-overdue" in html  # one overdue action, said in words
    empty = make_visit()
    html = render_to_string("visits/followup/includes/visit_summary.html", {
        "visit": empty, "completion": visit_completion(empty, today=timezone.localdate())})
    assert "%" not in html and plan_url(empty) in html
