"""
The follow-up plan through its services (visits.followup): the completion rate on
hand-computed cases (per visit, region and topic), who may plan and report progress,
when the plan is open, and evidence uploads: a refused file stores nothing.

Visits are created directly in the state a test needs (the state machine is tested with
visits.lifecycle); the coordinators are made here, each with a profile in their region.
The helpers below are shared with the other follow-up and mentoring test files.
"""

import datetime
import io
import itertools
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from directory.models import Agency, Participant, Region, Topic
from directory.roles import COORDINATOR, ORGANISER, PARTICIPANT
from lms.errors import AccessDenied, DomainError
from tests.factories.directory import RegionFactory, TopicFactory
from visits.followup import (
    completion,
    completion_by_region,
    completion_by_topic,
    completion_by_visit,
    followup_action_create,
    followup_action_update,
    followup_note_add,
    overdue_actions,
    region_completion,
    visit_completion,
)
from visits.models import FollowUpAction, FollowUpNote, Mentorship, VisitRequest, VisitState

User = get_user_model()
Status = FollowUpAction.Status
KONUT, BAUBAU, TUBAN, MALUT = ("kab-konawe-utara", "kota-baubau", "kab-tuban",
                               "prov-maluku-utara")
TODAY = datetime.date(2026, 3, 10)
_numbers = itertools.count(1)

pytestmark = pytest.mark.django_db


# --- Helpers (also imported by the other follow-up and mentoring tests) ----------------

def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def make_person(region_slug: str = KONUT, *, group: str | None = PARTICIPANT,
                email: str = "", account_email: str = "") -> Participant:
    """A user with a profile in the region, in `group` (None: no group)."""
    number = next(_numbers)
    user = User.objects.create_user(username=f"tindak.lanjut.{number}", password="x-uji-2026",
                                    email=account_email)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return Participant.objects.create(user=user, full_name=f"Orang Uji {number:03d}",
                                      region=region(region_slug), email=email)


def make_coordinator(region_slug: str):
    """A coordinator of the region: in the Koordinator group, with a profile there."""
    return make_person(region_slug, group=COORDINATOR).user


def make_organiser():
    user = User.objects.create_user(username=f"penyelenggara.uji.{next(_numbers)}",
                                    password="x-uji-2026")
    user.groups.add(Group.objects.get(name=ORGANISER))
    return user


def make_visit(*, requester: str = KONUT, host: str = BAUBAU, state: str = VisitState.HELD,
               topics=("sipd",)) -> VisitRequest:
    visit = VisitRequest.objects.create(
        title=f"Kunjungan uji {next(_numbers)}", requesting_region=region(requester),
        host_region=region(host), learning_goal="Belajar SIPD dari daerah yang berhasil.",
        proposed_start=datetime.date(2021, 9, 24), proposed_end=datetime.date(2021, 9, 24),
        delegation_size=12, contact_name="Andi", state=state,
    )
    visit.topics.set(Topic.objects.filter(slug__in=topics))
    return visit


def make_action(visit=None, *, status: str = Status.NOT_STARTED, due=None, owner=None,
                topic=None, mentorship=None, title: str | None = None) -> FollowUpAction:
    """An action written straight to the database (the services are tested below)."""
    origin_region = visit.requesting_region if visit else mentorship.mentee_region
    return FollowUpAction.objects.create(
        visit=visit, mentorship=mentorship, region=origin_region, topic=topic,
        title=title or f"Tindakan uji {next(_numbers)}", owner=owner, status=status,
        due_date=due or TODAY + datetime.timedelta(days=30),
        completed_on=TODAY if status == Status.DONE else None,
    )


def make_mentorship(*, mentor: str = TUBAN, mentee: str = BAUBAU, visit=None) -> Mentorship:
    return Mentorship.objects.create(mentor_region=region(mentor), mentee_region=region(mentee),
                                     goal="Setiap OPD menyusun anggaran di SIPD.",
                                     started_on=datetime.date(2021, 3, 1), visit=visit)


def pdf_file(name: str = "bukti.pdf", size: int | None = None) -> SimpleUploadedFile:
    content = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
    if size:
        content += b"0" * (size - len(content))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def exe_renamed_pdf() -> SimpleUploadedFile:
    """A Windows program named like a PDF."""
    content = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
    return SimpleUploadedFile("laporan.pdf", content, content_type="application/pdf")


def plain_zip() -> SimpleUploadedFile:
    """A ZIP that is not a Word, Excel or PowerPoint document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("catatan.txt", "bukan dokumen Office")
    return SimpleUploadedFile("laporan.docx", buffer.getvalue())


def docx_file() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile("notulen.docx", buffer.getvalue())


@pytest.fixture
def evidence_storage(tmp_path, monkeypatch):
    """Evidence files go to a folder of this test's own, so 'nothing stored' is checkable."""
    storage = FileSystemStorage(location=str(tmp_path))
    monkeypatch.setattr(FollowUpNote._meta.get_field("evidence_file"), "storage", storage)
    return tmp_path


def stored_files(folder) -> list:
    return [path for path in folder.rglob("*") if path.is_file()]


# --- The completion rule, on hand-computed cases ---------------------------------------

def test_two_done_one_in_progress_one_cancelled_is_two_thirds():
    visit = make_visit()
    for status in (Status.DONE, Status.DONE, Status.IN_PROGRESS, Status.CANCELLED):
        make_action(visit, status=status)
    figures = visit_completion(visit, today=TODAY)
    assert (figures.done, figures.countable, figures.open) == (2, 3, 1)
    assert figures.rate == pytest.approx(2 / 3)
    assert figures.percent == 67


def test_all_cancelled_or_no_action_has_no_rate():
    visit = make_visit()
    make_action(visit, status=Status.CANCELLED)
    make_action(visit, status=Status.CANCELLED)
    assert visit_completion(visit, today=TODAY).rate is None
    assert visit_completion(visit, today=TODAY).percent is None
    assert visit_completion(make_visit(), today=TODAY).rate is None


def test_overdue_means_open_and_due_before_today():
    visit = make_visit()
    yesterday, today = TODAY - datetime.timedelta(days=1), TODAY
    late = [make_action(visit, status=Status.NOT_STARTED, due=yesterday),
            make_action(visit, status=Status.IN_PROGRESS, due=yesterday)]
    make_action(visit, status=Status.DONE, due=yesterday)
    make_action(visit, status=Status.CANCELLED, due=yesterday)
    make_action(visit, status=Status.NOT_STARTED, due=today)  # due today: not late yet
    assert visit_completion(visit, today=TODAY).overdue == 2
    mine = FollowUpAction.objects.filter(visit=visit)
    assert list(overdue_actions(TODAY, mine)) == late


def test_completion_per_region_and_per_topic():
    sipd, spbe = Topic.objects.get(slug="sipd"), Topic.objects.get(slug="spbe")
    konut_visit = make_visit(requester=KONUT)
    malut_visit = make_visit(requester=MALUT, host="prov-sulawesi-selatan", topics=("spbe",))
    # Konut: SIPD 1 done of 2; SPBE 1 done, 1 cancelled  -> region 2 of 3
    make_action(konut_visit, status=Status.DONE, topic=sipd)
    make_action(konut_visit, status=Status.NOT_STARTED, topic=sipd)
    make_action(konut_visit, status=Status.DONE, topic=spbe)
    make_action(konut_visit, status=Status.CANCELLED, topic=spbe)
    # Malut: SPBE 0 done of 2, one without a topic done -> region 1 of 3
    make_action(malut_visit, status=Status.IN_PROGRESS, topic=spbe)
    make_action(malut_visit, status=Status.NOT_STARTED, topic=spbe)
    make_action(malut_visit, status=Status.DONE)
    mine = FollowUpAction.objects.filter(visit__in=[konut_visit, malut_visit])

    by_region = completion_by_region(mine, today=TODAY)
    assert (by_region[konut_visit.requesting_region_id].done,
            by_region[konut_visit.requesting_region_id].countable) == (2, 3)
    assert by_region[malut_visit.requesting_region_id].percent == 33

    by_topic = completion_by_topic(mine, today=TODAY)
    assert (by_topic[sipd.pk].done, by_topic[sipd.pk].countable) == (1, 2)
    assert (by_topic[spbe.pk].done, by_topic[spbe.pk].countable) == (1, 3)
    assert by_topic[None].percent == 100

    by_visit = completion_by_visit(mine, today=TODAY)
    assert by_visit[konut_visit.pk].percent == 67 and by_visit[malut_visit.pk].percent == 33
    assert completion(mine, today=TODAY).percent == 50  # 3 done of 6 countable


def test_region_completion_counts_visits_and_mentoring_of_that_region():
    place = RegionFactory()
    visit = make_visit()
    visit.requesting_region = place  # a region of this test's own: no demo actions
    visit.save()
    mentorship = make_mentorship(mentee=BAUBAU)
    mentorship.mentee_region = place
    mentorship.save()
    make_action(visit, status=Status.DONE)
    make_action(mentorship=mentorship, status=Status.IN_PROGRESS)
    figures = region_completion(place, today=TODAY)
    assert (figures.done, figures.countable) == (1, 2)


# --- Planning actions --------------------------------------------------------------------

def test_the_visiting_regions_coordinator_adds_an_action():
    coordinator, visit = make_coordinator(KONUT), make_visit()
    owner = make_person(KONUT)
    bappeda = Agency.objects.get(region__slug=KONUT, acronym="Bappeda")
    action = followup_action_create(
        user=coordinator, visit=visit, title="Bimtek SIPD untuk semua OPD",
        due_date=TODAY, owner=owner, owner_agency=bappeda)
    assert action.region == visit.requesting_region
    assert (action.owner, action.owner_agency, action.status) == (owner, bappeda,
                                                                  Status.NOT_STARTED)
    assert action.topic.slug == "sipd"  # the visit's only topic
    assert action.created_by == coordinator


def test_an_organiser_plans_for_any_region_and_topics_are_not_guessed_among_several():
    visit = make_visit(topics=("sipd", "spbe"))
    action = followup_action_create(user=make_organiser(), visit=visit, title="Rapat evaluasi",
                                    due_date=TODAY)
    assert action.topic is None


@pytest.mark.parametrize("who", ["host coordinator", "third coordinator", "participant",
                                 "trainer"])
def test_only_the_visiting_region_and_organisers_plan(who):
    visit = make_visit()
    user = {
        "host coordinator": lambda: make_coordinator(BAUBAU),
        "third coordinator": lambda: make_coordinator(MALUT),
        "participant": lambda: make_person(KONUT).user,
        "trainer": lambda: make_person(BAUBAU, group="Fasilitator").user,
    }[who]()
    with pytest.raises(AccessDenied) as refused:
        followup_action_create(user=user, visit=visit, title="Tindakan", due_date=TODAY)
    assert refused.value.code == "followup_forbidden"
    assert not FollowUpAction.objects.filter(visit=visit).exists()


@pytest.mark.parametrize("state", [state for state in VisitState.values
                                   if state not in ("terlaksana", "tindak_lanjut")])
def test_the_plan_takes_actions_only_after_the_visit_and_until_it_is_closed(state):
    visit = make_visit(state=state)
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=make_coordinator(KONUT), visit=visit, title="Tindakan",
                               due_date=TODAY)
    assert refused.value.code == "plan_closed"
    assert not FollowUpAction.objects.filter(visit=visit).exists()


def test_follow_up_state_takes_actions_too():
    visit = make_visit(state=VisitState.FOLLOW_UP)
    followup_action_create(user=make_coordinator(KONUT), visit=visit, title="Tindakan",
                           due_date=TODAY)
    assert FollowUpAction.objects.filter(visit=visit).count() == 1


def test_the_person_and_the_opd_belong_to_the_visiting_region():
    coordinator, visit = make_coordinator(KONUT), make_visit()
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=coordinator, visit=visit, title="Tindakan",
                               due_date=TODAY, owner=make_person(BAUBAU))
    assert refused.value.code == "owner_other_region"
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=coordinator, visit=visit, title="Tindakan",
                               due_date=TODAY,
                               owner_agency=Agency.objects.get(region__slug=BAUBAU,
                                                               acronym="Bappeda"))
    assert refused.value.code == "agency_other_region"
    assert not FollowUpAction.objects.filter(visit=visit).exists()


def test_bad_values_are_refused_by_field():
    coordinator, visit = make_coordinator(KONUT), make_visit()
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=coordinator, visit=visit, title="   ", due_date=TODAY)
    assert refused.value.code == "invalid_title"
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=coordinator, visit=visit, title="x" * 251, due_date=TODAY)
    assert refused.value.code == "invalid_title"
    with pytest.raises(DomainError) as refused:
        followup_action_create(user=coordinator, title="Tanpa asal", due_date=TODAY)
    assert refused.value.code == "action_without_origin"


def test_a_mentorings_action_belongs_to_the_mentored_region():
    mentorship = make_mentorship(mentor=TUBAN, mentee=BAUBAU)
    action = followup_action_create(user=make_coordinator(BAUBAU), mentorship=mentorship,
                                    title="Uji coba SIPD di 3 OPD", due_date=TODAY)
    assert (action.region.slug, action.visit, action.mentorship) == (BAUBAU, None, mentorship)
    with pytest.raises(AccessDenied):  # the mentor plans nothing for the mentored region
        followup_action_create(user=make_coordinator(TUBAN), mentorship=mentorship,
                               title="Tindakan", due_date=TODAY)
    with pytest.raises(DomainError) as refused:  # Konut's visit, Baubau's mentoring
        followup_action_create(user=make_organiser(), visit=make_visit(requester=KONUT),
                               mentorship=mentorship, title="Tindakan", due_date=TODAY)
    assert refused.value.code == "mentorship_other_region"


# --- Changing an action ------------------------------------------------------------------

def test_a_planner_changes_an_action_and_done_sets_the_completion_date():
    visit, owner = make_visit(), make_person(KONUT)
    action = make_action(visit)
    coordinator = make_coordinator(KONUT)
    followup_action_update(user=coordinator, action=action, owner=owner,
                           due_date=TODAY + datetime.timedelta(days=60), status=Status.DONE)
    action.refresh_from_db()
    assert (action.owner, action.status) == (owner, Status.DONE)
    assert action.completed_on == timezone.localdate()
    followup_action_update(user=coordinator, action=action, status=Status.IN_PROGRESS)
    action.refresh_from_db()
    assert action.completed_on is None


def test_update_refusals():
    visit, owner = make_visit(), make_person(KONUT)
    action = make_action(visit, owner=owner)
    with pytest.raises(AccessDenied) as refused:  # the owner reports, the planners plan
        followup_action_update(user=owner.user, action=action, title="Judul baru")
    assert refused.value.code == "followup_forbidden"
    with pytest.raises(DomainError) as refused:
        followup_action_update(user=make_organiser(), action=action, region=region(MALUT))
    assert refused.value.code == "field_not_editable"
    with pytest.raises(DomainError) as refused:
        followup_action_update(user=make_organiser(), action=action, owner=make_person(MALUT))
    assert refused.value.code == "owner_other_region"
    VisitRequest.objects.filter(pk=visit.pk).update(state=VisitState.CLOSED)
    with pytest.raises(DomainError) as refused:
        followup_action_update(user=make_organiser(), action=action, title="Judul baru")
    assert refused.value.code == "plan_closed"
    action.refresh_from_db()
    assert (action.owner, action.title.startswith("Tindakan uji")) == (owner, True)


# --- Progress notes and evidence ---------------------------------------------------------

def test_the_owner_reports_progress_and_marks_the_action_done(evidence_storage):
    owner = make_person(KONUT)
    action = make_action(make_visit(), owner=owner)
    note = followup_note_add(user=owner.user, action=action, text="SK tim SIPD terbit.",
                             evidence_file=pdf_file(), status=Status.DONE)
    action.refresh_from_db()
    assert (action.status, action.completed_on) == (Status.DONE, timezone.localdate())
    assert (note.status_after, note.author) == (Status.DONE, owner.user)
    assert len(stored_files(evidence_storage)) == 1
    followup_note_add(user=owner.user, action=action, text="Dibuka lagi: revisi SK.",
                      status=Status.IN_PROGRESS)
    action.refresh_from_db()
    assert (action.status, action.completed_on) == (Status.IN_PROGRESS, None)


def test_a_note_without_a_status_changes_nothing_but_the_log():
    coordinator = make_coordinator(KONUT)
    action = make_action(make_visit(), status=Status.IN_PROGRESS)
    followup_note_add(user=coordinator, action=action, text="Rapat koordinasi OPD.",
                      evidence_url="https://jdih.konaweutarakab.go.id/sk-sipd")
    action.refresh_from_db()
    assert action.status == Status.IN_PROGRESS
    assert action.notes.get().evidence_url.endswith("/sk-sipd")


def test_a_dated_note_completes_the_action_on_its_own_date():
    owner = make_person(KONUT)
    action = make_action(make_visit(), owner=owner)
    at = datetime.datetime(2021, 11, 3, 10, 0, tzinfo=datetime.UTC)
    note = followup_note_add(user=owner.user, action=action, text="Selesai.",
                             status=Status.DONE, at=at)
    action.refresh_from_db()
    assert action.completed_on == datetime.date(2021, 11, 3)
    note.refresh_from_db()
    assert note.created_at == at


def test_evidence_is_named_by_its_content(evidence_storage):
    owner = make_person(KONUT)
    action = make_action(make_visit(), owner=owner)
    note = followup_note_add(user=owner.user, action=action, text="Notulen.",
                             evidence_file=pdf_file(name="notulen.docx"))
    assert note.evidence_file.name.endswith(".pdf")
    note = followup_note_add(user=owner.user, action=action, text="Notulen rapat.",
                             evidence_file=docx_file())
    assert note.evidence_file.name.endswith(".docx")


@pytest.mark.parametrize("who", ["host coordinator", "third coordinator",
                                 "another participant"])
def test_only_the_region_the_owner_and_organisers_report_progress(who):
    action = make_action(make_visit(), owner=make_person(KONUT))
    user = {"host coordinator": lambda: make_coordinator(BAUBAU),
            "third coordinator": lambda: make_coordinator(MALUT),
            "another participant": lambda: make_person(KONUT).user}[who]()
    with pytest.raises(AccessDenied) as refused:
        followup_note_add(user=user, action=action, text="Bukan urusan saya.",
                          status=Status.DONE)
    assert refused.value.code == "action_forbidden"
    action.refresh_from_db()
    assert action.status == Status.NOT_STARTED and not action.notes.exists()


def test_notes_on_a_closed_visits_plan_are_refused():
    action = make_action(make_visit(state=VisitState.CLOSED), status=Status.DONE)
    with pytest.raises(DomainError) as refused:
        followup_note_add(user=make_organiser(), action=action, text="Terlambat.",
                          status=Status.IN_PROGRESS)
    assert refused.value.code == "plan_closed"
    action.refresh_from_db()
    assert action.status == Status.DONE and not action.notes.exists()


def test_a_bad_status_or_link_is_refused():
    owner = make_person(KONUT)
    action = make_action(make_visit(), owner=owner)
    with pytest.raises(DomainError) as refused:
        followup_note_add(user=owner.user, action=action, text="x", status="hampir")
    assert refused.value.code == "invalid_status"
    with pytest.raises(DomainError) as refused:
        followup_note_add(user=owner.user, action=action, text="x",
                          evidence_url="javascript:alert(1)")
    assert refused.value.code == "invalid_evidence_url"
    with pytest.raises(DomainError) as refused:
        followup_note_add(user=owner.user, action=action, text="  ")
    assert refused.value.code == "invalid_text"
    assert not action.notes.exists()


@pytest.mark.parametrize("upload, code", [
    (exe_renamed_pdf, "upload_type"),
    (lambda: SimpleUploadedFile("kosong.pdf", b""), "upload_empty"),
    (lambda: pdf_file(size=11 * 1024 * 1024), "upload_too_large"),
    (plain_zip, "upload_type"),
], ids=["exe renamed pdf", "empty", "11 MB", "zip that is not Office"])
def test_each_refused_evidence_upload_stores_nothing(evidence_storage, upload, code):
    owner = make_person(KONUT)
    action = make_action(make_visit(), owner=owner, status=Status.IN_PROGRESS)
    with pytest.raises(DomainError) as refused:
        followup_note_add(user=owner.user, action=action, text="Bukti terlampir.",
                          evidence_file=upload(), status=Status.DONE)
    assert refused.value.code == code
    assert not FollowUpNote.objects.filter(action=action).exists()
    assert stored_files(evidence_storage) == []
    action.refresh_from_db()
    assert (action.status, action.completed_on) == (Status.IN_PROGRESS, None)


def test_topics_of_a_mentoring_give_the_action_its_topic():
    topic = TopicFactory()
    mentorship = make_mentorship()
    mentorship.topics.set([topic])
    action = followup_action_create(user=make_organiser(), mentorship=mentorship,
                                    title="Tindakan", due_date=TODAY)
    assert action.topic == topic
