"""
Who may see what: every non-public URL x every role x the expected answer, as one table.

The rule (directory/access.py): a coordinator of region A never sees a person or
delegation of region B; a participant sees only their own profile; anonymous visitors
see only public pages. Later issues add their URLs to TABLE.

Answers: 200 ok; LOGIN = 302 to the site's sign-in page; ADMIN = 302 to the admin
sign-in page; AWAY = 302 elsewhere (Wagtail's "no permission" redirect, the dashboard's
redirect by role); 403 forbidden; 404 not found (another region's ids look exactly like
ids that do not exist).

Quizzes: the fixture puts a post-test of its own in place of the demo course's and
peserta (Konut, enrolled in it by the demo) has one submitted attempt. Opening a quiz
when not enrolled redirects AWAY to the course page (with a message: enrol there); a
result is its owner's only (others 404).
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from directory.models import Participant, Regulation
from search.models import SynonymGroup
from visits.importing import import_batch_create
from visits.models import Delegation, DelegationMember, ImportBatch

LOGIN, ADMIN, AWAY = "login", "admin-login", "away"
SMART_CITY = "bimtek-masterplan-smart-city-kota-baubau"
UPCOMING = "bimtek-sipd-penatausahaan-keuangan-sultra-2027"
ROLES = ["anonymous", "peserta_konut", "peserta_malut", "koordinator_konut",
         "koordinator_malut", "fasilitator", "penyelenggara", "superuser"]

# url,                                      anon  P-konut P-malut K-konut K-malut trainer org super
TABLE = [
    ("/akun/masuk/",                            200, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY),
    ("/akun/daftar/",                           200, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY),
    ("/akun/keluar/",                           405, 405, 405, 405, 405, 405, 405, 405),
    ("/akun/reset/",                            200, 200, 200, 200, 200, 200, 200, 200),
    ("/akun/reset/terkirim/",                   200, 200, 200, 200, 200, 200, 200, 200),
    ("/akun/reset/selesai/",                    200, 200, 200, 200, 200, 200, 200, 200),
    ("/akun/kata-sandi/selesai/",               LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/akun/kata-sandi/",                       LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/saya/",                                  LOGIN, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY),
    ("/profil/",                                LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/profil/ubah/",                           LOGIN, 200, 200, 200, 200, 200, 200, AWAY),
    ("/delegasi/",                              LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/delegasi/{konut}/",                      LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/",                      LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/anggota/tambah/",       LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/anggota/tambah/",       LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/anggota/{konut_member}/hapus/",
                                                LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{konut}/anggota/{malut_member}/hapus/",
                                                LOGIN, 404, 404, 404, 404, 404, 404, 404),
    ("/delegasi/{malut}/anggota/{malut_member}/hapus/",
                                                LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/impor/",                LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/impor/",                LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/impor/templat.xlsx",    LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/impor/templat.csv",     LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/impor/{konut_batch}/",  LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/impor/{malut_batch}/",  LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/delegasi/{konut}/impor/{malut_batch}/",  LOGIN, 404, 404, 404, 404, 404, 404, 404),
    ("/kursus-saya/",                           LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/kursus-saya/daftar/{course}/",           405, 405, 405, 405, 405, 405, 405, 405),
    ("/kursus-saya/keluar/{enrollment}/",       405, 405, 405, 405, 405, 405, 405, 405),
    ("/kursus-saya/selesai/{lesson}/",          405, 405, 405, 405, 405, 405, 405, 405),
    ("/kursus-saya/kuis/{quiz}/",               LOGIN, 200, AWAY, AWAY, AWAY, AWAY, AWAY, AWAY),
    ("/kursus-saya/kuis/hasil/{attempt}/",      LOGIN, 200, 404, 404, 404, 404, 404, 404),
    ("/kursus-saya/ajar/",                      LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/kursus-saya/ajar/{course}/",             LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/kursus-saya/ajar/999999/",               LOGIN, 404, 404, 404, 404, 404, 404, 404),
    ("/delegasi/{konut}/kursus/daftarkan/",     LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/delegasi/{malut}/kursus/daftarkan/",     LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/laporan/belajar/",                       LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/laporan/belajar/unduh.csv",              LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/laporan/belajar/unduh.xlsx",             LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/laporan/belajar/unduh.csv?daerah=prov-maluku-utara",
                                                LOGIN, 403, 403, AWAY, 200, 403, 200, 200),
    ("/program/",                               200, 200, 200, 200, 200, 200, 200, 200),
    ("/program/saya/",                          LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/program/{upcoming}/",                    200, 200, 200, 200, 200, 200, 200, 200),
    ("/program/{upcoming}/daftar/",             405, 405, 405, 405, 405, 405, 405, 405),
    ("/program/{upcoming}/daftarkan-delegasi/", LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/program/{upcoming}/kalender.ics",        200, 200, 200, 200, 200, 200, 200, 200),
    ("/program/sesi/",                          LOGIN, 403, 403, 403, 403, 200, 200, 200),
    ("/program/sesi/{session}/presensi/",       LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/sesi/{session}/kode/",           LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/sesi/{session}/daftar-hadir.pdf", LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/program/sesi/{session}/hadir/",          LOGIN, 404, 404, 404, 404, 404, 404, 404),
    ("/program/{sc}/rekap-presensi/",           LOGIN, 403, 403, 200, 200, 200, 200, 200),
    ("/program/{sc}/rekap-presensi.csv",        LOGIN, 403, 403, 200, 200, 200, 200, 200),
    ("/program/{sc}/sertifikat/",               LOGIN, 404, 404, 404, 404, 404, 200, 200),
    ("/sertifikat/",                            LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/sertifikat/{cert_konut}/unduh.pdf",      LOGIN, 200, 404, 200, 404, 404, 200, 200),
    ("/verifikasi/",                            200, 200, 200, 200, 200, 200, 200, 200),
    ("/verifikasi/{cert_konut}/",               200, 200, 200, 200, 200, 200, 200, 200),
    ("/verifikasi/LTS-1999-9999-9999/",         404, 404, 404, 404, 404, 404, 404, 404),
    ("/laporan/jp/",                            LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/laporan/jp/unduh.csv",                   LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/kalender/",                              LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/admin/snippets/training/programme/",     ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/",                                 ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, 200, 200, 200),
    ("/admin/snippets/directory/participant/",  ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/directory/participant/edit/{konut_member}/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/delegation/",      ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/reports/learning/",                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/delegation/edit/{malut}/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/pages/{course_index}/",            ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, 200, 200, 200),
    ("/admin/pages/{home}/edit/",               ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/courses/quiz/",           ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, 200, 200, 200),
    ("/admin/snippets/courses/quiz/edit/{quiz}/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, 200, 200, 200),
    ("/admin/users/",                           ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    # Search (issue 7): public for everyone; what each person sees inside is filtered.
    ("/cari/",                                  200, 200, 200, 200, 200, 200, 200, 200),
    ("/cari/?q=sipd&jenis=casestudy&urut=terbaru",
                                                200, 200, 200, 200, 200, 200, 200, 200),
    ("/cari/?q=%27%3B+DROP+TABLE+x%3B--&page=99999&topik=tidak-ada",
                                                200, 200, 200, 200, 200, 200, 200, 200),
    ("/cari/saran/?q=sip",                      200, 200, 200, 200, 200, 200, 200, 200),
    ("/cari/saran/",                            200, 200, 200, 200, 200, 200, 200, 200),
    ("/topik/sipd/",                            200, 200, 200, 200, 200, 200, 200, 200),
    ("/topik/unknown/",                         404, 404, 404, 404, 404, 404, 404, 404),
    ("/regulasi/{regulation}/",                 200, 200, 200, 200, 200, 200, 200, 200),
    ("/regulasi/999999/",                       404, 404, 404, 404, 404, 404, 404, 404),
    # Search admin (issue 7, H3): organisers and superusers only, like /admin/reports/learning/.
    ("/admin/reports/search-queries/",          ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/reports/search-queries/?periode=7",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/reports/search-queries/unduh.csv", ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/reports/search-queries/unduh.xlsx",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/search/synonymgroup/",    ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/search/synonymgroup/add/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/search/synonymgroup/edit/{synonym_group}/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/searchpicks/",                     ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/searchpicks/add/",                 ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/searchpicks/reports/search-terms/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, AWAY, 200),
    # Study visits (issue 8): a request is seen by its two regions' coordinators and by
    # organisers; a third region, participants and trainers get 404 (or 403 on lists).
    ("/kunjungan/",                             LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/kunjungan/masuk/",                       LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/kunjungan/ajukan/",                      LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/kunjungan/unduh.csv",                    LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/kunjungan/{konut_visit}/",               LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/{malut_visit}/",               LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/kunjungan/{konut_to_malut}/",            LOGIN, 404, 404, 200, 200, 404, 200, 200),
    ("/kunjungan/{konut_visit}/surat/",         LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/{konut_to_malut}/surat/",      LOGIN, 404, 404, 200, 200, 404, 200, 200),
    ("/kunjungan/{konut_visit}/aksi/",          405, 405, 405, 405, 405, 405, 405, 405),
    ("/kunjungan/{approved}/agenda/sesi/",      LOGIN, 404, 404, 403, 200, 404, 200, 200),
    ("/kunjungan/{konut_visit}/tindak-lanjut/", LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/{malut_visit}/tindak-lanjut/", LOGIN, 404, 404, 404, 200, 404, 200, 200),
    ("/kunjungan/{konut_visit}/tindak-lanjut/unduh.csv",
                                                LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/{konut_visit}/tindak-lanjut/{konut_action}/",
                                                LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/{malut_visit}/tindak-lanjut/{konut_action}/",
                                                LOGIN, 404, 404, 404, 404, 404, 404, 404),
    ("/kunjungan/{konut_visit}/tindak-lanjut/{konut_action}/bukti/{konut_note}/",
                                                LOGIN, 404, 404, 200, 404, 404, 200, 200),
    ("/kunjungan/tindakan-saya/",               LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/pendampingan/",                          LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/pendampingan/baru/",                     LOGIN, 403, 403, 200, 200, 403, 200, 200),
    ("/pendampingan/{mentorship}/",             LOGIN, 404, 404, 404, 404, 404, 200, 200),
    ("/pendampingan/{mentorship}/pertemuan/",   LOGIN, 404, 404, 404, 404, 404, 200, 200),
    # fasilitator (Bappeda Baubau) is the person responsible for this action: they see it.
    ("/pendampingan/{mentorship}/tindakan/{mentoring_action}/",
                                                LOGIN, 404, 404, 404, 404, 200, 200, 200),
    ("/pendampingan/{mentorship}/tindakan/{mentoring_action}/bukti/{mentoring_note}/",
                                                LOGIN, 404, 404, 404, 404, 200, 200, 200),
    # Region profiles and indicators are public; names of people inside are filtered.
    ("/daerah/",                                200, 200, 200, 200, 200, 200, 200, 200),
    ("/daerah/kota-baubau/",                    200, 200, 200, 200, 200, 200, 200, 200),
    ("/daerah/prov-maluku-utara/",              200, 200, 200, 200, 200, 200, 200, 200),
    ("/daerah/tidak-ada/",                      404, 404, 404, 404, 404, 404, 404, 404),
    ("/daerah/prov-maluku-utara/indikator/baru/",
                                                LOGIN, 403, 403, 403, 200, 403, 200, 200),
    ("/indikator/{indicator}/",                 200, 200, 200, 200, 200, 200, 200, 200),
    # Reaction evaluation of Konut's visit programme: registered peserta answers; the
    # visit's coordinators, its facilitator and organisers read the summary.
    ("/program/{konut_programme}/evaluasi/",    LOGIN, 200, 200, 200, 200, 200, 200, 200),
    ("/program/{konut_programme}/evaluasi/ringkasan/",
                                                LOGIN, 403, 403, 200, 403, 200, 200, 200),
    ("/program/{konut_programme}/evaluasi/unduh.csv",
                                                LOGIN, 403, 403, 200, 403, 200, 200, 200),
    ("/admin/snippets/visits/visitrequest/",    ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/visitrequest/edit/{konut_visit}/",
                                                ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/followupaction/",  ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/mentorship/",      ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
    ("/admin/snippets/visits/outcomeindicator/", ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
]


@pytest.fixture
def world(db):
    """The demo delegations, a member of each, an import batch for each, one user a role."""
    User = get_user_model()
    konut = Delegation.objects.get(home_region__slug="kab-konawe-utara")
    malut = Delegation.objects.get(home_region__slug="prov-maluku-utara")
    konut_member = DelegationMember.objects.filter(delegation=konut).first().participant
    malut_member = DelegationMember.objects.filter(delegation=malut).first().participant
    users = {
        "anonymous": None,
        "peserta_konut": User.objects.get(username="peserta"),
        "peserta_malut": malut_member.user,
        "koordinator_konut": User.objects.get(username="koordinator.konut"),
        "koordinator_malut": User.objects.get(username="koordinator.malut"),
        "fasilitator": User.objects.get(username="fasilitator"),
        "penyelenggara": User.objects.get(username="penyelenggara"),
        "superuser": User.objects.get(username="admin"),
    }
    batches = {
        name: import_batch_create(
            user=users[f"koordinator_{name}"], delegation=delegation,
            uploaded_file=SimpleUploadedFile(
                "anggota.csv", b"NIP,Nama lengkap,Jabatan,Pangkat/golongan,OPD,Telepon,Email\n"
                b",Orang Baru,Staf,,Bappeda,,orang.baru." + name.encode() + b"@example.id\n"),
        )
        for name, delegation in [("konut", konut), ("malut", malut)]
    }
    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from courses.services import enrollment_create
    from home.models import HomePage

    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    enrollment = enrollment_create(user=users["peserta_konut"], course=course)
    from courses.models import Option, Question, Quiz
    from courses.services import quiz_attempt_start, quiz_attempt_submit

    Quiz.objects.filter(course=course, kind="post").delete()  # the demo's, at most one a kind
    quiz = Quiz.objects.create(course=course, kind="post", title="Post-test", max_attempts=9)
    question = Question.objects.create(quiz=quiz, text="SIPD?", kind="true_false")
    Option.objects.create(question=question, text="Benar", is_correct=True)
    attempt = quiz_attempt_submit(
        user=users["peserta_konut"],
        attempt=quiz_attempt_start(user=users["peserta_konut"], quiz=quiz), answers={})

    ids = {"konut": konut.pk, "malut": malut.pk, "konut_member": konut_member.pk,
           "malut_member": malut_member.pk, "konut_batch": batches["konut"].pk,
           "malut_batch": batches["malut"].pk, "course_index": CourseIndexPage.objects.get().pk,
           "home": HomePage.objects.get().pk, "course": course.pk, "lesson": lesson.pk,
           "enrollment": enrollment.pk, "quiz": quiz.pk, "attempt": attempt.pk}
    ids.update(programme_ids(users))
    ids["regulation"] = Regulation.objects.get(short_name="Permendagri 70/2019").pk
    ids["synonym_group"] = SynonymGroup.objects.order_by("pk").first().pk
    ids.update(visit_ids(users))
    return users, ids


def visit_ids(users) -> dict:
    """The demo visits (Konut -> Baubau, Malut -> Sulsel), a request from Konut to Malut
    (so koordinator.malut is a host), one approved with an agenda, a follow-up action
    with evidence, Tuban's mentoring of Baubau and Malut's SPBE indicator."""
    import datetime

    from directory.models import Region
    from lms.demo.data.visits import KONUT_VISIT, MALUT_VISIT
    from visits.followup import followup_note_add
    from visits.lifecycle import visit_request_move, visit_request_submit
    from visits.models import Mentorship, OutcomeIndicator, VisitRequest

    konut, malut = users["koordinator_konut"], users["koordinator_malut"]
    pdf = b"%PDF-1.4\n% surat\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

    def request_to_malut(title):
        return visit_request_submit(
            user=konut, requesting_region=Region.objects.get(slug="kab-konawe-utara"),
            host_region=Region.objects.get(slug="prov-maluku-utara"), title=title,
            learning_goal="Belajar SPBE.", topics=[],
            proposed_start=datetime.date(2027, 3, 1), proposed_end=datetime.date(2027, 3, 2),
            delegation_size=5, contact_name="Andi",
            letter=SimpleUploadedFile("surat.pdf", pdf))

    to_malut = request_to_malut("Konut ke Malut: SPBE")
    approved = visit_request_move(user=malut, visit=request_to_malut("Konut ke Malut: SIPD"),
                                  action="approve", venue="Sofifi")
    konut_visit = VisitRequest.objects.get(title=KONUT_VISIT)
    action = konut_visit.actions.order_by("pk").first()
    note = followup_note_add(user=konut, action=action, text="Bukti",
                             evidence_file=SimpleUploadedFile("bukti.pdf", pdf))
    mentorship = Mentorship.objects.get(mentor_region__slug="kab-tuban")
    mentoring_action = mentorship.actions.first()
    mentoring_note = followup_note_add(user=users["penyelenggara"], action=mentoring_action,
                                       text="Notulen", evidence_file=SimpleUploadedFile(
                                           "notulen.pdf", pdf))
    return {
        "konut_visit": konut_visit.pk,
        "malut_visit": VisitRequest.objects.get(title=MALUT_VISIT).pk,
        "konut_to_malut": to_malut.pk, "approved": approved.pk,
        "konut_action": action.pk, "konut_note": note.pk,
        "mentorship": mentorship.pk, "mentoring_action": mentoring_action.pk,
        "mentoring_note": mentoring_note.pk,
        "indicator": OutcomeIndicator.objects.get(region__slug="prov-maluku-utara").pk,
        "konut_programme": konut_visit.programme.slug,
    }


def programme_ids(users) -> dict:
    """The demo programmes: the smart city bimtek (every session facilitated by the demo
    fasilitator), its first session, the upcoming 2027 bimtek, and peserta's certificate."""
    from training.certificates import number_slug
    from training.models import Certificate, Programme

    smart_city = Programme.objects.get(slug=SMART_CITY)
    certificate = Certificate.objects.filter(participant__user=users["peserta_konut"]).first()
    return {"sc": smart_city.slug, "session": smart_city.sessions.order_by("starts_at").first().pk,
            "upcoming": UPCOMING, "cert_konut": number_slug(certificate.number)}


def answer(response) -> int | str:
    if response.status_code != 302:
        return response.status_code
    location = response["Location"]
    if location.startswith("/akun/masuk/"):
        return LOGIN
    if location.startswith("/admin/login/"):
        return ADMIN
    return AWAY


@pytest.mark.django_db
@pytest.mark.parametrize("row", TABLE, ids=[row[0] for row in TABLE])
def test_access_table(client, world, row):
    users, ids = world
    url = row[0].format(**ids)
    got = {}
    for role, user in users.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        got[role] = answer(client.get(url))
    expected = dict(zip(ROLES, row[1:], strict=True))
    assert got == expected


@pytest.mark.django_db
def test_guessing_another_regions_ids_gives_404_and_no_data(client, world):
    users, ids = world
    client.force_login(users["koordinator_konut"])
    malut = Delegation.objects.get(pk=ids["malut"])
    names = [p.full_name for p in malut.members.all()] + [malut.name]
    for url in [f"/delegasi/{ids['malut']}/", f"/delegasi/{ids['malut']}/anggota/tambah/",
                f"/delegasi/{ids['malut']}/impor/",
                f"/delegasi/{ids['malut']}/impor/{ids['malut_batch']}/",
                f"/delegasi/{ids['konut']}/anggota/{ids['malut_member']}/hapus/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        body = response.content.decode()
        assert not [name for name in names if name in body], url


@pytest.mark.django_db
def test_writes_into_another_regions_delegation_are_refused_and_store_nothing(client, world):
    users, ids = world
    client.force_login(users["koordinator_konut"])
    malut = Delegation.objects.get(pk=ids["malut"])
    members_before = set(malut.memberships.values_list("participant_id", flat=True))
    konut_person = Participant.objects.get(pk=ids["konut_member"])
    batches_before = ImportBatch.objects.count()

    add = client.post(f"/delegasi/{ids['malut']}/anggota/tambah/",
                      {"participant": konut_person.pk, "full_name": "Penyusup",
                       "email": "penyusup@example.id"})
    remove = client.post(f"/delegasi/{ids['malut']}/anggota/{ids['malut_member']}/hapus/")
    upload = client.post(f"/delegasi/{ids['malut']}/impor/", {"file": io.BytesIO(
        b"NIP,Nama lengkap,Jabatan,Pangkat/golongan,OPD,Telepon,Email\n"
        b",Penyusup,Staf,,Bappeda,,penyusup@example.id\n")})
    confirm = client.post(f"/delegasi/{ids['malut']}/impor/{ids['malut_batch']}/",
                          {"action": "confirm"})
    assert [add.status_code, remove.status_code, upload.status_code,
            confirm.status_code] == [404, 404, 404, 404]
    assert set(malut.memberships.values_list("participant_id", flat=True)) == members_before
    assert ImportBatch.objects.count() == batches_before
    assert ImportBatch.objects.get(pk=ids["malut_batch"]).status == "pending"
    assert not Participant.objects.filter(full_name="Penyusup").exists()
