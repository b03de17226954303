"""
Calendar feeds: SQL queries and time of a participant's private feed at two sizes.

Run from the repo root inside the virtualenv:  python bench/training_calendars.py
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
registers one participant for 5 and then 50 programmes of 4 sessions each, and measures:
- the queries of GET /kalender/<token>.ics with 5 and 50 programmes (target: equal),
- the median milliseconds of that feed with 50 programmes (200 events), of 20 requests,
- the median milliseconds of one programme's public feed (4 sessions), of 20 requests,
- the reminders of one day (send_reminders) for 40 registrants: queries and seconds.
The last line printed is one JSON object with those figures.
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
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    import django

    django.setup()


def programme(number: int, first_day: datetime.date):
    from directory.models import Region
    from training.models import Programme, Session

    region = Region.objects.get(slug="kota-baubau")
    zone = ZoneInfo(region.timezone)
    made = Programme.objects.create(
        title=f"Bimtek bench {number}", slug=f"bimtek-bench-{number}", kind="bimtek",
        host_region=region, summary="Program untuk pengukuran.", published=True,
        capacity=100)
    Session.objects.bulk_create([
        Session(programme=made, sort_order=n, title=f"Sesi {n + 1}", timezone=region.timezone,
                starts_at=datetime.datetime.combine(first_day + datetime.timedelta(days=n),
                                                    datetime.time(9), tzinfo=zone),
                ends_at=datetime.datetime.combine(first_day + datetime.timedelta(days=n),
                                                  datetime.time(12), tzinfo=zone),
                venue="Aula Kantor Wali Kota Baubau", meeting_url="https://zoom.us/j/1")
        for n in range(4)])
    return made


def timed_get(client, url: str) -> tuple[int, float]:
    """(queries, milliseconds) of one GET."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return len(queries), elapsed


def measure() -> dict:
    from django.core import mail
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory.models import Participant, Region
    from directory.services import participant_create
    from training.calendars import calendar_feed_token
    from training.models import Registration

    call_command("migrate", verbosity=0)
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
    print("demo content loaded", flush=True)
    person = Participant.objects.get(user__username="peserta")
    token = calendar_feed_token(user=person.user, participant=person).token
    url = f"/kalender/{token}.ics"
    client = Client()
    day = datetime.date(2031, 3, 4)
    programmes = [programme(n, day + datetime.timedelta(days=7 * n)) for n in range(50)]
    Registration.objects.bulk_create([
        Registration(programme=p, participant=person, status="registered")
        for p in programmes[:5]])
    queries_5, _ms = timed_get(client, url)
    Registration.objects.bulk_create([
        Registration(programme=p, participant=person, status="registered")
        for p in programmes[5:]])
    queries_50, _ms = timed_get(client, url)
    feed_ms = statistics.median(timed_get(client, url)[1] for _ in range(20))
    print(f"private feed: {queries_5} queries with 5 programmes, {queries_50} with 50; "
          f"{feed_ms:.1f} ms for 200 events", flush=True)
    public_url = f"/program/{programmes[0].slug}/kalender.ics"
    public_ms = statistics.median(timed_get(client, public_url)[1] for _ in range(20))
    print(f"programme feed: {public_ms:.1f} ms", flush=True)

    region = Region.objects.get(slug="kab-konawe-utara")
    people = [participant_create(full_name=f"Peserta Bench {n}", region=region,
                                 email=f"bench{n}@example.id") for n in range(40)]
    Registration.objects.bulk_create([
        Registration(programme=programmes[0], participant=p, status="registered")
        for p in people])
    mail.outbox = []
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        call_command("send_reminders", date=day, stdout=io.StringIO())
    reminders_s = time.perf_counter() - start
    sent = len(mail.outbox)
    print(f"reminders: {sent} mails, {len(queries)} queries, {reminders_s:.2f} s", flush=True)
    return {
        "calendar_feed_queries_5": queries_5,
        "calendar_feed_queries_50": queries_50,
        "calendar_feed_ms_200_events": round(feed_ms, 1),
        "programme_feed_ms": round(public_ms, 1),
        "reminders_sent_41": sent,
        "reminders_queries": len(queries),
        "reminders_s": round(reminders_s, 2),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.test.utils import setup_test_environment

        setup_test_environment()  # the locmem mail outbox
        result = measure()
    result["within_target"] = result["calendar_feed_queries_5"] == \
        result["calendar_feed_queries_50"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
