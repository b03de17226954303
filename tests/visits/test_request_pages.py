"""
The visit request pages (/kunjungan/) with the test client: the request form with a
real PDF and refused files (nothing stored), the moves as the buttons send them
(allowed and refused, never a 500), who sees which page, letter and export, the agenda
session form, and the inbox's constant number of queries.

Regions, coordinators and helpers come from test_lifecycle (regions made for the test).
"""

import csv
import datetime
import io

import pytest
from django.contrib import messages
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from directory.access import HOST, REQUESTER
from training.models import Session
from visits.models import Delegation, VisitEvent, VisitRequest

from .test_lifecycle import (
    ALLOWED,
    PATHS,
    PDF,
    make_world,
    move,
    private_folder,
    side_user,
    snapshot,
    submit,
)

TODAY = timezone.localdate()
FORM_START = TODAY + datetime.timedelta(days=20)


@pytest.fixture
def w(db, monkeypatch, tmp_path):
    return make_world(private_folder(monkeypatch, tmp_path))


def reach_now(w, state: str) -> VisitRequest:
    """A request in `state` whose visit starts today (so it may be marked held)."""
    visit = submit(w, proposed_start=TODAY, proposed_end=TODAY)
    for action, side in PATHS[state]:
        visit = move(w, visit, action, side)
    return visit


def url(name: str, visit=None) -> str:
    return reverse(name, kwargs={"pk": visit.pk}) if visit is not None else reverse(name)


def signed_in(client, user):
    if user is not None:
        client.force_login(user)
    return client


def form_data(w, **overrides) -> dict:
    data = {
        "title": "Studi banding SIPD ke Kota Uji", "host_region": w.host_region.pk,
        "topics": [w.topic.pk], "learning_goal": "RKPD belum terinput di SIPD.",
        "proposed_start": FORM_START.isoformat(), "proposed_end": FORM_START.isoformat(),
        "delegation_size": "12", "contact_name": "Andi Pratama",
        "contact_phone": "0812 1111 2222", "contact_email": "kontak@pengaju.test",
        "letter_number": "005/123/BAPPEDA/2026",
        "letter": SimpleUploadedFile("surat-permohonan.pdf", PDF,
                                     content_type="application/pdf"),
    }
    data.update(overrides)
    return data


def error_codes(response, field: str) -> list[str]:
    return [error.code for error in response.context["form"].errors.as_data().get(field, [])]


def stored_files(w) -> list:
    return [path for path in w.letters.rglob("*") if path.is_file()]


def levels(response) -> list[int]:
    return [message.level for message in response.context["messages"]]


# The request form

def test_the_form_offers_other_host_regions_and_the_regions_own_delegations(client, w):
    own = Delegation.objects.create(name="Delegasi pengaju", home_region=w.requester_region,
                                    host_region=w.host_region, start_date=FORM_START,
                                    end_date=FORM_START)
    Delegation.objects.create(name="Delegasi lain", home_region=w.third_region,
                              host_region=w.host_region, start_date=FORM_START,
                              end_date=FORM_START)
    response = signed_in(client, w.requester).get(url("visit_request_create"))
    assert response.status_code == 200
    form = response.context["form"]
    assert "requesting_region" not in form.fields  # fixed to the coordinator's region
    hosts = set(form.fields["host_region"].queryset)
    assert w.host_region in hosts and w.requester_region not in hosts
    assert list(form.fields["delegation"].queryset) == [own]


def test_a_coordinator_files_a_request_with_a_real_pdf(client, w,
                                                       django_capture_on_commit_callbacks):
    signed_in(client, w.requester)
    data = form_data(w, requesting_region=w.third_region.pk)  # ignored: fixed to theirs
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("visit_request_create"), data)

    visit = VisitRequest.objects.get(host_region=w.host_region)
    assert response.status_code == 302
    assert response.url == url("visit_detail", visit)
    assert visit.requesting_region == w.requester_region
    assert visit.state == "diajukan"
    assert visit.letter_number == "005/123/BAPPEDA/2026"
    [stored] = stored_files(w)
    assert stored.read_bytes() == PDF
    assert [message.to for message in mail.outbox] == [[w.host.email]]


def test_an_organiser_chooses_the_requesting_region(client, w):
    signed_in(client, w.organiser)
    response = client.post(url("visit_request_create"),
                           form_data(w, requesting_region=w.third_region.pk))
    assert response.status_code == 302
    assert VisitRequest.objects.get(host_region=w.host_region).requesting_region == (
        w.third_region)


@pytest.mark.parametrize("content, code", [
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 256, "upload_type"),
    (b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024), "upload_too_large"),
    (b"", "empty"),  # Django's FileField refuses an empty file before the service
])
def test_a_refused_letter_is_shown_on_the_form_and_nothing_is_stored(
        client, w, content, code, django_capture_on_commit_callbacks):
    signed_in(client, w.requester)
    count = VisitRequest.objects.count()
    letter = SimpleUploadedFile("surat-permohonan.pdf", content,
                                content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("visit_request_create"), form_data(w, letter=letter))
    assert response.status_code == 400
    assert error_codes(response, "letter") == [code]
    assert VisitRequest.objects.count() == count
    assert stored_files(w) == []
    assert mail.outbox == []


@pytest.mark.parametrize("overrides, field, code", [
    ({"proposed_end": (FORM_START - datetime.timedelta(days=1)).isoformat()},
     "proposed_end", "dates_order"),
    ({"proposed_start": (TODAY - datetime.timedelta(days=1)).isoformat()},
     "proposed_start", "date_past"),
    ({"delegation_size": "0"}, "delegation_size", "min_value"),
    ({"topics": []}, "topics", "required"),
    ({"proposed_start": "24-09-2021x"}, "proposed_start", "invalid"),
])
def test_bad_facts_come_back_on_the_form(client, w, overrides, field, code):
    signed_in(client, w.requester)
    count = VisitRequest.objects.count()
    response = client.post(url("visit_request_create"), form_data(w, **overrides))
    assert response.status_code == 400
    assert code in error_codes(response, field)
    assert VisitRequest.objects.count() == count
    assert stored_files(w) == []


def test_an_organiser_cannot_make_a_region_visit_itself(client, w):
    signed_in(client, w.organiser)
    response = client.post(url("visit_request_create"),
                           form_data(w, requesting_region=w.host_region.pk))
    assert response.status_code == 400
    assert error_codes(response, "host_region") == ["same_region"]


@pytest.mark.parametrize("who, expected", [("participant", 403), ("anonymous", "login")])
def test_the_form_is_for_coordinators_and_organisers(client, w, who, expected):
    user = None if who == "anonymous" else getattr(w, who)
    response = signed_in(client, user).get(url("visit_request_create"))
    if expected == "login":
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    else:
        assert response.status_code == expected


# The moves, as the buttons send them

def page_data(action: str) -> dict:
    start = TODAY + datetime.timedelta(days=30)
    return {
        "propose_dates": {"alternative_start": start.isoformat(),
                          "alternative_end": start.isoformat()},
        "decline": {"note": "Aula sedang direnovasi."},
        "decline_dates": {"note": "Tanggal itu bentrok."},
        "approve": {"venue": "Aula Kantor Wali Kota"},
    }.get(action, {})


@pytest.mark.parametrize("from_state, action, side, to_state", ALLOWED)
def test_every_allowed_move_through_the_page(client, w, from_state, action, side, to_state,
                                             django_capture_on_commit_callbacks):
    visit = reach_now(w, from_state)
    events = visit.events.count()
    signed_in(client, side_user(w, side))
    detail = client.get(url("visit_detail", visit))
    assert f'name="action" value="{action}"' in detail.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("visit_move", visit), {"action": action,
                                                          **page_data(action)}, follow=True)
    assert response.redirect_chain == [(url("visit_detail", visit), 302)]
    assert levels(response) == [messages.SUCCESS]
    visit.refresh_from_db()
    assert visit.state == to_state
    assert visit.events.count() == events + 1
    other = REQUESTER if side == HOST else HOST
    assert side_user(w, other).email in mail.outbox[-1].to


@pytest.mark.parametrize("state, action, who", [
    ("diajukan", "approve", "requester"),      # the other side's answer
    ("diajukan", "schedule", "host"),          # not from this state
    ("usul_jadwal_lain", "accept_dates", "host"),
    ("selesai", "close", "requester"),
    ("diajukan", "format_disk", "host"),       # no such action
    ("disetujui", "schedule", "requester"),
])
def test_a_refused_move_is_a_message_and_changes_nothing(client, w, state, action, who,
                                                         django_capture_on_commit_callbacks):
    visit = reach_now(w, state)
    before = snapshot(visit)
    signed_in(client, getattr(w, who))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("visit_move", visit), {"action": action}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(url("visit_detail", visit), 302)]
    assert levels(response) == [messages.ERROR]
    assert snapshot(visit) == before


def test_a_service_refusal_after_a_valid_form_is_a_message(client, w):
    visit = reach_now(w, "disetujui")
    Session.objects.filter(programme=visit.programme).delete()
    before = snapshot(visit)
    response = signed_in(client, w.host).post(url("visit_move", visit),
                                              {"action": "schedule"}, follow=True)
    assert levels(response) == [messages.ERROR]
    assert snapshot(visit) == before


@pytest.mark.parametrize("action, data, field, code", [
    ("decline", {"note": ""}, "note", "required"),
    ("propose_dates", {"alternative_start": "besok", "alternative_end": ""},
     "alternative_start", "invalid"),
    ("propose_dates", {"alternative_start": "2030-02-10", "alternative_end": "2030-02-01"},
     "alternative_end", "dates_order"),
    ("approve", {"courses": ["999999"]}, "courses", "invalid_choice"),
])
def test_a_move_form_with_errors_shows_them_and_changes_nothing(client, w, action, data,
                                                                field, code):
    visit = reach_now(w, "diajukan")
    before = snapshot(visit)
    response = signed_in(client, w.host).post(url("visit_move", visit),
                                              {"action": action, **data})
    assert response.status_code == 400
    [bound] = [form for form in response.context["forms"] if form.action == action]
    assert code in [error.code for error in bound.errors.as_data()[field]]
    assert snapshot(visit) == before


def test_moves_are_posted_only(client, w):
    visit = reach_now(w, "diajukan")
    assert signed_in(client, w.host).get(url("visit_move", visit)).status_code == 405


@pytest.mark.parametrize("who, expected", [("third", 404), ("participant", 404),
                                           ("anonymous", "login")])
def test_others_cannot_move_a_request(client, w, who, expected):
    visit = reach_now(w, "diajukan")
    before = snapshot(visit)
    user = None if who == "anonymous" else getattr(w, who)
    response = signed_in(client, user).post(url("visit_move", visit), {"action": "review"})
    if expected == "login":
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    else:
        assert response.status_code == expected
    assert snapshot(visit) == before


# Who sees what

ACCESS = [
    # page,          host, requester, third, participant, organiser, anonymous
    ("visit_detail", 200, 200, 404, 404, 200, "login"),
    ("visit_letter", 200, 200, 404, 404, 200, "login"),
    ("visit_list", 200, 200, 200, 403, 200, "login"),
    ("visit_inbox", 200, 200, 200, 403, 200, "login"),
    ("visit_export", 200, 200, 200, 403, 200, "login"),
]
WHO = ["host", "requester", "third", "participant", "organiser", "anonymous"]


@pytest.mark.parametrize("page, who, expected", [
    (row[0], who, answer) for row in ACCESS for who, answer in zip(WHO, row[1:], strict=True)])
def test_access(client, w, page, who, expected):
    letter = SimpleUploadedFile("surat.pdf", PDF, content_type="application/pdf")
    visit = submit(w, letter=letter)
    user = None if who == "anonymous" else getattr(w, who)
    target = url(page, visit) if page in ("visit_detail", "visit_letter") else url(page)
    response = signed_in(client, user).get(target)
    if expected == "login":
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    else:
        assert response.status_code == expected
    if page == "visit_letter" and expected == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")


def test_no_letter_is_a_404(client, w):
    visit = submit(w)
    assert signed_in(client, w.host).get(url("visit_letter", visit)).status_code == 404


@pytest.mark.parametrize("who, in_list, in_inbox, in_export", [
    ("requester", True, False, True),
    ("host", False, True, True),
    ("third", False, False, False),
    ("organiser", True, True, True),
])
def test_each_side_finds_the_request_where_it_belongs(client, w, who, in_list, in_inbox,
                                                      in_export):
    visit = submit(w, title="Permohonan yang dicari")
    signed_in(client, getattr(w, who))
    listed = client.get(url("visit_list"))
    inbox = client.get(url("visit_inbox"))
    export = client.get(url("visit_export"))
    assert (visit in listed.context["visits"].object_list) is in_list
    assert (visit in inbox.context["visits"].object_list) is in_inbox
    rows = list(csv.reader(io.StringIO(
        b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Nomor", "Judul"]
    assert (str(visit.pk) in [row[0] for row in rows[1:]]) is in_export


def test_the_inbox_puts_open_requests_first_and_filters(client, w):
    open_one = submit(w, title="Masih menunggu")
    declined = move(w, submit(w, title="Sudah ditolak"), "decline", HOST)
    signed_in(client, w.host)
    titles = [v.title for v in client.get(url("visit_inbox")).context["visits"]]
    assert titles.index(open_one.title) < titles.index(declined.title)
    filtered = client.get(url("visit_inbox"), {"status": "ditolak"}).context["visits"]
    assert [v.pk for v in filtered] == [declined.pk]
    by_region = client.get(url("visit_inbox"), {"daerah": w.requester_region.slug})
    assert {v.pk for v in by_region.context["visits"]} == {open_one.pk, declined.pk}
    assert client.get(url("visit_inbox"), {"status": "nonsense", "page": "x"}).status_code == 200


def test_the_inbox_costs_the_same_queries_for_3_or_30_requests(client, w):
    signed_in(client, w.host)
    client.get(url("visit_inbox"))  # warm the per-process caches (site root, ...)

    def queries_with(total: int) -> int:
        while VisitRequest.objects.filter(host_region=w.host_region).count() < total:
            submit(w, title=f"Permohonan {total}")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url("visit_inbox"), {"page": 1})
        assert response.status_code == 200
        return len(captured)

    assert queries_with(3) == queries_with(30)


def test_the_timeline_shows_each_step_in_the_viewers_own_time(client, w):
    moment = datetime.datetime(2030, 1, 5, 2, 0, tzinfo=datetime.UTC)
    visit = submit(w, proposed_start=TODAY, proposed_end=TODAY, at=moment)
    move(w, visit, "decline", HOST, note="Aula sedang direnovasi.",
         at=moment + datetime.timedelta(hours=3))
    host_page = signed_in(client, w.host).get(url("visit_detail", visit)).content.decode()
    assert "11.00 WIT" in host_page  # the host region is in WIT (UTC+9)
    assert "Aula sedang direnovasi." in host_page
    requester_page = signed_in(client, w.requester).get(url("visit_detail", visit))
    text = requester_page.content.decode()
    assert "10.00 WITA" in text and "11.00 WIT" not in text  # the requester is in WITA
    assert [e.action for e in requester_page.context["events"]] == ["submit", "decline"]
    assert requester_page.context["forms"] == []


def test_a_requests_page_costs_the_same_queries_for_a_short_or_long_timeline(client, w):
    short = move(w, submit(w), "decline", HOST)
    long = submit(w)
    for action, side in [("review", HOST), ("propose_dates", HOST),
                         ("decline_dates", REQUESTER)]:
        long = move(w, long, action, side)
    signed_in(client, w.requester)
    client.get(url("visit_detail", short))  # warm the per-process caches

    def queries(visit) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("visit_detail", visit)).status_code == 200
        return len(captured)

    assert long.events.count() == 4 > short.events.count() == 2
    assert queries(short) == queries(long)


# The agenda's sessions

def test_the_host_adds_a_session_in_its_time_zone(client, w):
    visit = reach_now(w, "disetujui")
    signed_in(client, w.host)
    assert client.get(url("visit_session_add", visit)).status_code == 200
    day = TODAY + datetime.timedelta(days=1)
    response = client.post(url("visit_session_add", visit), {
        "title": "Paparan Bappeda", "day": day.isoformat(), "starts": "13:00",
        "ends": "15:00", "venue": "Kantor Bappeda"})
    assert response.status_code == 302
    session = Session.objects.get(programme=visit.programme, title="Paparan Bappeda")
    assert session.starts_at == datetime.datetime.combine(day, datetime.time(13),
                                                          w.host_region.tzinfo)
    page = client.get(url("visit_detail", visit)).content.decode()
    assert "Paparan Bappeda" in page and "13.00" in page


def test_a_session_without_a_place_comes_back_on_the_form(client, w):
    visit = reach_now(w, "disetujui")
    response = signed_in(client, w.host).post(url("visit_session_add", visit), {
        "title": "Sesi", "day": TODAY.isoformat(), "starts": "10:00", "ends": "11:00"})
    assert response.status_code == 400
    assert visit.programme.sessions.count() == 1


@pytest.mark.parametrize("state, who, expected", [
    ("disetujui", "requester", 403), ("disetujui", "third", 404),
    ("disetujui", "participant", 404), ("diajukan", "host", 302),
])
def test_only_the_host_adds_sessions_while_the_agenda_is_open(client, w, state, who,
                                                              expected):
    visit = reach_now(w, state)
    sessions = Session.objects.count()
    response = signed_in(client, getattr(w, who)).post(url("visit_session_add", visit), {
        "title": "Sesi", "day": TODAY.isoformat(), "starts": "10:00", "ends": "11:00",
        "venue": "Aula"})
    assert response.status_code == expected
    assert Session.objects.count() == sessions
    assert not VisitEvent.objects.filter(request=visit, action="session").exists()


# The Wagtail admin: organisers only; a request's state never changes there

ADMIN = "/admin/snippets/visits/"


@pytest.mark.parametrize("model", ["visitrequest", "mentorship", "followupaction",
                                   "outcomeindicator", "delegation"])
def test_organisers_find_the_study_visit_models_in_the_admin(client, w, model):
    submit(w)
    signed_in(client, w.organiser)
    assert client.get(f"{ADMIN}{model}/").status_code == 200
    assert client.get(f"{ADMIN}{model}/", {"state": "diajukan"}
                      if model == "visitrequest" else {}).status_code == 200
    if model != "visitrequest":
        assert client.get(f"{ADMIN}{model}/add/").status_code == 200


@pytest.mark.parametrize("who", ["host", "requester", "participant"])
def test_coordinators_and_participants_are_sent_to_the_admin_sign_in(client, w, who):
    visit = submit(w)
    response = signed_in(client, getattr(w, who)).get(f"{ADMIN}visitrequest/edit/{visit.pk}/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_the_admin_never_adds_a_request_nor_changes_its_state(client, w):
    visit = submit(w)
    signed_in(client, w.organiser)
    assert client.get(f"{ADMIN}visitrequest/add/").status_code in (302, 403)
    assert client.get(f"{ADMIN}visitrequest/inspect/{visit.pk}/").status_code == 200
    edit_url = f"{ADMIN}visitrequest/edit/{visit.pk}/"
    page = client.get(edit_url)
    assert page.status_code == 200
    assert 'name="state"' not in page.content.decode()
    response = client.post(edit_url, {
        "title": "Judul yang dibetulkan", "topics": [w.topic.pk],
        "learning_goal": visit.learning_goal, "proposed_start": visit.proposed_start,
        "proposed_end": visit.proposed_end, "delegation_size": 15, "delegation": "",
        "letter_number": "", "contact_name": visit.contact_name, "contact_phone": "",
        "contact_email": "", "state": "selesai", "host_region": w.third_region.pk})
    assert response.status_code == 302
    visit.refresh_from_db()
    assert (visit.title, visit.delegation_size) == ("Judul yang dibetulkan", 15)
    assert (visit.state, visit.host_region) == ("diajukan", w.host_region)
