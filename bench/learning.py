"""
Learning: SQL queries and time of enrolment, the learner's pages and the learning report.

Run from the repo root inside the virtualenv:  python bench/learning.py
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
loads `seed_demo`, and measures:
- enrol_queries_10 / enrol_queries_40: queries of `delegation_enroll` for a delegation
  of 10 and of 40 members (target: equal);
- course_page_queries / lesson_page_queries: a signed-in, enrolled learner's GET of a
  demo course page and of one of its lessons (target: at most 15 each);
- report_queries_100 / report_queries_5000: an organiser's GET of the report page
  (/laporan/belajar/, one row per delegation) over a course with 100 learners, then with
  5,000 (target: equal); report_ms_5000: median milliseconds of 5 such GETs;
- xlsx_5000_s: seconds to produce and read the whole XLSX export of those 5,000 learners
  (median of 3; target under 5);
- xlsx_5000_peak_mb: peak growth of memory during one such export, measured with
  **tracemalloc** (Python allocations: the rows, openpyxl's cells and buffers), in a
  separate run so that tracing does not slow the timed runs (target under 100 MB).
The report's course is the bench's own (no demo enrolment counts). Its 5,000 learners
are made with bulk inserts: accounts, ASN profiles in Konut and Malut, ten delegations,
enrolments (a third completed), lessons done, pre-test and post-test attempts; on
PostgreSQL the bench then runs ANALYZE, as autovacuum would after such inserts.
The last line printed is one JSON object with those figures.
"""

import datetime
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REPORT_URL, XLSX_URL = "/laporan/belajar/", "/laporan/belajar/unduh.xlsx"


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    import django

    django.setup()


def queries_of(call) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries)


def bench_course():
    """A course of its own (one module, four lessons), so that no demo enrolment counts."""
    from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

    course = CourseIndexPage.objects.get().add_child(instance=CoursePage(
        title="Bench laporan", slug="bench-laporan", summary="Kursus untuk bench."))
    module = course.add_child(instance=ModulePage(title="Modul bench", slug="modul-bench"))
    for n in range(4):
        module.add_child(instance=LessonPage(title=f"Pelajaran bench {n}",
                                             slug=f"pelajaran-bench-{n}", body=[]))
    return course


class World:
    """The demo courses and people, and a way to add learners in bulk."""

    def __init__(self):
        from django.contrib.auth import get_user_model

        from courses.models import CoursePage, Quiz
        from directory.models import Agency, Region

        self.User = get_user_model()
        self.course = CoursePage.objects.live().order_by("path").first()
        self.report_course = bench_course()
        self.lesson_ids = [lesson.pk for _module, items in self.report_course.outline()
                           for lesson in items]
        self.quizzes = {kind: Quiz.objects.create(course=self.report_course, kind=kind,
                                                  title=f"Bench {kind}", max_attempts=3)
                        for kind in Quiz.Kind.values}
        self.regions = [Region.objects.get(slug="kab-konawe-utara"),
                        Region.objects.get(slug="prov-maluku-utara")]
        self.host = Region.objects.get(slug="kota-baubau")
        self.agencies = {region.pk: list(Agency.objects.filter(region=region))
                         for region in self.regions}
        self.serial = 0
        self.random = random.Random(2026)

    def organiser(self):
        """A fresh user object each time, so that no role is cached between runs."""
        return self.User.objects.get(username="penyelenggara")

    def delegation(self, name: str, region):
        from visits.models import Delegation

        return Delegation.objects.create(
            name=name, home_region=region, host_region=self.host,
            start_date=datetime.date(2026, 3, 2), end_date=datetime.date(2026, 3, 4))

    def people(self, count: int, region, delegation) -> list[int]:
        """`count` new accounts with an ASN profile in `region`, members of `delegation`."""
        from directory.models import Participant
        from visits.models import DelegationMember

        first = self.serial
        self.serial += count
        names = [f"bench.learner.{n}" for n in range(first, first + count)]
        self.User.objects.bulk_create([self.User(username=name, password="!")
                                       for name in names])
        users = list(self.User.objects.filter(username__in=names).order_by("pk"))
        agencies = self.agencies[region.pk] + [None]
        Participant.objects.bulk_create([
            Participant(user=account, full_name=f"Peserta Bench {first + n}", region=region,
                        agency=agencies[n % len(agencies)])
            for n, account in enumerate(users)])
        people = Participant.objects.filter(user__in=users)
        DelegationMember.objects.bulk_create([
            DelegationMember(delegation=delegation, participant=person) for person in people])
        return [account.pk for account in users]

    def learners(self, count: int) -> None:
        """`count` learners of the report course, in ten delegations of Konut and Malut,
        with their progress and test attempts."""
        from courses.models import Enrollment

        start = datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.UTC)
        per_delegation = count // 10
        for n in range(10):
            region = self.regions[n % 2]
            delegation = self.delegation(f"Bench delegasi {self.serial + n}", region)
            user_ids = self.people(per_delegation, region, delegation)
            enrollments = []
            for user_id in user_ids:
                completed = self.random.random() < 0.35
                enrolled_at = start + datetime.timedelta(days=self.random.randint(0, 90))
                enrollments.append(Enrollment(
                    user_id=user_id, course=self.report_course, delegation=delegation,
                    status="completed" if completed else "active", enrolled_at=enrolled_at,
                    completed_at=enrolled_at + datetime.timedelta(
                        days=self.random.randint(1, 40)) if completed else None))
            Enrollment.objects.bulk_create(enrollments)
            self.progress(Enrollment.objects.filter(user_id__in=user_ids,
                                                    course=self.report_course))

    def progress(self, enrollments) -> None:
        from courses.models import LessonProgress, QuizAttempt

        done, attempts = [], []
        for enrollment in enrollments:
            finished = enrollment.status == "completed"
            lessons = len(self.lesson_ids) if finished else self.random.randint(
                0, len(self.lesson_ids))
            done += [LessonProgress(enrollment=enrollment, lesson_id=lesson_id)
                     for lesson_id in self.lesson_ids[:lessons]]
            submitted = enrollment.enrolled_at + datetime.timedelta(hours=1)
            if finished or self.random.random() < 0.6:
                pre = self.random.randint(2, 7) * 10.0
                attempts.append(QuizAttempt(enrollment=enrollment, quiz=self.quizzes["pre"],
                                            submitted_at=submitted, score=pre))
                if finished:
                    attempts.append(QuizAttempt(
                        enrollment=enrollment, quiz=self.quizzes["post"],
                        submitted_at=submitted, passed=True,
                        score=min(pre + self.random.randint(1, 5) * 10, 100)))
        LessonProgress.objects.bulk_create(done, batch_size=2000)
        QuizAttempt.objects.bulk_create(attempts, batch_size=2000)


def analyse() -> None:
    """PostgreSQL: refresh the planner's statistics after the bulk inserts, as
    autovacuum would soon do on a real server (SQLite: nothing to do)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def enrol_queries(world, size: int) -> int:
    from courses.services import delegation_enroll

    delegation = world.delegation(f"Bench enrol {size}", world.regions[0])
    world.people(size, world.regions[0], delegation)
    organiser = world.organiser()
    count = queries_of(lambda: delegation_enroll(user=organiser, delegation=delegation,
                                                 course=world.course))
    assert delegation.enrollments.count() == size
    return count


def learner_page_queries(world) -> tuple[int, int]:
    """The demo learner, enrolled, opens the course page and its first lesson."""
    from django.test import Client

    from courses.services import enrollment_create

    learner = world.User.objects.get(username="peserta")
    enrollment_create(user=learner, course=world.course)
    lesson = world.course.outline()[0][1][0]
    client = Client()
    client.force_login(learner)
    counts = []
    for url in [world.course.url, lesson.url]:
        assert client.get(url).status_code == 200
        counts.append(queries_of(lambda url=url: client.get(url)))
    return counts[0], counts[1]


def report_client(world):
    from django.test import Client

    client = Client()
    client.force_login(world.organiser())
    return client


def report_queries(world, client) -> tuple[int, int]:
    """(queries of one GET of the report page, learners in the report)."""
    from courses.reports import ReportFilters, learning_report

    query = {"kursus": world.report_course.pk, "kelompok": "delegasi"}
    assert client.get(REPORT_URL, query).status_code == 200
    count = queries_of(lambda: client.get(REPORT_URL, query))
    report = learning_report(world.organiser(), ReportFilters(course=world.report_course))
    return count, report.total.enrolled


def report_ms(world, client) -> float:
    query = {"kursus": world.report_course.pk, "kelompok": "delegasi"}
    timings = []
    for _run in range(5):
        start = time.perf_counter()
        assert client.get(REPORT_URL, query).status_code == 200
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def export_xlsx(world, client) -> int:
    """GET the whole XLSX export and read it to the end; its size in bytes."""
    response = client.get(XLSX_URL, {"kursus": world.report_course.pk})
    assert response.status_code == 200
    size = sum(len(block) for block in response.streaming_content)
    response.close()
    return size


def check_xlsx(world, client, rows: int) -> None:
    import openpyxl

    response = client.get(XLSX_URL, {"kursus": world.report_course.pk})
    content = b"".join(response.streaming_content)
    response.close()
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    assert sum(1 for _row in sheet.iter_rows(min_row=2, values_only=True)) == rows


def xlsx_figures(world, client, rows: int) -> tuple[float, float]:
    """(median seconds of 3 exports, peak MB of memory growth in a traced 4th)."""
    check_xlsx(world, client, rows)
    timings = []
    for _run in range(3):
        start = time.perf_counter()
        export_xlsx(world, client)
        timings.append(time.perf_counter() - start)
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    export_xlsx(world, client)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(timings), (peak - baseline) / 1024 / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
        world = World()
        enrol_10, enrol_40 = enrol_queries(world, 10), enrol_queries(world, 40)
        print(f"delegation_enroll: {enrol_10} queries for 10 members, {enrol_40} for 40")
        course_page, lesson_page = learner_page_queries(world)
        print(f"enrolled learner: course page {course_page} queries, "
              f"lesson page {lesson_page}")
        client = report_client(world)
        world.learners(100)
        report_100, learners = report_queries(world, client)
        assert learners == 100, learners
        world.learners(4900)
        analyse()
        report_5000, learners = report_queries(world, client)
        assert learners == 5000, learners
        milliseconds = report_ms(world, client)
        print(f"report page: {report_100} queries with 100 learners, {report_5000} with "
              f"5000; {milliseconds:.1f} ms (median of 5) with 5000")
        seconds, peak_mb = xlsx_figures(world, client, 5000)
        print(f"XLSX export of 5000 rows: {seconds:.2f} s (median of 3), "
              f"peak memory growth {peak_mb:.1f} MB (tracemalloc)")
    result = {
        "enrol_queries_10": enrol_10,
        "enrol_queries_40": enrol_40,
        "course_page_queries": course_page,
        "lesson_page_queries": lesson_page,
        "report_queries_100": report_100,
        "report_queries_5000": report_5000,
        "report_ms_5000": round(milliseconds, 1),
        "xlsx_5000_s": round(seconds, 2),
        "xlsx_5000_peak_mb": round(peak_mb, 1),
        "memory_measured_with": "tracemalloc",
    }
    result["within_target"] = (
        enrol_10 == enrol_40 and course_page <= 15 and lesson_page <= 15
        and report_100 == report_5000 and seconds < 5 and peak_mb < 100)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
