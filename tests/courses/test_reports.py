"""
The learning report (courses/reports.py), its pages and exports (/laporan/belajar/) and
its copy in the Wagtail admin.

`case` builds a small world of its own: a new course (two lessons, a pre-test and a
post-test of ten true/false questions), a new Konut delegation of five learners and a
new Malut delegation of three, taken through the services. Every report here is
filtered by that course, so other enrolments in the database never count. By hand:

| learner | delegation | pre | post (best)  | lessons | status    | days |
| a       | Konut      | 40  | 80           | 2       | completed | 4    |
| b       | Konut      | 60  | 90 (50, 90)  | 2       | completed | 10   |
| c       | Konut      | 50  | -            | 1       | active    |      |
| d       | Konut      | -   | -            | 0       | active    |      |
| e       | Konut      | 100 | -            | 0       | withdrawn (not counted) |
| f       | Malut      | 20  | 70           | 2       | completed | 2    |
| g       | Malut      | -   | -            | 0       | active    |      |
| i       | Malut      | 30  | -            | 0       | active    |      |

Konut: 4 enrolled, 3 started, 2 completed (50 %), median 7 days, pre 50, post 85,
improvement 35, normalised gain (85 - 50) / (100 - 50) = 0.7.
Malut: 3 enrolled, 2 started, 1 completed (33.3 %), median 2 days, pre 25, post 70,
improvement 50, gain (70 - 20) / 80 = 0.625.
All: 7 enrolled, 5 started, 3 completed (42.9 %), median 4 days, pre 40, post 80,
improvement 40, gain (80 - 40) / (100 - 40) = 0.667.

Assertions are on status codes and data, never on wording.
"""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseIndexPage, Enrollment, Option, Question, Quiz
from courses.reports import GroupBy, ReportFilters, learning_report
from courses.services import (
    delegation_enroll,
    enrollment_withdraw,
    lesson_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from directory.models import Agency, Participant, Region
from tests.factories.pages import CoursePageFactory, LessonPageFactory, ModulePageFactory
from visits.models import Delegation, DelegationMember

from .helpers import KONUT, MALUT, user

pytestmark = pytest.mark.django_db
User = get_user_model()
START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
PAGE, CSV, XLSX = "/laporan/belajar/", "/laporan/belajar/unduh.csv", "/laporan/belajar/unduh.xlsx"

# name: (region, OPD acronym or None, delegation)
LEARNERS = {
    "a": (KONUT, "Bappeda", "konut"), "b": (KONUT, "Bappeda", "konut"),
    "c": (KONUT, "BPKAD", "konut"), "d": (KONUT, None, "konut"),
    "e": (KONUT, "BPKAD", "konut"),
    "f": (MALUT, "Bappeda", "malut"), "g": (MALUT, "Bapenda", "malut"),
    "i": (MALUT, None, "malut"),
}


def make_quiz(course, kind: str) -> Quiz:
    """Ten true/false questions: a score of n x 10 is n right answers."""
    quiz = Quiz.objects.create(course=course, kind=kind, title=f"Uji {kind}", max_attempts=3,
                               pass_mark=70)
    for n in range(10):
        question = Question.objects.create(quiz=quiz, sort_order=n, kind="true_false",
                                           text=f"Pernyataan {n}")
        Option.objects.create(question=question, sort_order=0, text="Benar", is_correct=True)
        Option.objects.create(question=question, sort_order=1, text="Salah")
    return quiz


def take(learner, quiz: Quiz, score: int) -> None:
    """Take the quiz through the services, answering score / 10 questions right."""
    right = score // 10
    answers = {}
    for n, question in enumerate(quiz.questions.order_by("sort_order")):
        options = {o.is_correct: o.pk for o in question.options.all()}
        answers[question.pk] = [options[n < right]]
    attempt = quiz_attempt_start(user=learner, quiz=quiz)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=answers)


class Case:
    """The course, the two delegations, the learners by letter, and their names."""

    def __init__(self):
        self.course = CoursePageFactory(parent=CourseIndexPage.objects.get(),
                                        title="Kursus Laporan Uji")
        module = ModulePageFactory(parent=self.course)
        self.lessons = [LessonPageFactory(parent=module) for _n in range(2)]
        self.pre, self.post = make_quiz(self.course, "pre"), make_quiz(self.course, "post")
        self.konut, self.malut = Region.objects.get(slug=KONUT), Region.objects.get(slug=MALUT)
        host = Region.objects.get(slug="kota-baubau")
        self.delegations = {
            name: Delegation.objects.create(
                name=f"Delegasi Uji Laporan {name}", home_region=region, host_region=host,
                start_date=START.date(), end_date=START.date())
            for name, region in [("konut", self.konut), ("malut", self.malut)]
        }
        self.users = {letter: self._learner(letter, *spec) for letter, spec in LEARNERS.items()}
        self.names = {letter: f"Pelajar Uji {letter.upper()}" for letter in LEARNERS}

    def _learner(self, letter: str, region_slug: str, acronym: str | None, delegation: str):
        region = Region.objects.get(slug=region_slug)
        account = User.objects.create_user(username=f"pelajar.uji.{letter}", password="x")
        person = Participant.objects.create(
            user=account, full_name=f"Pelajar Uji {letter.upper()}", region=region,
            agency=Agency.objects.get(region=region, acronym=acronym) if acronym else None)
        DelegationMember.objects.create(delegation=self.delegations[delegation],
                                        participant=person)
        return account

    def enrollment(self, letter: str) -> Enrollment:
        return Enrollment.objects.get(user=self.users[letter], course=self.course)

    def rows(self, client, url: str, **query) -> list[dict]:
        """The export's rows as {header: value}, CSV or XLSX."""
        response = client.get(url, {"kursus": self.course.pk, **query})
        assert response.status_code == 200 and response.streaming  # never built in memory
        content = b"".join(response.streaming_content)
        if url == CSV:
            assert content.startswith("\ufeff".encode())
            return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        header, *body = list(sheet.iter_rows(values_only=True))
        return [dict(zip(header, values, strict=True)) for values in body]


@pytest.fixture
def case() -> Case:
    case = Case()
    organiser = user("penyelenggara")
    for delegation in case.delegations.values():
        delegation_enroll(user=organiser, delegation=delegation, course=case.course)
    users = case.users
    for letter, pre in [("a", 40), ("b", 60), ("c", 50), ("e", 100), ("f", 20), ("i", 30)]:
        take(users[letter], case.pre, pre)
    for letter in ["a", "b", "f"]:
        for lesson in case.lessons:
            lesson_complete(user=users[letter], lesson=lesson)
    lesson_complete(user=users["c"], lesson=case.lessons[0])
    for letter, post in [("a", 80), ("b", 50), ("b", 90), ("f", 70)]:
        take(users[letter], case.post, post)
    enrollment_withdraw(user=users["e"], enrollment=case.enrollment("e"))
    Enrollment.objects.filter(course=case.course).update(enrolled_at=START)
    for letter, days in [("a", 4), ("b", 10), ("f", 2)]:
        enrollment = case.enrollment(letter)
        assert enrollment.status == Enrollment.Status.COMPLETED
        enrollment.completed_at = START + datetime.timedelta(days=days)
        enrollment.save(update_fields=["completed_at"])
    return case


def report_for(username: str, case: Case, **filters):
    return learning_report(user(username), ReportFilters(course=case.course, **filters))


def by_key(report) -> dict:
    return {group.key: group for group in report.groups}


def test_the_figures_match_the_hand_computed_case(case):
    report = report_for("penyelenggara", case, group_by=GroupBy.DELEGATION)
    groups = by_key(report)
    konut, malut = case.delegations["konut"].pk, case.delegations["malut"].pk
    assert set(groups) == {konut, malut}
    expected = {
        konut: (4, 3, 2, 50.0, 7.0, 50.0, 85.0, 35.0, 0.7),
        malut: (3, 2, 1, 100 / 3, 2.0, 25.0, 70.0, 50.0, 0.625),
    }
    for key, (enrolled, started, completed, rate, days, pre, post, gain_points,
              gain) in expected.items():
        group = groups[key]
        assert (group.enrolled, group.started, group.completed) == (enrolled, started,
                                                                    completed)
        assert group.completion_rate == pytest.approx(rate)
        assert group.median_days == pytest.approx(days)
        assert group.average_pre == pytest.approx(pre)
        assert group.average_post == pytest.approx(post)
        assert group.improvement == pytest.approx(gain_points)
        assert group.normalised_gain == pytest.approx(gain)
    total = report.total
    assert (total.enrolled, total.started, total.completed) == (7, 5, 3)
    assert total.completion_rate == pytest.approx(300 / 7)
    assert total.median_days == pytest.approx(4.0)
    assert (total.average_pre, total.average_post) == (pytest.approx(40.0),
                                                      pytest.approx(80.0))
    assert total.improvement == pytest.approx(40.0)
    assert total.normalised_gain == pytest.approx(40 / 60)
    assert [g.key for g in report.by_delegation] == [g.key for g in report.groups]


def test_no_gain_without_pairs_or_when_the_pre_mean_is_full(case):
    take(case.users["d"], case.pre, 100)  # d: pre 100, no post
    groups = by_key(report_for("penyelenggara", case, group_by=GroupBy.AGENCY))
    assert groups[None].normalised_gain is None  # d and i: no learner with both tests
    assert groups[None].average_pre == pytest.approx(65.0)


@pytest.mark.parametrize("group_by", list(GroupBy))
def test_grouping_by_each_dimension(case, group_by):
    report = report_for("penyelenggara", case, group_by=group_by)
    enrolled = {group.key: group.enrolled for group in report.groups}
    agency = {name: Agency.objects.get(region__slug=slug, acronym=name).pk
              for slug, name in [(KONUT, "Bappeda"), (KONUT, "BPKAD")]}
    malut_bappeda = Agency.objects.get(region__slug=MALUT, acronym="Bappeda").pk
    malut_bapenda = Agency.objects.get(region__slug=MALUT, acronym="Bapenda").pk
    expected = {
        GroupBy.COURSE: {case.course.pk: 7},
        GroupBy.DELEGATION: {case.delegations["konut"].pk: 4, case.delegations["malut"].pk: 3},
        GroupBy.REGION: {case.konut.pk: 4, case.malut.pk: 3},
        GroupBy.AGENCY: {agency["Bappeda"]: 2, agency["BPKAD"]: 1, malut_bappeda: 1,
                         malut_bapenda: 1, None: 2},
    }
    assert enrolled == expected[group_by]
    assert report.total.enrolled == 7
    assert report.groups[-1].key is not None or group_by == GroupBy.AGENCY


def test_period_and_region_filters(case):
    Enrollment.objects.filter(pk=case.enrollment("d").pk).update(
        enrolled_at=START - datetime.timedelta(days=60))
    late = report_for("penyelenggara", case, date_from=START.date())
    early = report_for("penyelenggara", case, date_to=START.date() - datetime.timedelta(days=1))
    assert (late.total.enrolled, early.total.enrolled) == (6, 1)
    assert report_for("penyelenggara", case, region=case.malut).total.enrolled == 3


def test_a_coordinator_sees_their_region_only(case):
    konut = report_for("koordinator.konut", case)
    malut = report_for("koordinator.malut", case)
    assert [g.key for g in konut.groups] == [case.delegations["konut"].pk]
    assert [g.key for g in malut.groups] == [case.delegations["malut"].pk]
    assert (konut.total.enrolled, malut.total.enrolled) == (4, 3)
    for username in ["peserta", "fasilitator"]:
        assert report_for(username, case).total.enrolled == 0


def test_the_report_reads_its_rows_in_one_query(case):
    organiser = user("penyelenggara")
    learning_report(organiser, ReportFilters())  # roles read once per user object
    with CaptureQueriesContext(connection) as queries:
        learning_report(organiser, ReportFilters(course=case.course))
    assert len(queries) == 1


@pytest.mark.parametrize("url", [CSV, XLSX])
def test_a_konut_coordinators_export_has_no_malut_row(client, case, url):
    client.force_login(user("koordinator.konut"))
    rows = case.rows(client, url)
    assert sorted(row["Nama"] for row in rows) == [case.names[x] for x in "abcd"]
    assert {row["Daerah"] for row in rows} == {case.konut.name}
    everything = client.get(url)  # no filter at all: still nothing of Malut
    content = b"".join(everything.streaming_content)
    if url == CSV:
        regions = {row["Daerah"] for row in csv.DictReader(
            io.StringIO(content.decode("utf-8-sig")))}
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        regions = {values[2] for values in sheet.iter_rows(min_row=2, values_only=True)}
    assert case.malut.name not in regions
    assert regions <= {case.konut.name}


@pytest.mark.parametrize("url", [CSV, XLSX])
def test_a_malut_coordinators_export_has_no_konut_row(client, case, url):
    client.force_login(user("koordinator.malut"))
    rows = case.rows(client, url)
    assert sorted(row["Nama"] for row in rows) == [case.names[x] for x in "fgi"]
    assert {row["Daerah"] for row in rows} == {case.malut.name}


def test_the_export_rows_carry_each_learners_figures(client, case):
    client.force_login(user("penyelenggara"))
    for url in [CSV, XLSX]:
        rows = {row["Nama"]: row for row in case.rows(client, url)}
        assert set(rows) == {case.names[x] for x in "abcdfgi"}  # e withdrew
        b = rows[case.names["b"]]
        assert [float(b[h]) for h in ["Nilai pre-test", "Nilai post-test", "Peningkatan"]] \
            == [60.0, 90.0, 30.0]
        assert int(b["Pelajaran selesai"]) == 2
        assert str(b["Tanggal selesai"])[:10] == "2026-03-12"
        assert rows[case.names["d"]]["Nilai pre-test"] in ("", None)
        assert rows[case.names["a"]]["OPD"] == "Bappeda"
        assert rows[case.names["a"]]["Delegasi"] == case.delegations["konut"].name


def test_the_report_page_shows_only_the_coordinators_region(client, case):
    client.force_login(user("koordinator.konut"))
    response = client.get(PAGE, {"kursus": case.course.pk})
    assert response.status_code == 200
    body = response.content.decode()
    assert case.delegations["konut"].name in body
    assert case.delegations["malut"].name not in body
    assert "<svg" in body and 'role="img"' in body
    assert response.context["report"].total.enrolled == 4
    client.force_login(user("koordinator.malut"))
    body = client.get(PAGE, {"kursus": case.course.pk}).content.decode()
    assert case.delegations["malut"].name in body
    assert case.delegations["konut"].name not in body


def test_the_organiser_and_superuser_see_both_regions(client, case):
    for username in ["penyelenggara", "admin"]:
        client.force_login(user(username))
        response = client.get(PAGE, {"kursus": case.course.pk, "kelompok": "daerah"})
        assert response.status_code == 200
        assert {g.key for g in response.context["report"].groups} == {case.konut.pk,
                                                                      case.malut.pk}


@pytest.mark.parametrize("url", [PAGE, CSV, XLSX])
def test_who_may_open_the_report(client, case, url):
    assert client.get(url).status_code == 302
    assert client.get(url)["Location"].startswith("/akun/masuk/")
    for username in ["peserta", "fasilitator", case.users["f"].username]:
        client.force_login(User.objects.get(username=username))
        assert client.get(url).status_code == 403, username
    for username in ["koordinator.konut", "koordinator.malut", "penyelenggara", "admin"]:
        client.force_login(user(username))
        assert client.get(url).status_code == 200, username


# The rows for tests/test_access_table.py: anonymous, peserta (Konut), a Malut member,
# koordinator.konut, koordinator.malut, fasilitator, penyelenggara, admin (superuser).
LOGIN, ADMIN, AWAY = "login", "admin-login", "away"
ACCESS = [
    (PAGE, LOGIN, 403, 403, 200, 200, 403, 200, 200),
    (CSV, LOGIN, 403, 403, 200, 200, 403, 200, 200),
    (XLSX, LOGIN, 403, 403, 200, 200, 403, 200, 200),
    (f"{PAGE}?daerah={MALUT}", LOGIN, 403, 403, 200, 200, 403, 200, 200),  # K-konut: error
    (f"{CSV}?daerah={MALUT}", LOGIN, 403, 403, AWAY, 200, 403, 200, 200),
    ("/admin/reports/learning/", ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, AWAY, 200, 200),
]


def _answer(response) -> int | str:
    if response.status_code != 302:
        return response.status_code
    location = response["Location"]
    if location.startswith("/akun/masuk/"):
        return LOGIN
    return ADMIN if location.startswith("/admin/login/") else AWAY


@pytest.mark.parametrize("row", ACCESS, ids=[row[0] for row in ACCESS])
def test_the_access_table_of_the_report(client, row):
    malut_member = Delegation.objects.get(home_region__slug=MALUT).members.first().user
    users = [None, user("peserta"), malut_member, user("koordinator.konut"),
             user("koordinator.malut"), user("fasilitator"), user("penyelenggara"),
             user("admin")]
    got = []
    for account in users:
        client.logout()
        if account is not None:
            client.force_login(account)
        got.append(_answer(client.get(row[0])))
    assert got == list(row[1:])


@pytest.mark.parametrize("query, field", [
    ({"dari": "kemarin"}, "dari"),
    ({"sampai": "2026-02-30"}, "sampai"),
    ({"sampai": "9999-12-31"}, "sampai"),
    ({"dari": "0001-01-01"}, "dari"),
    ({"dari": "2026-03-10", "sampai": "2026-03-01"}, "sampai"),
    ({"kursus": "999999999"}, "kursus"),
    ({"kursus": "abc"}, "kursus"),
    ({"daerah": "prov-maluku-utara"}, "daerah"),  # not the Konut coordinator's region
    ({"daerah": "tidak-ada"}, "daerah"),
    ({"kelompok": "planet"}, "kelompok"),
])
def test_bad_filter_values_are_form_errors(client, case, query, field):
    client.force_login(user("koordinator.konut"))
    response = client.get(PAGE, query)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert response.context["report"] is None
    export = client.get(CSV, query)
    assert export.status_code == 302 and export["Location"].startswith(PAGE)


def test_the_admin_report_is_for_organisers(client, case):
    url = "/admin/reports/learning/"
    for username in ["penyelenggara", "admin"]:
        client.force_login(user(username))
        response = client.get(url, {"kursus": case.course.pk})
        assert response.status_code == 200, username
        assert response.context["report"].total.enrolled == 7
        assert "<svg" in response.content.decode()
    client.force_login(user("koordinator.konut"))  # no admin access at all
    assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(user("fasilitator"))  # the admin, but not this report
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_reports_menu_shows_the_report_to_organisers_only(client):
    for username, shown in [("penyelenggara", True), ("admin", True), ("fasilitator", False)]:
        client.force_login(user(username))
        response = client.get("/admin/")
        assert response.status_code == 200
        assert ("/admin/reports/learning/" in response.content.decode()) is shown, username
