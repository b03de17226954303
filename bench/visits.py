"""
Study visits: SQL queries of the host's inbox and of a region profile at two sizes, and
the time of a region profile.

Run from the repo root inside the virtualenv:  python bench/visits.py
It builds its own SQLite database in a temporary folder, or uses BENCH_DATABASE_URL
(PostgreSQL: created when missing and dropped at the end; an existing database is used
as it is). It migrates, loads `seed_demo`, then builds its own regions (slugs `bench-`)
and measures with the Django test client:
- inbox_queries_10 / inbox_queries_200: GET visit_inbox signed in as the coordinator of
  a host region that received 10 / 200 requests (target: equal);
- region_profile_queries_10 / region_profile_queries_200: GET daerah/<slug>/ as the
  public, for a region that made and hosted 10 / 200 visits, with two follow-up actions
  (each with its owner) per visit made, course completions and certificates of its
  people, mentoring and outcome indicators with measurements (target: equal); the same
  signed in as that region's coordinator (region_profile_queries_coordinator_*);
- region_profile_ms_200: the median of 20 public GETs of the 200-visit profile.
Every count is taken after one warm-up request. The last line printed is one JSON
object with every figure.
"""

import datetime
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is bench/visits.py: with bench/ on the path, "visits" would be this file
# rather than the visits app.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))
DAY = datetime.date(2023, 3, 1)
TIMED_RUNS = 20


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    os.environ.pop("ELASTICSEARCH_URL", None)
    import django

    django.setup()


class World:
    """Regions, people and visits built with the ORM (the numbers, not the rules, are
    what is measured here), so that building 200 visits takes seconds."""

    def __init__(self):
        from directory.models import Topic

        self.serial = 0
        self.topic = Topic.objects.get(slug="sipd")

    def region(self, label: str):
        from directory.models import Region

        self.serial += 1
        return Region.objects.create(
            name=f"Kabupaten Bench {label} {self.serial}", slug=f"bench-{label}-{self.serial}",
            kind=Region.Kind.REGENCY, code=f"98.{self.serial:02d}", timezone="Asia/Makassar")

    def people(self, region, count: int, *, coordinator=False) -> list:
        """`count` participants of `region` with accounts (bulk inserts)."""
        from django.contrib.auth.models import Group, User

        from directory.models import Participant

        first = self.serial * 10_000
        self.serial += 1
        users = User.objects.bulk_create([
            User(username=f"bench.{first + n}", password="!") for n in range(count)])
        if coordinator:
            group = Group.objects.get(name="Koordinator")
            User.groups.through.objects.bulk_create([
                User.groups.through(user_id=user.pk, group_id=group.pk) for user in users])
        return Participant.objects.bulk_create([
            Participant(user=user, full_name=f"Peserta Bench {first + n}", region=region)
            for n, user in enumerate(users)])

    def visits(self, requester, host, count: int, state) -> list:
        """`count` visit requests from `requester` to `host`, each with its topic and
        its submit event."""
        from django.utils import timezone

        from visits.models import VisitEvent, VisitRequest

        visits = VisitRequest.objects.bulk_create([VisitRequest(
            title=f"Kunjungan bench {requester.slug} {n}", requesting_region=requester,
            host_region=host, learning_goal="Belajar SIPD dari daerah yang sudah berhasil.",
            proposed_start=DAY + datetime.timedelta(days=n),
            proposed_end=DAY + datetime.timedelta(days=n), delegation_size=8,
            contact_name="Kontak Bench", contact_email="kontak@bench.example",
            state=state, held_on=DAY) for n in range(count)])
        VisitRequest.topics.through.objects.bulk_create([
            VisitRequest.topics.through(visitrequest_id=v.pk, topic_id=self.topic.pk)
            for v in visits])
        VisitEvent.objects.bulk_create([VisitEvent(
            request=v, action="submit", to_state="diajukan", side="requester",
            at=timezone.now()) for v in visits])
        return visits


def build_inbox(world, count: int):
    """A host region with `count` requests received from another region; its
    coordinator."""
    from visits.models import VisitState

    host, requester = world.region(f"host{count}"), world.region(f"asker{count}")
    world.visits(requester, host, count, VisitState.SUBMITTED)
    return world.people(host, 1, coordinator=True)[0].user


def build_profile(world, count: int):
    """A region that made and hosted `count` visits each, with the follow-up, learning,
    mentoring and indicators the profile shows; its coordinator."""
    from visits.models import FollowUpAction, VisitState

    region, other = world.region(f"profile{count}"), world.region(f"peer{count}")
    made = world.visits(region, other, count, VisitState.FOLLOW_UP)
    world.visits(other, region, count, VisitState.CLOSED)
    owners = world.people(region, 2 * count)
    statuses = [FollowUpAction.Status.DONE, FollowUpAction.Status.IN_PROGRESS,
                FollowUpAction.Status.NOT_STARTED, FollowUpAction.Status.CANCELLED]
    FollowUpAction.objects.bulk_create([FollowUpAction(
        visit=visit, region=region, topic=world.topic, title=f"Tindakan {n}",
        owner=owners[n], due_date=DAY + datetime.timedelta(days=n), status=statuses[n % 4])
        for n, visit in enumerate(made * 2)])
    learning(region, owners)
    knowledge(world, region, other, count)
    return world.people(region, 1, coordinator=True)[0].user


def learning(region, people) -> None:
    """Half of `people` completed a course; a quarter hold a certificate."""
    from django.utils import timezone

    from courses.models import CoursePage, Enrollment
    from training.models import Certificate, Programme

    course = CoursePage.objects.live().first()
    programme = Programme.objects.filter(published=True).first()
    Enrollment.objects.bulk_create([Enrollment(
        user_id=p.user_id, course=course, status=Enrollment.Status.COMPLETED,
        completed_at=timezone.now()) for p in people[::2]])
    Certificate.objects.bulk_create([Certificate(
        number=f"BENCH/{region.pk}/{n}", programme=programme, participant=p,
        issued_at=timezone.now(), jp_hours=programme.jp_hours)
        for n, p in enumerate(people[::4])])


def knowledge(world, region, other, count: int) -> None:
    """Mentoring received (with meetings) and one indicator per 20 visits, each with
    twelve monthly measurements."""
    from visits.models import Measurement, MentoringMeeting, Mentorship, OutcomeIndicator

    mentorship = Mentorship.objects.create(mentor_region=other, mentee_region=region,
                                           goal="SIPD di semua OPD.", started_on=DAY)
    mentorship.topics.add(world.topic)
    MentoringMeeting.objects.bulk_create([MentoringMeeting(
        mentorship=mentorship, held_on=DAY + datetime.timedelta(days=7 * n), mode="daring",
        meeting_url="https://zoom.us/j/1", attendees="Bappeda", notes="Rapat.")
        for n in range(max(1, count // 10))])
    for n in range(max(1, count // 20)):
        indicator = OutcomeIndicator.objects.create(
            region=region, topic=world.topic, name=f"OPD yang memakai SIPD {n}", unit="OPD",
            target=40)
        Measurement.objects.bulk_create([Measurement(
            indicator=indicator, measured_on=DAY + datetime.timedelta(days=30 * m),
            value=5 + 3 * m) for m in range(12)])


def queries(url: str, user=None) -> int:
    """SQL queries of one GET of `url` (after a warm-up GET), as `user` or the public."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if user is not None:
        client.force_login(user)
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def median_ms(url: str, runs: int = TIMED_RUNS) -> float:
    from django.test import Client

    client = Client()
    client.get(url)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(timings), 1)


def inbox_figures(world) -> dict:
    """The host inbox at 10 and 200 requests (None when the inbox page is not there)."""
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse("visit_inbox")
    except NoReverseMatch:
        print("inbox: no URL named visit_inbox yet; skipped")
        return {"inbox_queries_10": None, "inbox_queries_200": None}
    figures = {f"inbox_queries_{n}": queries(url, build_inbox(world, n)) for n in (10, 200)}
    print(f"host inbox: {figures['inbox_queries_10']} queries with 10 requests, "
          f"{figures['inbox_queries_200']} with 200")
    return figures


def profile_figures(world) -> dict:
    from django.urls import reverse

    figures = {}
    for n in (10, 200):
        coordinator = build_profile(world, n)
        url = reverse("region_profile", args=[coordinator.participant.region.slug])
        figures[f"region_profile_queries_{n}"] = queries(url)
        figures[f"region_profile_queries_coordinator_{n}"] = queries(url, coordinator)
    figures["region_profile_ms_200"] = median_ms(url)
    print(f"region profile (public): {figures['region_profile_queries_10']} queries with "
          f"10 visits, {figures['region_profile_queries_200']} with 200; signed in as its "
          f"coordinator: {figures['region_profile_queries_coordinator_10']} and "
          f"{figures['region_profile_queries_coordinator_200']}")
    print(f"region profile with 200 visits, median of {TIMED_RUNS}: "
          f"{figures['region_profile_ms_200']} ms")
    return figures


def main() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", "")
    from bench.search import drop_postgres, ensure_postgres

    created = ensure_postgres(url) if url.startswith("postgres") else False
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command
        from django.db import connection

        try:
            call_command("migrate", verbosity=0)
            call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
            world = World()
            result = {**profile_figures(world), **inbox_figures(world),
                      "database": connection.vendor}
        finally:
            if created:
                drop_postgres(url)
    inbox = (result["inbox_queries_10"] is not None
             and result["inbox_queries_10"] == result["inbox_queries_200"])
    result["within_target"] = inbox and (
        result["region_profile_queries_10"] == result["region_profile_queries_200"]
        and result["region_profile_queries_coordinator_10"]
        == result["region_profile_queries_coordinator_200"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
