"""
The visit request lifecycle through its services (visits.lifecycle): every allowed
move of the state machine, every refused one (wrong state, wrong side, a visit the user
cannot see, missing data), and what a move brings with it: one timeline event, the
agenda programme, the email to the other side only.

The regions here are made for the test (with their own coordinators), so the people
who get mail are exactly known, whatever coordinators the demo content has.
"""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from courses.models import CoursePage
from directory.access import HOST, REQUESTER
from directory.models import Participant, Region, Topic
from directory.roles import COORDINATOR, ORGANISER, PARTICIPANT
from lms.errors import AccessDenied, DomainError
from tests.factories.directory import RegionFactory
from training.models import Programme, Session
from visits.lifecycle import (
    allowed_actions,
    visit_agenda_session_add,
    visit_request_move,
    visit_request_submit,
)
from visits.models import Delegation, FollowUpAction, VisitEvent, VisitRequest

User = get_user_model()
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
START = timezone.localdate() + datetime.timedelta(days=30)
END = START + datetime.timedelta(days=1)
OTHER_START = START + datetime.timedelta(days=14)
OTHER_END = OTHER_START + datetime.timedelta(days=2)
STATES = ["diajukan", "ditinjau", "disetujui", "usul_jadwal_lain", "ditolak", "terjadwal",
          "terlaksana", "tindak_lanjut", "selesai"]
ACTIONS = ["review", "approve", "propose_dates", "accept_dates", "decline_dates", "decline",
           "schedule", "mark_held", "start_follow_up", "close"]

# The state machine as the spec writes it: (from, action, side, to).
ALLOWED = [
    ("diajukan", "review", HOST, "ditinjau"),
    ("diajukan", "approve", HOST, "disetujui"),
    ("ditinjau", "approve", HOST, "disetujui"),
    ("diajukan", "propose_dates", HOST, "usul_jadwal_lain"),
    ("ditinjau", "propose_dates", HOST, "usul_jadwal_lain"),
    ("usul_jadwal_lain", "accept_dates", REQUESTER, "disetujui"),
    ("usul_jadwal_lain", "decline_dates", REQUESTER, "ditolak"),
    ("diajukan", "decline", HOST, "ditolak"),
    ("ditinjau", "decline", HOST, "ditolak"),
    ("disetujui", "schedule", HOST, "terjadwal"),
    ("terjadwal", "mark_held", HOST, "terlaksana"),
    ("terlaksana", "start_follow_up", REQUESTER, "tindak_lanjut"),
    ("tindak_lanjut", "close", REQUESTER, "selesai"),
    ("tindak_lanjut", "close", HOST, "selesai"),
]
ALLOWED_PAIRS = {(state, action) for state, action, _side, _to in ALLOWED}
REFUSED_BY_STATE = [(state, action) for state in STATES for action in ACTIONS
                    if (state, action) not in ALLOWED_PAIRS]
ONE_SIDED = sorted({(state, action, side) for state, action, side, _to in ALLOWED
                    if action != "close"})

# How a test reaches each state: the moves after submitting, each by its side.
PATHS = {
    "diajukan": [],
    "ditinjau": [("review", HOST)],
    "usul_jadwal_lain": [("propose_dates", HOST)],
    "disetujui": [("approve", HOST)],
    "ditolak": [("decline", HOST)],
    "terjadwal": [("approve", HOST), ("schedule", HOST)],
    "terlaksana": [("approve", HOST), ("schedule", HOST), ("mark_held", HOST)],
    "tindak_lanjut": [("approve", HOST), ("schedule", HOST), ("mark_held", HOST),
                      ("start_follow_up", REQUESTER)],
    "selesai": [("approve", HOST), ("schedule", HOST), ("mark_held", HOST),
                ("start_follow_up", REQUESTER), ("close", REQUESTER)],
}


def move_data(action: str, host_region: Region) -> dict:
    """What a person gives with each move (a reason, dates, the day it was held)."""
    held_at = datetime.datetime.combine(START, datetime.time(16), tzinfo=host_region.tzinfo)
    return {
        "propose_dates": {"alternative_start": OTHER_START, "alternative_end": OTHER_END,
                          "note": "Minggu itu ada Musrenbang."},
        "decline": {"note": "Kami belum siap menerima kunjungan."},
        "decline_dates": {"note": "Tanggal itu bentrok dengan APBD."},
        "mark_held": {"at": held_at},
    }.get(action, {})


def make_user(username: str, *groups: str, region: Region | None = None):
    user = User.objects.create_user(username=username, password="Uji-Kunjungan-2026",
                                    email=f"{username}@contoh.test",
                                    first_name=username.title())
    user.groups.set(Group.objects.filter(name__in=groups))
    if region is not None:
        Participant.objects.create(user=user, full_name=username.title(), region=region)
    return user


def private_folder(monkeypatch, tmp_path):
    """Letters go to a folder of this test's own (the private storage's stand-in)."""
    storage = FileSystemStorage(location=tmp_path / "private")
    monkeypatch.setattr(VisitRequest._meta.get_field("letter"), "storage", storage)
    return tmp_path / "private"


def make_world(letters) -> SimpleNamespace:
    """A requesting region (WITA), a host region (WIT) and a third one, each with a
    coordinator; an organiser; a participant of the requesting region; a topic."""
    requester_region = RegionFactory(name="Kabupaten Uji Pengaju", timezone="Asia/Makassar")
    host_region = RegionFactory(name="Kota Uji Tuan Rumah", timezone="Asia/Jayapura")
    third_region = RegionFactory(name="Kabupaten Uji Ketiga", timezone="Asia/Jakarta")
    return SimpleNamespace(
        requester_region=requester_region, host_region=host_region,
        third_region=third_region, letters=letters,
        requester=make_user("koord.pengaju", COORDINATOR, region=requester_region),
        host=make_user("koord.tuanrumah", COORDINATOR, region=host_region),
        third=make_user("koord.ketiga", COORDINATOR, region=third_region),
        organiser=make_user("penyelenggara.uji", ORGANISER),
        participant=make_user("peserta.pengaju", PARTICIPANT, region=requester_region),
        topic=Topic.objects.get(slug="sipd"),
    )


@pytest.fixture
def w(db, monkeypatch, tmp_path):
    return make_world(private_folder(monkeypatch, tmp_path))


def side_user(w, side: str):
    return w.host if side == HOST else w.requester


def submit(w, **overrides) -> VisitRequest:
    data = {
        "user": w.requester, "requesting_region": w.requester_region,
        "host_region": w.host_region, "title": "Studi banding SIPD ke Kota Uji",
        "learning_goal": "Penginputan RKPD di SIPD belum berjalan; kami ingin melihat "
                         "cara Bappeda mendampingi setiap OPD.",
        "topics": [w.topic], "proposed_start": START, "proposed_end": END,
        "delegation_size": 12, "contact_name": "Andi Pratama",
        "contact_phone": "0812 1111 2222", "contact_email": "kontak@pengaju.test",
    }
    data.update(overrides)
    return visit_request_submit(**data)


def move(w, visit, action: str, side: str, **extra) -> VisitRequest:
    data = move_data(action, w.host_region) | extra
    return visit_request_move(user=side_user(w, side), visit=visit, action=action, **data)


def reach(w, state: str) -> VisitRequest:
    visit = submit(w)
    for action, side in PATHS[state]:
        visit = move(w, visit, action, side)
    assert visit.state == state
    return visit


def snapshot(visit) -> dict:
    """Everything a refused move must leave as it was."""
    return {
        "row": VisitRequest.objects.filter(pk=visit.pk).values().get(),
        "events": list(VisitEvent.objects.filter(request_id=visit.pk)
                       .values_list("pk", "action", "to_state")),
        "programmes": list(Programme.objects.order_by("pk")
                           .values_list("pk", "published")),
        "sessions": Session.objects.count(),
        "outbox": len(mail.outbox),
    }


def requester_side(w) -> set[str]:
    return {w.requester.email, "kontak@pengaju.test"}


def host_side(w) -> set[str]:
    return {w.host.email}


# Submitting

def test_submit_files_the_request_with_its_first_event_and_mails_the_host_only(
        w, django_capture_on_commit_callbacks):
    letter = SimpleUploadedFile("surat.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        visit = submit(w, letter=letter, letter_number="005/123/BAPPEDA/2026")

    visit.refresh_from_db()
    assert visit.state == "diajukan"
    assert visit.requested_by == w.requester
    assert list(visit.topics.all()) == [w.topic]
    assert visit.letter.read() == PDF
    event = visit.events.get()
    assert (event.action, event.from_state, event.to_state, event.actor, event.side) == (
        "submit", "", "diajukan", w.requester, REQUESTER)
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == host_side(w)
    assert visit.title in mail.outbox[0].subject
    assert f"/kunjungan/{visit.pk}/" in mail.outbox[0].body


def test_submit_at_a_past_moment_dates_the_request_and_its_event(w):
    moment = datetime.datetime(2021, 9, 1, 2, 0, tzinfo=datetime.UTC)
    visit = submit(w, at=moment, proposed_start=datetime.date(2021, 9, 24),
                   proposed_end=datetime.date(2021, 9, 24))
    visit.refresh_from_db()
    assert visit.created_at == moment
    assert visit.events.get().at == moment


def test_an_organiser_files_for_any_region(w):
    visit = submit(w, user=w.organiser)
    assert visit.requesting_region == w.requester_region
    assert visit.events.get().side == "organiser"


@pytest.mark.parametrize("who", ["third", "host", "participant"])
def test_only_the_regions_own_coordinator_files_for_it(w, who):
    with pytest.raises(AccessDenied) as excinfo:
        submit(w, user=getattr(w, who))
    assert excinfo.value.code == "not_your_side"
    assert not VisitRequest.objects.filter(requesting_region=w.requester_region).exists()


@pytest.mark.parametrize("overrides, code", [
    ({"host_region": "requester_region"}, "same_region"),
    ({"proposed_end": START - datetime.timedelta(days=1)}, "dates_order"),
    ({"delegation_size": 0}, "delegation_size"),
])
def test_submit_refuses_bad_facts_and_stores_nothing(w, overrides, code):
    overrides = {key: getattr(w, value) if isinstance(value, str) else value
                 for key, value in overrides.items()}
    letter = SimpleUploadedFile("surat.pdf", PDF, content_type="application/pdf")
    with pytest.raises(DomainError) as excinfo:
        submit(w, letter=letter, **overrides)
    assert excinfo.value.code == code
    assert not VisitRequest.objects.filter(requesting_region=w.requester_region).exists()
    assert not any(path.is_file() for path in w.letters.rglob("*"))


@pytest.mark.parametrize("content, code", [
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64, "upload_type"),
    (b"PK\x03\x04" + b"\x00" * 64, "upload_type"),
    (b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), "upload_too_large"),
])
def test_a_letter_that_is_not_a_small_pdf_is_refused_and_nothing_is_stored(
        w, content, code, django_capture_on_commit_callbacks):
    letter = SimpleUploadedFile("surat.pdf", content, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError) as error:
        submit(w, letter=letter)
    assert error.value.code == code
    assert not VisitRequest.objects.filter(requesting_region=w.requester_region).exists()
    assert not any(path.is_file() for path in w.letters.rglob("*"))
    assert mail.outbox == []


def test_the_delegation_must_be_the_requesting_regions(w):
    elsewhere = Delegation.objects.create(
        name="Delegasi lain", home_region=w.third_region, host_region=w.host_region,
        start_date=START, end_date=END)
    with pytest.raises(AccessDenied) as excinfo:
        submit(w, delegation=elsewhere)
    assert excinfo.value.code == "delegation_forbidden"
    with pytest.raises(DomainError) as excinfo:
        submit(w, user=w.organiser, delegation=elsewhere)
    assert excinfo.value.code == "delegation_other_region"
    own = Delegation.objects.create(
        name="Delegasi pengaju", home_region=w.requester_region, host_region=w.host_region,
        start_date=START, end_date=END)
    assert submit(w, delegation=own).delegation == own


# Every allowed move

@pytest.mark.parametrize("from_state, action, side, to_state", ALLOWED)
def test_every_allowed_move(w, from_state, action, side, to_state,
                            django_capture_on_commit_callbacks):
    visit = reach(w, from_state)
    events_before = visit.events.count()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moved = move(w, visit, action, side, note="Catatan langkah ini.")

    moved.refresh_from_db()
    assert moved.state == to_state
    assert moved.events.count() == events_before + 1
    event = moved.events.order_by("-pk").first()
    assert (event.action, event.from_state, event.to_state, event.actor, event.side) == (
        action, from_state, to_state, side_user(w, side), side)
    assert event.note == "Catatan langkah ini."
    assert len(mail.outbox) == 1
    expected = requester_side(w) if side == HOST else host_side(w)
    assert set(mail.outbox[0].to) == expected
    assert moved.title in mail.outbox[0].subject


def test_a_move_dated_in_the_past_keeps_its_moment(w):
    visit = submit(w)
    moment = datetime.datetime(2021, 9, 10, 3, 30, tzinfo=datetime.UTC)
    move(w, visit, "review", HOST, at=moment)
    assert visit.events.get(action="review").at == moment


# Every refused move changes nothing

@pytest.mark.parametrize("state, action", REFUSED_BY_STATE)
def test_a_move_from_the_wrong_state_is_refused_and_changes_nothing(
        w, state, action, django_capture_on_commit_callbacks):
    visit = reach(w, state)
    before = snapshot(visit)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError) as error:
        visit_request_move(user=w.organiser, visit=visit, action=action,
                           **move_data(action, w.host_region))
    assert error.value.code == "move_not_allowed"
    assert snapshot(visit) == before


@pytest.mark.parametrize("state, action, side", ONE_SIDED)
def test_a_move_by_the_other_side_is_refused_and_changes_nothing(
        w, state, action, side, django_capture_on_commit_callbacks):
    visit = reach(w, state)
    before = snapshot(visit)
    other = REQUESTER if side == HOST else HOST
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(AccessDenied) as error:
        move(w, visit, action, other)
    assert error.value.code == "not_your_side"
    assert snapshot(visit) == before


@pytest.mark.parametrize("who", ["third", "participant"])
def test_a_visit_the_user_cannot_see_is_refused_and_changes_nothing(
        w, who, django_capture_on_commit_callbacks):
    visit = submit(w)
    before = snapshot(visit)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(AccessDenied) as error:
        visit_request_move(user=getattr(w, who), visit=visit, action="review")
    assert error.value.code == "visit_forbidden"
    assert snapshot(visit) == before


def test_an_unknown_action_is_refused(w):
    visit = submit(w)
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        visit_request_move(user=w.host, visit=visit, action="publish_everything")
    assert error.value.code == "move_not_allowed"
    assert snapshot(visit) == before


@pytest.mark.parametrize("action, data, code", [
    ("propose_dates", {}, "dates_required"),
    ("propose_dates", {"alternative_start": OTHER_START}, "dates_required"),
    ("propose_dates", {"alternative_start": OTHER_END, "alternative_end": OTHER_START},
     "dates_order"),
    ("decline", {"note": "   "}, "reason_required"),
    ("decline", {}, "reason_required"),
])
def test_host_moves_without_their_data_are_refused_and_change_nothing(w, action, data, code):
    visit = submit(w)
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        visit_request_move(user=w.host, visit=visit, action=action, **data)
    assert error.value.code == code
    assert snapshot(visit) == before


def test_declining_other_dates_needs_a_reason(w):
    visit = reach(w, "usul_jadwal_lain")
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        visit_request_move(user=w.requester, visit=visit, action="decline_dates")
    assert error.value.code == "reason_required"
    assert snapshot(visit) == before


def test_declining_keeps_the_reason(w):
    visit = move(w, submit(w), "decline", HOST, note="Aula sedang direnovasi.")
    visit.refresh_from_db()
    assert visit.decline_reason == "Aula sedang direnovasi."


# The agenda

def test_approving_creates_an_unpublished_study_visit_programme_with_one_session(w):
    course = CoursePage.objects.live().public().order_by("pk").first()
    visit = submit(w, delegation_size=17, learning_goal="x" * 700)
    visit = move(w, visit, "approve", HOST, venue="Aula Kantor Wali Kota", courses=[course])

    programme = Programme.objects.get(pk=visit.programme_id)
    assert programme.kind == "studi_banding"
    assert not programme.published
    assert programme.title == visit.title
    assert programme.host_region == w.host_region
    assert programme.capacity == 17
    assert programme.summary == "x" * 600
    assert list(programme.topics.all()) == [w.topic]
    assert list(programme.courses.all()) == [course]
    session = programme.sessions.get()
    zone = ZoneInfo("Asia/Jayapura")  # the host's zone, not Jakarta's
    assert session.starts_at == datetime.datetime.combine(START, datetime.time(9), zone)
    assert session.ends_at == datetime.datetime.combine(START, datetime.time(15), zone)
    assert session.timezone == "Asia/Jayapura"
    assert session.venue == "Aula Kantor Wali Kota"


def test_two_visits_with_the_same_title_get_different_programme_slugs(w):
    first = move(w, submit(w), "approve", HOST)
    second = move(w, submit(w), "approve", HOST)
    assert first.programme.slug != second.programme.slug
    assert second.programme.sessions.get().venue  # "To be confirmed", in the site language


def test_approving_can_attach_the_hosts_existing_study_visit_programme(w):
    existing = Programme.objects.create(
        title="Kunjungan yang sudah dijadwalkan", slug="kunjungan-uji-lama",
        kind="studi_banding", host_region=w.host_region, summary="Sudah ada.")
    count = Programme.objects.count()
    visit = move(w, submit(w), "approve", HOST, programme=existing)
    assert visit.programme == existing
    assert Programme.objects.count() == count


@pytest.mark.parametrize("kind, region", [("bimtek", "host_region"),
                                          ("studi_banding", "third_region")])
def test_a_programme_of_another_kind_or_region_is_not_attached(w, kind, region):
    unsuitable = Programme.objects.create(
        title="Bukan agenda ini", slug=f"bukan-agenda-{kind}", kind=kind,
        host_region=getattr(w, region), summary="Lain.")
    visit = submit(w)
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        move(w, visit, "approve", HOST, programme=unsuitable)
    assert error.value.code == "programme_unsuitable"
    assert snapshot(visit) == before


def test_accepting_other_dates_copies_them_and_creates_the_agenda_on_them(w):
    visit = reach(w, "usul_jadwal_lain")
    visit = move(w, visit, "accept_dates", REQUESTER)
    visit.refresh_from_db()
    assert (visit.proposed_start, visit.proposed_end) == (OTHER_START, OTHER_END)
    session = visit.programme.sessions.get()
    assert session.starts_at == datetime.datetime.combine(
        OTHER_START, datetime.time(9), ZoneInfo("Asia/Jayapura"))
    assert visit.programme.kind == "studi_banding"


def test_scheduling_needs_a_session_and_publishes_the_programme(w):
    visit = reach(w, "disetujui")
    Session.objects.filter(programme=visit.programme).delete()
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        move(w, visit, "schedule", HOST)
    assert error.value.code == "agenda_empty"
    assert snapshot(visit) == before

    visit_agenda_session_add(
        user=w.host, visit=visit, title="Paparan Bappeda", venue="Aula",
        starts_at=datetime.datetime(2030, 1, 1, 1, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 1, 1, 4, tzinfo=datetime.UTC))
    visit = move(w, visit, "schedule", HOST)
    assert Programme.objects.get(pk=visit.programme_id).published


def test_marking_held_waits_for_the_first_day_and_defaults_to_it(w):
    visit = reach(w, "terjadwal")
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        visit_request_move(user=w.host, visit=visit, action="mark_held")  # today < START
    assert error.value.code == "not_yet_held"
    assert snapshot(visit) == before

    visit = move(w, visit, "mark_held", HOST)
    visit.refresh_from_db()
    assert visit.held_on == START


def test_closing_is_refused_while_a_follow_up_action_is_open(w):
    visit = reach(w, "tindak_lanjut")
    action = FollowUpAction.objects.create(
        visit=visit, region=w.requester_region, title="OPD menginput RKPD di SIPD",
        due_date=START + datetime.timedelta(days=90), status="berjalan")
    before = snapshot(visit)
    with pytest.raises(DomainError) as error:
        move(w, visit, "close", REQUESTER)
    assert error.value.code == "actions_open"
    assert snapshot(visit) == before

    FollowUpAction.objects.filter(pk=action.pk).update(status="selesai")
    FollowUpAction.objects.create(visit=visit, region=w.requester_region, title="Batal",
                                  due_date=START, status="batal")
    assert move(w, visit, "close", HOST).state == "selesai"


# The agenda's sessions

def test_the_host_adds_sessions_in_its_own_time_zone(w):
    visit = reach(w, "disetujui")
    starts = datetime.datetime.combine(START, datetime.time(13), ZoneInfo("Asia/Jayapura"))
    session = visit_agenda_session_add(
        user=w.host, visit=visit, title="Kunjungan ke Bappeda", venue="Kantor Bappeda",
        starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    assert session.programme == visit.programme
    assert session.timezone == "Asia/Jayapura"
    assert visit.programme.sessions.count() == 2


@pytest.mark.parametrize("state, who, error_class, code", [
    ("disetujui", "requester", AccessDenied, "not_your_side"),
    ("disetujui", "third", AccessDenied, "visit_forbidden"),
    ("diajukan", "host", DomainError, "move_not_allowed"),
    ("terlaksana", "host", DomainError, "move_not_allowed"),
])
def test_adding_a_session_is_refused_to_others_and_outside_the_agenda_states(
        w, state, who, error_class, code):
    visit = reach(w, state)
    sessions = Session.objects.count()
    starts = timezone.now() + datetime.timedelta(days=40)
    with pytest.raises(error_class) as error:
        visit_agenda_session_add(user=getattr(w, who), visit=visit, title="Sesi",
                                 venue="Aula", starts_at=starts,
                                 ends_at=starts + datetime.timedelta(hours=1))
    assert error.value.code == code
    assert Session.objects.count() == sessions


@pytest.mark.parametrize("hours, venue, code", [(-1, "Aula", "session_order"),
                                                 (2, "", "session_place")])
def test_a_session_without_a_place_or_ending_before_it_starts_is_refused(
        w, hours, venue, code):
    visit = reach(w, "disetujui")
    starts = timezone.now() + datetime.timedelta(days=40)
    with pytest.raises(DomainError) as error:
        visit_agenda_session_add(user=w.host, visit=visit, title="Sesi", venue=venue,
                                 starts_at=starts, ends_at=starts + datetime.timedelta(hours=hours))
    assert error.value.code == code
    assert visit.programme.sessions.count() == 1


# Buttons and mail

def test_allowed_actions_follow_the_state_and_the_side(w):
    visit = submit(w)
    assert allowed_actions(w.host, visit) == ["review", "approve", "propose_dates", "decline"]
    assert allowed_actions(w.requester, visit) == []
    assert allowed_actions(w.third, visit) == []
    assert allowed_actions(w.participant, visit) == []
    assert allowed_actions(w.organiser, visit) == ["review", "approve", "propose_dates",
                                                   "decline"]
    visit = reach(w, "usul_jadwal_lain")
    assert allowed_actions(w.requester, visit) == ["accept_dates", "decline_dates"]
    assert allowed_actions(w.host, visit) == []
    visit = reach(w, "tindak_lanjut")
    assert allowed_actions(w.requester, visit) == ["close"]
    assert allowed_actions(w.host, visit) == ["close"]
    assert allowed_actions(w.host, reach(w, "selesai")) == []


def test_an_organiser_acting_for_the_host_mails_the_requester_side(
        w, django_capture_on_commit_callbacks):
    visit = submit(w)
    with django_capture_on_commit_callbacks(execute=True):
        visit_request_move(user=w.organiser, visit=visit, action="review")
    assert visit.events.get(action="review").side == "organiser"
    assert [set(message.to) for message in mail.outbox] == [requester_side(w)]


def test_an_organiser_closing_tells_both_sides(w, django_capture_on_commit_callbacks):
    visit = reach(w, "tindak_lanjut")
    with django_capture_on_commit_callbacks(execute=True):
        visit_request_move(user=w.organiser, visit=visit, action="close")
    assert sorted(sorted(message.to) for message in mail.outbox) == sorted(
        [sorted(requester_side(w)), sorted(host_side(w))])


def test_a_host_without_coordinators_is_answered_for_by_the_organisers(
        w, django_capture_on_commit_callbacks):
    lonely = RegionFactory(name="Kabupaten Uji Tanpa Koordinator")
    with django_capture_on_commit_callbacks(execute=True):
        submit(w, host_region=lonely)
    organisers = set(User.objects.filter(groups__name=ORGANISER, is_active=True)
                     .exclude(email="").values_list("email", flat=True))
    assert w.organiser.email in organisers
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == organisers
    assert not set(mail.outbox[0].to) & requester_side(w)
