"""
Certificates and the JP ledger, through their public doors: the services in
training.certificates and the pages of training/views/certificates.py.

Programmes are built with tests.training.helpers.make_programme (four sessions from
12 July 2021, in Baubau's WITA); registrations and attendance are written directly, so
these tests do not depend on the registration and attendance services.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment, Quiz, QuizAttempt
from directory.models import Participant
from lms.errors import AccessDenied, DomainError
from tests.courses.helpers import before_any_learning, course
from tests.training.helpers import make_participant, make_programme
from training.certificate_pdf import certificate_pdf, date_range
from training.certificates import (
    certificate_issue,
    certificate_refusals,
    certificate_revoke,
    certificates_issue_bulk,
    jp_total,
    mask_nip,
    normalise_number,
    number_from_slug,
    number_slug,
)
from training.models import Attendance, Certificate, JPEntry, Registration

User = get_user_model()
NUMBER = re.compile(r"^LTS/2021/\d{4}/\d{4}$")
START = datetime.date(2021, 7, 12)


@pytest.fixture
def organiser(db):
    return User.objects.get(username="penyelenggara")


@pytest.fixture
def programme(db):
    return make_programme(sessions=4, starts=START)


@pytest.fixture
def peserta(db) -> Participant:
    """The demo participant of Konawe Utara (has a NIP)."""
    return Participant.objects.get(user__username="peserta")


def register(programme, person, status=Registration.Status.REGISTERED):
    return Registration.objects.create(programme=programme, participant=person, status=status)


def attend(programme, person, present: int):
    """`present` sessions hadir (the first ones), the rest alpa."""
    for index, session in enumerate(programme.sessions.order_by("starts_at")):
        Attendance.objects.create(
            session=session, participant=person, method=Attendance.Method.ROLL_CALL,
            status=Attendance.Status.PRESENT if index < present else Attendance.Status.ABSENT)


def completed(programme, person=None, present=4):
    """A person registered and present at `present` of the four sessions."""
    person = person or make_participant()
    register(programme, person)
    attend(programme, person, present)
    return person


def codes(reasons) -> list[str]:
    return [reason.code for reason in reasons]


def slug(certificate) -> str:
    return number_slug(certificate.number)


# The rule ---------------------------------------------------------------------------

def test_eligible_person_gets_a_certificate_and_jp(programme, organiser):
    person = completed(programme)
    assert certificate_refusals(programme, person) == []
    certificate = certificate_issue(user=organiser, programme=programme, participant=person)
    assert NUMBER.match(certificate.number)
    assert certificate.number.endswith(f"/{programme.pk:04d}/0001")
    assert certificate.jp_hours == programme.jp_hours == 12
    entry = JPEntry.objects.get(certificate=certificate)
    assert (entry.participant, entry.hours) == (person, 12)
    assert entry.earned_on == datetime.date(2021, 7, 15)  # the last session, in WITA
    assert codes(certificate_refusals(programme, person)) == ["already_certified"]


def test_missing_attendance_is_refused_with_the_reason_and_nothing_stored(programme,
                                                                         organiser):
    person = completed(programme, present=2)
    reasons = certificate_refusals(programme, person)
    assert codes(reasons) == ["attendance_low"]
    assert all(figure in reasons[0] for figure in ("2", "4", "50", "80"))
    with pytest.raises(DomainError) as refused:
        certificate_issue(user=organiser, programme=programme, participant=person)
    assert refused.value.code == "not_eligible"
    assert reasons[0] in refused.value.message
    assert not Certificate.objects.filter(participant=person).exists()
    assert not JPEntry.objects.filter(participant=person).exists()


def test_attendance_exactly_at_the_threshold_passes(organiser):
    programme = make_programme(sessions=5, starts=START)  # 4 of 5 = 80%
    person = completed(programme, present=4)
    assert certificate_refusals(programme, person) == []


def test_registration_and_sessions_are_part_of_the_rule(programme):
    waiting = make_participant()
    register(programme, waiting, Registration.Status.WAITLISTED)
    attend(programme, waiting, 4)
    stranger = make_participant()
    assert codes(certificate_refusals(programme, waiting)) == ["waitlisted"]
    assert codes(certificate_refusals(programme, stranger)) == ["not_registered",
                                                                "attendance_low"]
    empty = make_programme(sessions=0)
    register(empty, stranger)
    assert codes(certificate_refusals(empty, stranger)) == ["no_sessions"]


@pytest.fixture
def post_test(programme):
    """The demo SIPD course, linked to the programme, with a post-test of its own."""
    linked = before_any_learning(course())
    quiz = Quiz.objects.create(course=linked, kind=Quiz.Kind.POST, title="Post-test SIPD")
    programme.courses.set([linked])
    programme.save()
    return quiz


def attempt(quiz, person, *, passed: bool):
    enrollment, _new = Enrollment.objects.get_or_create(user=person.user, course=quiz.course)
    number = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).count() + 1
    QuizAttempt.objects.create(enrollment=enrollment, quiz=quiz, number=number,
                               submitted_at=timezone.now(), score=90 if passed else 40,
                               passed=passed)


def test_required_post_test_failed_or_not_taken_is_refused(programme, post_test, organiser):
    failed, absent = completed(programme), completed(programme)
    attempt(post_test, failed, passed=False)
    assert codes(certificate_refusals(programme, failed)) == ["post_test_not_passed"]
    assert codes(certificate_refusals(programme, absent)) == ["post_test_not_passed"]
    with pytest.raises(DomainError):
        certificate_issue(user=organiser, programme=programme, participant=failed)
    attempt(post_test, failed, passed=True)  # a later attempt passes
    assert certificate_refusals(programme, failed) == []
    programme.require_post_test = False
    programme.save()
    assert certificate_refusals(programme, absent) == []


def test_only_organisers_issue_and_revoke(programme, organiser):
    person = completed(programme)
    for username in ("koordinator.konut", "fasilitator", "peserta"):
        with pytest.raises(AccessDenied):
            certificate_issue(user=User.objects.get(username=username), programme=programme,
                              participant=person)
    certificate = certificate_issue(user=organiser, programme=programme, participant=person)
    with pytest.raises(AccessDenied):
        certificate_revoke(user=User.objects.get(username="koordinator.konut"),
                           certificate=certificate, reason="Salah")


# Bulk and numbers -------------------------------------------------------------------

def test_bulk_issues_to_the_eligible_and_returns_the_refused(programme, organiser):
    good = [completed(programme) for _ in range(3)]
    short = [completed(programme, present=1) for _ in range(2)]
    waiting = make_participant()
    register(programme, waiting, Registration.Status.WAITLISTED)
    issued, refused = certificates_issue_bulk(user=organiser, programme=programme)
    assert {c.participant_id for c in issued} == {p.pk for p in good}
    assert {p.pk for p, _reasons in refused} == {p.pk for p in short}
    assert all(codes(reasons) == ["attendance_low"] for _p, reasons in refused)
    assert sorted(c.number[-4:] for c in issued) == ["0001", "0002", "0003"]
    assert JPEntry.objects.filter(certificate__programme=programme).count() == 3

    again, refused = certificates_issue_bulk(user=organiser, programme=programme)
    assert again == []
    assert sorted(codes(r)[0] for _p, r in refused) == ["already_certified"] * 3 + [
        "attendance_low"] * 2


def test_numbers_are_unique_and_continue_within_the_programme(programme, organiser):
    first = certificate_issue(user=organiser, programme=programme,
                              participant=completed(programme))
    completed(programme)
    completed(programme)
    issued, _refused = certificates_issue_bulk(user=organiser, programme=programme)
    other = make_programme(sessions=1, starts=START)
    elsewhere = certificate_issue(user=organiser, programme=other,
                                  participant=completed(other, present=1))
    numbers = [first.number, *(c.number for c in issued), elsewhere.number]
    assert len(set(numbers)) == len(numbers) == 4
    assert [n[-4:] for n in numbers[:3]] == ["0001", "0002", "0003"]
    assert elsewhere.number == f"LTS/2021/{other.pk:04d}/0001"


def test_bulk_queries_do_not_grow_with_registrants(organiser):
    def queries(size: int) -> int:
        programme = make_programme(sessions=4, starts=START)
        for _ in range(size):
            completed(programme)
        with CaptureQueriesContext(connection) as captured:
            issued, _refused = certificates_issue_bulk(user=organiser, programme=programme)
        assert len(issued) == size
        return len(captured)

    queries(1)  # the organiser's roles are read once per user object
    assert queries(3) == queries(15)


# Revocation and the JP ledger -------------------------------------------------------

def test_revocation_removes_the_jp_and_is_refused_twice(programme, organiser):
    person = completed(programme)
    certificate = certificate_issue(user=organiser, programme=programme, participant=person)
    assert jp_total(person, 2021) == 12
    with pytest.raises(DomainError) as empty:
        certificate_revoke(user=organiser, certificate=certificate, reason="   ")
    assert empty.value.code == "reason_required"
    revoked = certificate_revoke(user=organiser, certificate=certificate,
                                 reason="Daftar hadir keliru")
    assert revoked.revoked_at and revoked.revoked_by == organiser
    assert jp_total(person, 2021) == 0
    assert not JPEntry.objects.filter(certificate=certificate).exists()
    with pytest.raises(DomainError) as twice:
        certificate_revoke(user=organiser, certificate=certificate, reason="Lagi")
    assert twice.value.code == "already_revoked"
    assert codes(certificate_refusals(programme, person)) == ["certificate_revoked"]


def test_jp_total_counts_the_year_of_the_last_session(organiser):
    person = make_participant()
    for starts in (datetime.date(2021, 7, 12), datetime.date(2021, 12, 30),
                   datetime.date(2022, 3, 1)):
        programme = make_programme(sessions=4, starts=starts)
        completed(programme, person)
        certificate_issue(user=organiser, programme=programme, participant=person)
    # the 30 Dec 2021 programme ends on 2 Jan 2022: its JP count in 2022
    assert (jp_total(person, 2021), jp_total(person, 2022), jp_total(person, 2023)) == (
        12, 24, 0)


# Public verification ----------------------------------------------------------------

def test_number_helpers():
    assert number_slug("LTS/2021/0007/0012") == "LTS-2021-0007-0012"
    assert number_from_slug("lts-2021-0007-0012") == "LTS/2021/0007/0012"
    assert normalise_number(" lts 2021-0007 / 0012 ") == "LTS/2021/0007/0012"
    assert normalise_number("https://x.id/verifikasi/LTS-2021-0007-0012/") == (
        "LTS/2021/0007/0012")
    assert mask_nip("199407082019032001") == "1994**********2001"
    assert mask_nip("") == ""


@pytest.fixture
def certified(programme, organiser, peserta):
    completed(programme, peserta)
    return certificate_issue(user=organiser, programme=programme, participant=peserta)


def assert_no_full_nip(response, nip: str):
    content = response.content.decode()
    assert nip not in content
    assert f"{nip[:8]} {nip[8:14]}" not in content


def test_verification_of_a_valid_certificate(client, certified, peserta):
    response = client.get(f"/verifikasi/{slug(certified)}/")
    assert response.status_code == 200
    assert response.context["certificate"] == certified
    content = response.content.decode()
    assert peserta.full_name in content and certified.programme.title in content
    assert "1994**********2001" in content
    assert_no_full_nip(response, peserta.nip)


def test_verification_of_a_revoked_certificate(client, certified, organiser, peserta):
    certificate_revoke(user=organiser, certificate=certified, reason="Data kehadiran keliru")
    response = client.get(f"/verifikasi/{slug(certified)}/")
    assert response.status_code == 200
    assert response.context["certificate"].revoked_at is not None
    assert "Data kehadiran keliru" in response.content.decode()
    assert_no_full_nip(response, peserta.nip)


def test_verification_of_an_unknown_number_is_a_friendly_404(client, db):
    response = client.get("/verifikasi/LTS-1999-9999-9999/")
    assert response.status_code == 404
    assert response.context["certificate"] is None
    assert "LTS/1999/9999/9999" in response.content.decode()
    assert client.get("/verifikasi/%3Cscript%3E/").status_code == 404


def test_verification_form(client, certified):
    typed = certified.number.lower().replace("/", " / ")
    response = client.get("/verifikasi/", {"nomor": typed})
    assert response.status_code == 302
    assert response.url == f"/verifikasi/{slug(certified)}/"
    assert client.get("/verifikasi/").status_code == 200
    for bad in ("", "   ", "<script>", "nomor?x=1"):
        response = client.get("/verifikasi/", {"nomor": bad})
        assert response.status_code == 200
        assert response.context["form"].errors


# Downloads --------------------------------------------------------------------------

def login(client, username: str):
    client.force_login(User.objects.get(username=username))
    return client


def test_participant_downloads_their_own_certificate_only(client, certified, programme,
                                                           organiser):
    other = certificate_issue(user=organiser, programme=programme,
                              participant=completed(programme))
    login(client, "peserta")
    response = client.get(f"/sertifikat/{slug(certified)}/unduh.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client.get(f"/sertifikat/{slug(other)}/unduh.pdf").status_code == 404
    assert client.get("/sertifikat/LTS-2021-9999-0001/unduh.pdf").status_code == 404


def test_coordinators_download_their_region_only(client, certified):
    url = f"/sertifikat/{slug(certified)}/unduh.pdf"
    assert login(client, "koordinator.konut").get(url).status_code == 200
    assert login(client, "koordinator.malut").get(url).status_code == 404
    assert login(client, "fasilitator").get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_a_revoked_certificate_is_for_organisers_only(client, certified, organiser):
    certificate_revoke(user=organiser, certificate=certified, reason="Salah orang")
    url = f"/sertifikat/{slug(certified)}/unduh.pdf"
    assert login(client, "peserta").get(url).status_code == 404
    assert login(client, "penyelenggara").get(url).content.startswith(b"%PDF")


def test_pdf_renders_for_unusual_people_and_programmes(programme, organiser):
    programme.title = "Bimtek " + "Penyusunan Dokumen Perencanaan & <Evaluasi> " * 4
    programme.host_agency = None
    programme.save()
    person = make_participant(name="Ní Wayan Ṣaraswatī, S.Kom., M.T.")
    completed(programme, person)
    certificate = certificate_issue(user=organiser, programme=programme, participant=person)
    pdf = certificate_pdf(certificate, verify_url="https://lintas.example/verifikasi/x/")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert date_range(datetime.date(2021, 7, 12), datetime.date(2021, 11, 25)) == (
        "12 Juli – 25 November 2021")
    assert date_range(datetime.date(2022, 12, 5), datetime.date(2022, 12, 7)) == (
        "5–7 Desember 2022")


# The participant's page -------------------------------------------------------------

def test_my_certificates_page_shows_certificates_and_the_years_jp(client, certified,
                                                                    peserta):
    login(client, "peserta")
    response = client.get("/sertifikat/", {"tahun": "2021"})
    assert response.status_code == 200
    total = jp_total(peserta, 2021)  # 12 of this test's programme, and any of the demo's
    assert total >= 12 and response.context["total"] == total
    assert response.context["short"] == max(0, 20 - total)
    assert certified.number in response.content.decode()
    assert f"/sertifikat/{slug(certified)}/unduh.pdf" in response.content.decode()
    assert client.get("/sertifikat/", {"tahun": "abc"}).context["year"] == (
        timezone.localdate().year)
    assert login(client, "admin").get("/sertifikat/").status_code == 200  # no profile


# The organiser's page ---------------------------------------------------------------

def test_organiser_page_issues_one_and_all(client, programme):
    people = [completed(programme), completed(programme), completed(programme, present=1)]
    login(client, "penyelenggara")
    url = f"/program/{programme.slug}/sertifikat/"
    response = client.get(url)
    assert response.status_code == 200
    assert [row.eligible for row in response.context["rows"]] == [
        row.participant.pk != people[2].pk for row in response.context["rows"]]

    response = client.post(url + "terbitkan/", {"participant": people[0].pk})
    assert response.status_code == 302 and response.url == url
    assert Certificate.objects.filter(participant=people[0]).exists()

    client.post(url + "terbitkan-semua/")
    assert set(Certificate.objects.filter(programme=programme)
               .values_list("participant_id", flat=True)) == {people[0].pk, people[1].pk}


def test_organiser_page_bad_input_gives_messages_not_errors(client, programme):
    short = completed(programme, present=1)
    login(client, "penyelenggara")
    url = f"/program/{programme.slug}/sertifikat/"
    for value in ("", "abc", "999999", str(short.pk)):
        response = client.post(url + "terbitkan/", {"participant": value}, follow=True)
        assert response.status_code == 200
        assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not Certificate.objects.filter(programme=programme).exists()
    assert client.get(url + "terbitkan/").status_code == 405
    assert client.get("/program/tidak-ada/sertifikat/").status_code == 404
    assert client.get(url + "LTS-2021-9999-0001/cabut/").status_code == 404


def test_revoke_page_needs_a_reason(client, certified, programme):
    login(client, "penyelenggara")
    url = f"/program/{programme.slug}/sertifikat/{slug(certified)}/cabut/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    certified.refresh_from_db()
    assert certified.revoked_at is None
    response = client.post(url, {"reason": "Peserta digantikan orang lain"})
    assert response.status_code == 302
    certified.refresh_from_db()
    assert certified.revoked_reason == "Peserta digantikan orang lain"
    assert client.post(url, {"reason": "Lagi"}).status_code == 200  # says: already revoked


def test_organiser_page_is_for_organisers_only(client, certified, programme):
    url = f"/program/{programme.slug}/sertifikat/"
    for username in ("peserta", "koordinator.konut", "fasilitator"):
        assert login(client, username).get(url).status_code == 404
        assert client.post(url + "terbitkan-semua/").status_code == 404
    assert login(client, "admin").get(url).status_code == 200


def test_organiser_page_queries_do_not_grow_with_registrants(client, organiser):
    login(client, "penyelenggara")

    def queries(size: int) -> int:
        programme = make_programme(sessions=4, starts=START)
        people = [completed(programme, present=4 if n % 2 else 1) for n in range(size)]
        certificate_issue(user=organiser, programme=programme, participant=people[1])
        url = f"/program/{programme.slug}/sertifikat/"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    assert queries(3) == queries(12)


# The JP report ----------------------------------------------------------------------

def test_jp_report_of_a_coordinator_stays_in_their_region(client, organiser):
    programme = make_programme(sessions=1, starts=START)
    konut = make_participant(region_slug="kab-konawe-utara", name="Orang Konut Uji")
    malut = make_participant(region_slug="prov-maluku-utara", name="Orang Malut Uji")
    for person in (konut, malut):
        completed(programme, person, present=1)
    certificates_issue_bulk(user=organiser, programme=programme)
    login(client, "koordinator.konut")
    response = client.get("/laporan/jp/", {"tahun": 2021, "tampil": "semua"})
    assert response.status_code == 200
    people = list(response.context["people"])
    assert konut in people and malut not in people
    assert {person.region.slug for person in people} == {"kab-konawe-utara"}
    assert "Orang Malut Uji" not in response.content.decode()
    csv = client.get("/laporan/jp/unduh.csv", {"tahun": 2021, "tampil": "semua"})
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode("utf-8-sig")
    assert "Orang Konut Uji" in text and "Orang Malut Uji" not in text
    other_region = client.get("/laporan/jp/unduh.csv", {"daerah": "prov-maluku-utara"})
    assert other_region.status_code == 302
    assert client.get("/laporan/jp/", {"daerah": "prov-maluku-utara"}).context["form"].errors


def test_jp_report_lists_those_under_20_by_default(client, organiser):
    person = make_participant(name="Orang Rajin Uji")
    for starts in (datetime.date(2021, 3, 1), datetime.date(2021, 5, 3)):
        programme = make_programme(sessions=1, starts=starts)
        completed(programme, person, present=1)
        certificate_issue(user=organiser, programme=programme, participant=person)
    assert jp_total(person, 2021) == 24
    login(client, "penyelenggara")
    under = client.get("/laporan/jp/", {"tahun": 2021})
    everyone = client.get("/laporan/jp/", {"tahun": 2021, "tampil": "semua"})
    assert person not in list(under.context["people"])
    assert person in list(everyone.context["people"])
    assert client.get("/laporan/jp/", {"tahun": "dua ribu"}).context["form"].errors


def test_jp_report_is_for_organisers_and_coordinators(client, db):
    for username, status in (("peserta", 403), ("fasilitator", 403),
                             ("koordinator.malut", 200), ("penyelenggara", 200)):
        assert login(client, username).get("/laporan/jp/").status_code == status
        assert client.get("/laporan/jp/unduh.csv").status_code == status


def test_pdf_falls_back_to_the_core_fonts(programme, organiser, monkeypatch, tmp_path):
    from training import certificate_pdf as module

    monkeypatch.setattr(module, "FONT_DIR", tmp_path)  # no DejaVu here
    monkeypatch.setattr(module, "_fonts", {})
    person = completed(programme, make_participant(name="Ṣaraswatī Wa Ode, S.E."))
    certificate = certificate_issue(user=organiser, programme=programme, participant=person)
    assert module.fonts()["sans"] == "Helvetica"
    assert certificate_pdf(certificate, verify_url="https://x.id/v/").startswith(b"%PDF")
