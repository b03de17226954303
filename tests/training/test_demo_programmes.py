"""The demo programmes: the real events of DESIGN.md, with their times, people,
attendance and certificates, made through the services; seed_demo stays idempotent."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from icalendar import Calendar

from directory.access import sessions_attendable_by
from directory.validators import validate_nip
from lms.demo.data import people as people_data
from lms.demo.data import programmes as programme_data
from training.certificates import certificate_refusals
from training.models import (
    Attendance,
    Certificate,
    JPEntry,
    Programme,
    Registration,
    Session,
    Stage,
)
from training.registration import registration_open
from visits.models import Delegation

pytestmark = pytest.mark.django_db

WIB, WITA = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar")
SMART_CITY = "bimtek-masterplan-smart-city-kota-baubau"
KONUT = "peningkatan-kapasitas-sipd-kabupaten-konawe-utara"
TUBAN = "pendampingan-sipd-kabupaten-tuban-untuk-kota-baubau"
MALUT = "kunker-maluku-utara-ke-sulawesi-selatan-spbe"
UPCOMING = "bimtek-sipd-penatausahaan-keuangan-sultra-2027"


def programme(slug: str) -> Programme:
    return Programme.objects.select_related("host_region").get(slug=slug)


def local_days(programme: Programme) -> list[datetime.date]:
    return [s.starts_at.astimezone(ZoneInfo(s.timezone)).date()
            for s in programme.sessions.order_by("starts_at")]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in
            [Programme, Stage, Session, Registration, Attendance, Certificate, JPEntry,
             get_user_model()]}


def test_the_smart_city_bimtek_has_four_stages_over_four_months():
    bimtek = programme(SMART_CITY)
    assert bimtek.kind == "bimtek" and bimtek.published
    assert bimtek.host_region.slug == "kota-baubau" and bimtek.host_agency.acronym == "Bappeda"
    assert bimtek.closed_on == datetime.date(2021, 11, 25)
    assert "Kominfo" in bimtek.summary and bimtek.jp_hours == 32
    assert bimtek.signer_title == "Kepala Bappeda Kota Baubau" and not bimtek.signer_name
    assert bimtek.stages.count() == 4
    sessions = list(bimtek.sessions.order_by("starts_at"))
    assert [s.stage_number for s in sessions] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert {s.timezone for s in sessions} == {"Asia/Makassar"}
    days = local_days(bimtek)
    assert days[0] == datetime.date(2021, 8, 2) and days[-1] == datetime.date(2021, 11, 25)
    assert sessions[0].starts_at == datetime.datetime(2021, 8, 2, 8, 30, tzinfo=WITA)
    fasilitator = get_user_model().objects.get(username="fasilitator")
    assert set(sessions_attendable_by(fasilitator).filter(programme=bimtek)) == set(sessions)


def test_the_smart_city_attendance_and_certificates():
    bimtek = programme(SMART_CITY)
    registered = Registration.objects.filter(programme=bimtek, status="registered")
    assert registered.count() == len(programme_data.SMART_CITY_PEOPLE) == 10
    assert set(registered.values_list("participant__region__slug", flat=True)) == {"kota-baubau"}
    attendance = Attendance.objects.filter(session__programme=bimtek)
    assert attendance.count() == 10 * 8
    assert attendance.filter(status="hadir").count() >= 70
    assert set(attendance.values_list("method", flat=True)) == {"rollcall"}
    assert {a.recorded_by.username for a in attendance.select_related("recorded_by")} == {
        "fasilitator"}
    for record in attendance.select_related("session")[:10]:
        assert record.recorded_at.date() == record.session.starts_at.date()
    certificates = Certificate.objects.filter(programme=bimtek)
    assert certificates.count() == 9
    for certificate in certificates:
        assert certificate.valid and certificate.jp_hours == 32
        assert certificate.number.startswith("LTS/2021/")
        assert certificate.issued_at.astimezone(WITA).date() == datetime.date(2021, 11, 25)
        assert certificate.jp_entry.earned_on == datetime.date(2021, 11, 25)
    refused = registered.exclude(participant__certificates__programme=bimtek).get().participant
    assert refused.nip == "198607222010011008"
    reasons = certificate_refusals(bimtek, refused)
    assert [reason.code for reason in reasons] == ["attendance_low"]


def test_the_konut_day_in_baubau():
    visit = programme(KONUT)
    assert visit.kind == "studi_banding" and visit.host_region.slug == "kota-baubau"
    session = visit.sessions.get()
    assert session.timezone == "Asia/Makassar"
    assert session.starts_at == datetime.datetime(2021, 9, 24, 9, tzinfo=WITA)
    assert session.venue == "Aula Kantor Wali Kota Baubau"
    delegation = Delegation.objects.get(home_region__slug="kab-konawe-utara")
    registrations = Registration.objects.filter(programme=visit)
    assert registrations.count() == delegation.members.count()
    assert set(registrations.values_list("participant", flat=True)) == set(
        delegation.members.values_list("pk", flat=True))
    assert {(r.delegation_id, r.registered_by.username, r.status) for r in
            registrations.select_related("registered_by")} == {
        (delegation.pk, "koordinator.konut", "registered")}
    assert all(r.created_at < session.starts_at for r in registrations)
    assert Attendance.objects.filter(session=session, status="hadir").count() == \
        registrations.count()
    # the demo participant can download a certificate of their own
    assert Certificate.objects.filter(programme=visit,
                                      participant__user__username="peserta").exists()


def test_tuban_mentors_baubau_over_zoom_in_wib():
    mentoring = programme(TUBAN)
    assert mentoring.kind == "mentoring" and mentoring.host_region.slug == "kab-tuban"
    sessions = list(mentoring.sessions.all())
    assert len(sessions) == 3
    for session in sessions:
        assert session.timezone == "Asia/Jakarta" and not session.venue
        assert session.meeting_url.startswith("https://zoom.us/j/")
        assert session.starts_at.astimezone(WIB).hour == 9
        assert session.starts_at.astimezone(WITA).hour == 10
    people = Registration.objects.filter(programme=mentoring, status="registered")
    assert set(people.values_list("participant__region__slug", flat=True)) == {"kota-baubau"}
    assert people.filter(participant__user__username="fasilitator").exists()
    assert Attendance.objects.filter(session__programme=mentoring).count() == 3 * people.count()


def test_malut_visits_sulsel_in_wita():
    visit = programme(MALUT)
    assert visit.host_region.slug == "prov-sulawesi-selatan"
    session = visit.sessions.get()
    assert session.timezone == "Asia/Makassar"
    assert local_days(visit) == [datetime.date(2022, 12, 5)]
    delegation = Delegation.objects.get(home_region__slug="prov-maluku-utara")
    assert delegation.home_region.timezone == "Asia/Jayapura"
    registrations = Registration.objects.filter(programme=visit, status="registered")
    assert registrations.count() == delegation.members.count()
    assert {r.registered_by.username for r in registrations} == {"koordinator.malut"}


def test_one_upcoming_programme_is_open_for_registration():
    upcoming = programme(UPCOMING)
    first = upcoming.sessions.order_by("starts_at").first()
    assert upcoming.published and upcoming.closed_on is None and upcoming.capacity == 40
    assert first.starts_at.year == 2027
    assert upcoming.registration_deadline < first.starts_at
    assert registration_open(upcoming)
    assert Registration.objects.filter(programme=upcoming).count() == 3
    assert not Registration.objects.filter(programme=upcoming,
                                           participant__user__username="peserta").exists()
    others = Programme.objects.filter(slug__in=[SMART_CITY, KONUT, TUBAN, MALUT])
    assert not any(registration_open(p) for p in others)


def test_demo_feeds_keep_each_sessions_zone(client):
    smart = Calendar.from_ical(client.get(f"/program/{SMART_CITY}/kalender.ics").content)
    assert len(smart.events) == 8
    assert {e["DTSTART"].params["TZID"] for e in smart.events} == {"Asia/Makassar"}
    tuban = Calendar.from_ical(client.get(f"/program/{TUBAN}/kalender.ics").content)
    assert {e["DTSTART"].params["TZID"] for e in tuban.events} == {"Asia/Jakarta"}
    content = client.get(f"/program/{TUBAN}/kalender.ics").content
    assert b"zoom.us" not in content.replace(b"\r\n ", b"")  # unfolded


def test_the_roll_call_of_the_bimtek_is_reachable_for_its_facilitator(client, demo_password):
    session = programme(SMART_CITY).sessions.order_by("starts_at").first()
    client.login(username="fasilitator", password=demo_password)
    assert client.get(f"/program/sesi/{session.pk}/presensi/").status_code == 200


def test_every_programme_nip_is_valid_and_new():
    for nip in programme_data.ALL_NIPS:
        validate_nip(nip)
    assert len(set(programme_data.ALL_NIPS)) == len(programme_data.ALL_NIPS)
    assert not set(programme_data.ALL_NIPS) & set(people_data.ALL_NIPS)


def test_seed_demo_again_creates_no_programme_data():
    before = counts()
    out = io.StringIO()
    call_command("seed_demo", quiet_logins=True, stdout=out)
    assert counts() == before
    for kind in ["programmes", "programme sessions", "registrations",
                 "attendance records", "certificates"]:
        assert f"  {kind}: 0 created" in out.getvalue().splitlines()
