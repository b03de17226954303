"""
Attendance (training/attendance.py and its pages): the roll call (JSON and no-JS),
who may take it, the timed self check-in with its rotating code (window, current and
previous code, expired, wrong, twice), the attendance sheet PDF, the summary with its
exports (a coordinator's has no other region's row), and a roll call whose queries do
not grow with the people.

Programmes are built with tests.training.helpers; registrations are created directly
(status "registered"), so these tests do not depend on the registration rules.
Assertions are on status codes, codes of refusals and stored data, never on wording.
"""

import base64
import csv
import datetime
import io
import re
import shutil
import subprocess
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from directory.models import Participant
from directory.roles import TRAINER
from lms.errors import AccessDenied, DomainError
from training.attendance import (
    CODE_ALPHABET,
    attendance_mark,
    attendance_percent,
    check_in,
    check_in_code,
)
from training.models import Attendance, Registration, Session
from visits.models import Delegation

from .helpers import make_participant, make_programme

pytestmark = pytest.mark.django_db
User = get_user_model()
JSON = {"HTTP_ACCEPT": "application/json"}


# --- Helpers -------------------------------------------------------------------------

def user(username: str):
    return User.objects.get(username=username)


def trainer(username: str):
    account = User.objects.create_user(username=username, password="x-test-pass")
    account.groups.add(Group.objects.get(name=TRAINER))
    return account


def register(programme, participant, *, status=Registration.Status.REGISTERED,
             delegation=None) -> Registration:
    return Registration.objects.create(programme=programme, participant=participant,
                                       status=status, delegation=delegation)


def facilitate(sessions, accounts) -> None:
    """Make `accounts` facilitators of `sessions` (written through the join table: a
    ParentalManyToManyField's set() on a plain model waits for a commit)."""
    through = Session.facilitators.through
    through.objects.bulk_create([through(session_id=s.pk, user_id=a.pk)
                                 for s in sessions for a in accounts])


def programme_for(facilitator, **kwargs):
    """A programme from the shared helper whose every session `facilitator` takes."""
    programme = make_programme(**kwargs)
    facilitate(programme.sessions.all(), [facilitator])
    return programme


def signed_in(client, account):
    client.force_login(account)
    return client


def first_session(programme) -> Session:
    return programme.sessions.order_by("starts_at").first()


def mark_url(session, participant) -> str:
    return f"/program/sesi/{session.pk}/presensi/{participant.pk}/"


@pytest.fixture
def facilitator():
    return user("fasilitator")


@pytest.fixture
def programme(facilitator):
    return programme_for(facilitator, sessions=3)


@pytest.fixture
def session(programme) -> Session:
    return first_session(programme)


@pytest.fixture
def person(programme) -> Participant:
    participant = make_participant(name="Rahmat Uji")
    register(programme, participant)
    return participant


# --- The roll call -------------------------------------------------------------------

def test_rollcall_marks_and_changes_status_with_json(client, facilitator, session, person):
    signed_in(client, facilitator)
    response = client.post(mark_url(session, person), {"status": "hadir"}, **JSON)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "hadir"
    assert body["counts"]["hadir"] == 1 and body["counts"]["unrecorded"] == 0

    response = client.post(mark_url(session, person), {"status": "izin"}, **JSON)
    assert response.json()["status"] == "izin"
    assert response.json()["counts"] == {"hadir": 0, "izin": 1, "sakit": 0, "alpa": 0,
                                         "unrecorded": 0}
    row = Attendance.objects.get(session=session, participant=person)
    assert (row.status, row.method, row.recorded_by) == ("izin", "rollcall", facilitator)


def test_rollcall_without_javascript_posts_and_comes_back(client, facilitator, session,
                                                          person):
    signed_in(client, facilitator)
    response = client.post(mark_url(session, person), {"status": "sakit"})
    assert response.status_code == 302
    assert response["Location"] == f"/program/sesi/{session.pk}/presensi/#orang-{person.pk}"
    assert Attendance.objects.get(session=session, participant=person).status == "sakit"

    page = client.get(f"/program/sesi/{session.pk}/presensi/")
    assert page.status_code == 200
    assert [(r.participant_id, status) for r, status, _label in page.context["rows"]] == [
        (person.pk, "sakit")]
    assert dict((key, n) for key, _label, n in page.context["count_items"])["sakit"] == 1
    assert page.content.decode().count('aria-pressed="true"') == 1


def test_rollcall_refusals_are_json_errors_and_store_nothing(client, facilitator, session,
                                                             programme, person):
    signed_in(client, facilitator)
    response = client.post(mark_url(session, person), {"status": "telat"}, **JSON)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_status"

    waiting = make_participant()
    register(programme, waiting, status=Registration.Status.WAITLISTED)
    response = client.post(mark_url(session, waiting), {"status": "hadir"}, **JSON)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "not_registered"

    stranger = make_participant()
    response = client.post(mark_url(session, stranger), {"status": "hadir"}, **JSON)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert not Attendance.objects.filter(session=session).exists()


def test_rollcall_get_of_the_mark_url_is_not_allowed(client, facilitator, session, person):
    signed_in(client, facilitator)
    assert client.get(mark_url(session, person)).status_code == 405


def test_a_facilitator_of_another_session_gets_404(client, programme, person):
    sessions = list(programme.sessions.order_by("starts_at"))
    other = trainer("pelatih.sesi.dua")
    facilitate([sessions[1]], [other])
    signed_in(client, other)
    assert client.get(f"/program/sesi/{sessions[1].pk}/presensi/").status_code == 200
    for url in (f"/program/sesi/{sessions[0].pk}/presensi/",
                f"/program/sesi/{sessions[0].pk}/kode/",
                f"/program/sesi/{sessions[0].pk}/daftar-hadir.pdf"):
        assert client.get(url).status_code == 404, url
    response = client.post(mark_url(sessions[0], person), {"status": "hadir"}, **JSON)
    assert response.status_code == 404
    assert client.post(mark_url(sessions[0], person), {"status": "hadir"}).status_code == 404
    with pytest.raises(AccessDenied):
        attendance_mark(user=other, session=sessions[0], participant=person, status="hadir")
    assert not Attendance.objects.filter(session=sessions[0]).exists()


def test_a_participant_cannot_mark(client, session, person):
    signed_in(client, person.user)
    assert client.get(f"/program/sesi/{session.pk}/presensi/").status_code == 404
    response = client.post(mark_url(session, person), {"status": "hadir"}, **JSON)
    assert response.status_code == 404
    with pytest.raises(AccessDenied) as refused:
        attendance_mark(user=person.user, session=session, participant=person, status="hadir")
    assert refused.value.code == "session_forbidden"
    assert not Attendance.objects.filter(session=session).exists()


def test_organisers_take_any_session_and_anonymous_visitors_sign_in(client, session,
                                                                    person):
    response = client.get(f"/program/sesi/{session.pk}/presensi/")
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")
    signed_in(client, user("penyelenggara"))
    assert client.get(f"/program/sesi/{session.pk}/presensi/").status_code == 200
    assert client.get("/program/sesi/").status_code == 200


def test_the_session_list_is_for_those_who_take_attendance(client, facilitator, session):
    signed_in(client, facilitator)
    response = client.get("/program/sesi/")
    assert response.status_code == 200
    listed = [s.pk for section in response.context["sections"] for s in section["sessions"]]
    assert session.pk in listed
    signed_in(client, user("peserta"))
    assert client.get("/program/sesi/").status_code == 403


def test_the_rollcall_answers_json_for_the_poll(client, facilitator, session, person):
    attendance_mark(user=facilitator, session=session, participant=person, status="alpa")
    signed_in(client, facilitator)
    body = client.get(f"/program/sesi/{session.pk}/presensi/", **JSON).json()
    assert body["statuses"] == {str(person.pk): "alpa"}
    assert body["counts"]["alpa"] == 1


def test_rollcall_queries_do_not_grow_with_people(client, facilitator):
    def queries(size: int) -> int:
        programme = programme_for(facilitator, sessions=1)
        session = first_session(programme)
        for n in range(size):
            participant = make_participant()
            register(programme, participant)
            if n % 3 == 0:
                attendance_mark(user=facilitator, session=session, participant=participant,
                                status="hadir")
        client.get(f"/program/sesi/{session.pk}/presensi/")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/program/sesi/{session.pk}/presensi/")
        assert response.status_code == 200
        assert len(response.context["rows"]) == size
        return len(captured)

    signed_in(client, facilitator)
    assert queries(10) == queries(40)


# --- The rotating code and the check-in window -----------------------------------------

START = datetime.datetime(2026, 9, 24, 1, 0, tzinfo=datetime.UTC)  # 09.00 WITA


@pytest.fixture
def timed(session) -> Session:
    """The session at a fixed moment: starts 24 Sep 2026 09.00 WITA."""
    session.starts_at, session.ends_at = START, START + datetime.timedelta(hours=3)
    session.save()
    return session


def test_the_code_is_six_unambiguous_signs_and_rotates(timed):
    code = check_in_code(timed, START)
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    assert not set(code) & set("01IO")
    assert check_in_code(timed, START + datetime.timedelta(seconds=59)) == code
    later = [check_in_code(timed, START + datetime.timedelta(minutes=n)) for n in range(1, 6)]
    assert code not in later
    other = Session.objects.exclude(pk=timed.pk).first()
    assert check_in_code(other, START) != code


@pytest.mark.parametrize("minutes, allowed", [
    (-31, False), (-30, True), (-29, True), (0, True), (29, True), (30, True), (31, False),
])
def test_the_window_opens_30_minutes_before_and_closes_30_after(timed, person, minutes,
                                                                allowed):
    at = START + datetime.timedelta(minutes=minutes)
    if allowed:
        attendance = check_in(user=person.user, session=timed,
                              code=check_in_code(timed, at), at=at)
        assert (attendance.status, attendance.method) == ("hadir", "checkin")
    else:
        with pytest.raises(DomainError) as refused:
            check_in(user=person.user, session=timed, code=check_in_code(timed, at), at=at)
        assert refused.value.code == "window_closed"
        assert "WITA" in refused.value.message  # the window's times are in the message
        assert not Attendance.objects.filter(session=timed).exists()


def test_a_correct_code_checks_in_once(timed, person):
    at = START - datetime.timedelta(minutes=10)
    attendance = check_in(user=person.user, session=timed, code=check_in_code(timed, at),
                          at=at)
    assert (attendance.participant, attendance.recorded_by) == (person, person.user)
    with pytest.raises(DomainError) as refused:
        check_in(user=person.user, session=timed, code=check_in_code(timed, at), at=at)
    assert refused.value.code == "already_checked_in"
    assert Attendance.objects.filter(session=timed, participant=person).count() == 1


def test_the_previous_minutes_code_is_still_accepted_typed_loosely(timed, person):
    at = START + datetime.timedelta(minutes=5)
    previous = check_in_code(timed, at - datetime.timedelta(seconds=60))
    typed = f" {previous[:3].lower()} {previous[3:]} "
    assert check_in(user=person.user, session=timed, code=typed, at=at).status == "hadir"


@pytest.mark.parametrize("code_of, expected", [
    (lambda s, at: check_in_code(s, at - datetime.timedelta(minutes=3)), "code_expired"),
    (lambda s, at: check_in_code(s, at - datetime.timedelta(minutes=9)), "code_expired"),
    (lambda s, at: "ZZZZZZ" if check_in_code(s, at) != "ZZZZZZ" else "YYYYYY", "wrong_code"),
    (lambda s, at: "", "wrong_code"),
    (lambda s, at: check_in_code(Session.objects.exclude(pk=s.pk).first(), at), "wrong_code"),
])
def test_expired_and_wrong_codes_are_refused_and_store_nothing(timed, person, code_of,
                                                               expected):
    at = START + datetime.timedelta(minutes=2)
    with pytest.raises(DomainError) as refused:
        check_in(user=person.user, session=timed, code=code_of(timed, at), at=at)
    assert refused.value.code == expected
    assert not Attendance.objects.filter(session=timed).exists()


def test_a_person_already_marked_in_the_roll_call_cannot_check_in(timed, person,
                                                                  facilitator):
    attendance_mark(user=facilitator, session=timed, participant=person, status="alpa")
    at = START
    with pytest.raises(DomainError) as refused:
        check_in(user=person.user, session=timed, code=check_in_code(timed, at), at=at)
    assert refused.value.code == "already_checked_in"
    assert Attendance.objects.get(session=timed, participant=person).status == "alpa"


def test_only_registered_people_check_in(timed, programme):
    waiting = make_participant()
    register(programme, waiting, status=Registration.Status.WAITLISTED)
    for account in (waiting.user, make_participant().user, user("penyelenggara")):
        with pytest.raises(DomainError) as refused:
            check_in(user=account, session=timed, code=check_in_code(timed, START), at=START)
        assert refused.value.code == "not_registered"
    assert not Attendance.objects.filter(session=timed).exists()


# --- The check-in pages ----------------------------------------------------------------

@pytest.fixture
def now_session(session) -> Session:
    """The session starting now, so that the page's own clock is in the window."""
    session.starts_at = timezone.now()
    session.ends_at = session.starts_at + datetime.timedelta(hours=2)
    session.save()
    return session


def test_checkin_page_prefills_the_code_and_checks_in(client, now_session, person):
    signed_in(client, person.user)
    url = f"/program/sesi/{now_session.pk}/hadir/"
    code = check_in_code(now_session)
    page = client.get(f"{url}?kode={code.lower()}")
    assert page.status_code == 200 and page.context["code"] == code
    assert f'value="{code}"' in page.content.decode()

    response = client.post(url, {"kode": check_in_code(now_session)})
    assert response.status_code == 302 and response["Location"] == url
    attendance = Attendance.objects.get(session=now_session, participant=person)
    assert (attendance.status, attendance.method) == ("hadir", "checkin")
    assert client.get(url).context["attendance"] == attendance

    again = client.post(url, {"kode": check_in_code(now_session)})
    assert again.status_code == 400 and again.context["error"].code == "already_checked_in"


def test_checkin_page_shows_refusals_with_400(client, now_session, person):
    signed_in(client, person.user)
    url = f"/program/sesi/{now_session.pk}/hadir/"
    wrong = "ZZZZZZ" if check_in_code(now_session) != "ZZZZZZ" else "YYYYYY"
    response = client.post(url, {"kode": wrong})
    assert response.status_code == 400 and response.context["error"].code == "wrong_code"
    expired = check_in_code(now_session, timezone.now() - datetime.timedelta(minutes=3))
    response = client.post(url, {"kode": expired})
    assert response.status_code == 400 and response.context["error"].code == "code_expired"

    now_session.starts_at = timezone.now() + datetime.timedelta(hours=2)
    now_session.ends_at = now_session.starts_at + datetime.timedelta(hours=1)
    now_session.save()
    response = client.post(url, {"kode": check_in_code(now_session)})
    assert response.status_code == 400 and response.context["error"].code == "window_closed"
    assert not Attendance.objects.filter(session=now_session).exists()


def test_checkin_page_is_for_registered_participants_only(client, now_session, programme):
    url = f"/program/sesi/{now_session.pk}/hadir/"
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")
    waiting = make_participant()
    register(programme, waiting, status=Registration.Status.WAITLISTED)
    for account in (waiting.user, make_participant().user, user("penyelenggara"),
                    user("fasilitator")):
        signed_in(client, account)
        assert client.get(url).status_code == 404
        assert client.post(url, {"kode": check_in_code(now_session)}).status_code == 404
    assert not Attendance.objects.filter(session=now_session).exists()


def test_checkin_screen_shows_the_code_and_a_qr_code(client, facilitator, now_session,
                                                     person):
    signed_in(client, facilitator)
    response = client.get(f"/program/sesi/{now_session.pk}/kode/")
    assert response.status_code == 200
    html = response.content.decode()
    code = response.context["code"]
    assert code in (check_in_code(now_session),
                    check_in_code(now_session, timezone.now() - datetime.timedelta(minutes=1)))
    assert "<svg" in html and response.context["is_open"]
    assert 0 < response.context["refresh"] <= 20
    assert f'http-equiv="refresh" content="{response.context["refresh"]}"' in html
    assert response.context["checkin_url"].endswith(f"/program/sesi/{now_session.pk}/hadir/")

    signed_in(client, person.user)
    assert client.get(f"/program/sesi/{now_session.pk}/kode/").status_code == 404


def test_checkin_screen_hides_the_code_outside_the_window(client, facilitator, timed):
    signed_in(client, facilitator)
    timed.starts_at = timezone.now() + datetime.timedelta(hours=3)
    timed.ends_at = timed.starts_at + datetime.timedelta(hours=1)
    timed.save()
    response = client.get(f"/program/sesi/{timed.pk}/kode/")
    assert response.status_code == 200 and not response.context["is_open"]
    assert response.context["code"] not in response.content.decode()


# --- The attendance sheet ---------------------------------------------------------------

def pdf_text(content: bytes) -> str:
    """The text of a PDF: pdftotext when installed, else ReportLab's own page streams
    (ASCII85 + Flate) decoded, which holds the strings it drew."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=content,
                                capture_output=True, check=True)
        return result.stdout.decode()
    text = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", content, re.S):
        data = stream.strip()
        if data.endswith(b"~>"):
            data = base64.a85decode(data[:-2])
        try:
            text.append(zlib.decompress(data).decode("latin-1"))
        except zlib.error:
            text.append(data.decode("latin-1"))
    return "".join(text)


def test_attendance_sheet_is_a_pdf_with_the_names(client, facilitator, programme, session,
                                                  person):
    second = make_participant(name="Wa Ode Uji")
    register(programme, second)
    attendance_mark(user=facilitator, session=session, participant=person, status="hadir")
    signed_in(client, facilitator)
    response = client.get(f"/program/sesi/{session.pk}/daftar-hadir.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF") and len(content) > 2000
    text = pdf_text(content)
    for expected in ("Rahmat Uji", "Wa Ode Uji", "DAFTAR HADIR", "Tanda tangan", "WITA"):
        assert expected in text, expected


def test_attendance_sheet_of_many_people_has_numbered_pages(client, facilitator, programme,
                                                            session):
    for _n in range(45):
        register(programme, make_participant())
    signed_in(client, facilitator)
    text = pdf_text(client.get(f"/program/sesi/{session.pk}/daftar-hadir.pdf").content)
    assert "Halaman 1 dari" in text and "Halaman 2 dari" in text
    assert text.count("Tanda tangan") >= 2  # the header row repeats on every page


# --- The summary and its exports ------------------------------------------------------

@pytest.fixture
def two_regions(programme, facilitator):
    """Two Konut and one Malut participant; attendance at the three sessions."""
    konut = Delegation.objects.get(home_region__slug="kab-konawe-utara")
    a = make_participant(name="Konut Satu")
    b = make_participant(name="Konut Dua")
    c = make_participant(name="Malut Satu", region_slug="prov-maluku-utara")
    register(programme, a, delegation=konut)
    register(programme, b, delegation=konut)
    register(programme, c)
    register(programme, make_participant(name="Antre Tiga"),
             status=Registration.Status.WAITLISTED)
    s1, s2, s3 = programme.sessions.order_by("starts_at")
    for session, participant, status in [(s1, a, "hadir"), (s2, a, "hadir"), (s3, a, "izin"),
                                         (s1, b, "alpa"), (s1, c, "hadir"), (s2, c, "sakit"),
                                         (s3, c, "hadir")]:
        attendance_mark(user=facilitator, session=session, participant=participant,
                        status=status)
    return a, b, c


def test_summary_numbers(client, programme, two_regions):
    a, b, c = two_regions
    signed_in(client, user("penyelenggara"))
    response = client.get(f"/program/{programme.slug}/rekap-presensi/")
    assert response.status_code == 200
    rows = {row.participant.full_name: row for row in response.context["rows"]}
    assert set(rows) == {"Konut Satu", "Konut Dua", "Malut Satu"}  # not the waitlisted
    assert rows["Konut Satu"].counts == {"hadir": 2, "izin": 1, "sakit": 0, "alpa": 0,
                                         "unrecorded": 0}
    assert rows["Konut Satu"].percent == 66.7
    assert rows["Konut Dua"].counts == {"hadir": 0, "izin": 0, "sakit": 0, "alpa": 1,
                                        "unrecorded": 2}
    assert rows["Konut Dua"].percent == 0.0
    assert rows["Malut Satu"].percent == 66.7
    assert attendance_percent(programme, a) == 66.7
    assert attendance_percent(programme, b) == 0.0
    groups = response.context["groups"]
    assert [len(group["rows"]) for group in groups] == [2, 1]  # delegation, then own
    assert groups[0]["average"] == 33.4 or groups[0]["average"] == 33.3

    filtered = client.get(f"/program/{programme.slug}/rekap-presensi/?delegasi=0")
    assert [row.participant for row in filtered.context["rows"]] == [c]


def body(response) -> bytes:
    """A download's bytes, whether it was streamed or not."""
    return b"".join(response.streaming_content if response.streaming else [response.content])


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def test_a_coordinators_export_has_no_other_regions_row(client, programme, two_regions):
    signed_in(client, user("koordinator.konut"))
    page = client.get(f"/program/{programme.slug}/rekap-presensi/")
    assert page.status_code == 200
    assert {row.participant.full_name for row in page.context["rows"]} == {
        "Konut Satu", "Konut Dua"}
    rows = csv_rows(client.get(f"/program/{programme.slug}/rekap-presensi.csv"))
    assert rows[0][:3] == ["No", "Nama", "NIP"] and rows[0][-1].startswith("Sesi 3")
    names = [row[1] for row in rows[1:]]
    assert sorted(names) == ["Konut Dua", "Konut Satu"]
    assert "Malut Satu" not in str(rows)

    response = client.get(f"/program/{programme.slug}/rekap-presensi.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response))).active
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["Konut Dua", "Konut Satu"]

    signed_in(client, user("koordinator.malut"))
    rows = csv_rows(client.get(f"/program/{programme.slug}/rekap-presensi.csv"))
    assert [row[1] for row in rows[1:]] == ["Malut Satu"]
    assert rows[1][6:12] == ["2", "0", "1", "0", "0", "66.7"]
    assert rows[1][12:] == ["Hadir", "Sakit", "Hadir"]


def test_summary_access(client, programme, two_regions, facilitator):
    url = f"/program/{programme.slug}/rekap-presensi/"
    assert client.get(url)["Location"].startswith("/akun/masuk/")
    signed_in(client, facilitator)  # facilitates a session of this programme: everyone
    assert len(client.get(url).context["rows"]) == 3
    signed_in(client, user("peserta"))
    assert client.get(url).status_code == 403
    assert client.get(f"/program/{programme.slug}/rekap-presensi.csv").status_code == 403
    signed_in(client, trainer("pelatih.lain"))  # facilitates nothing here
    assert client.get(url).status_code == 403
    signed_in(client, user("koordinator.konut"))
    assert client.get("/program/tidak-ada/rekap-presensi/").status_code == 404
    programme.published = False
    programme.save()
    assert client.get(url).status_code == 404
    signed_in(client, user("penyelenggara"))
    assert client.get(url).status_code == 200


# --- Who gets what: every attendance URL x the eight roles of tests/test_access_table.py

LOGIN = "login"
ROLES = ["anonymous", "peserta_konut", "peserta_malut", "koordinator_konut",
         "koordinator_malut", "fasilitator", "penyelenggara", "superuser"]
# {session}: a session of a published programme taken by the demo "fasilitator", with the
# demo "peserta" (Konut) registered; {person}: that peserta's participant id.
ACCESS = [
    ("/program/sesi/",                          LOGIN, 403, 403, 403, 403, 200, 200, 200),
    ("/program/sesi/{session}/presensi/",       LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/sesi/{session}/presensi/{person}/", 405, 405, 405, 405, 405, 405, 405, 405),
    ("/program/sesi/{session}/kode/",           LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/sesi/{session}/hadir/",          LOGIN, 200, 404, 404, 404, 404, 404, 404),
    ("/program/sesi/{session}/daftar-hadir.pdf", LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/{programme}/rekap-presensi/",    LOGIN, 403, 403, 200, 200, 200, 200, 200),
    ("/program/{programme}/rekap-presensi.csv", LOGIN, 403, 403, 200, 200, 200, 200, 200),
    ("/program/{programme}/rekap-presensi.xlsx", LOGIN, 403, 403, 200, 200, 200, 200, 200),
]


@pytest.fixture
def roles(programme):
    malut = Delegation.objects.get(home_region__slug="prov-maluku-utara")
    peserta = user("peserta")
    register(programme, peserta.participant)
    return {
        "anonymous": None, "peserta_konut": peserta,
        "peserta_malut": malut.memberships.first().participant.user,
        "koordinator_konut": user("koordinator.konut"),
        "koordinator_malut": user("koordinator.malut"), "fasilitator": user("fasilitator"),
        "penyelenggara": user("penyelenggara"), "superuser": user("admin"),
    }


@pytest.mark.parametrize("row", ACCESS, ids=[row[0] for row in ACCESS])
def test_access_table_of_attendance(client, programme, session, roles, row):
    url = row[0].format(session=session.pk, programme=programme.slug,
                        person=roles["peserta_konut"].participant.pk)
    got = {}
    for role, account in roles.items():
        client.logout()
        if account is not None:
            client.force_login(account)
        response = client.get(url)
        got[role] = (LOGIN if response.status_code == 302
                     and response["Location"].startswith("/akun/masuk/")
                     else response.status_code)
    assert got == dict(zip(ROLES, row[1:], strict=True))
