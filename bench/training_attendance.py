"""
Attendance: the roll call's SQL queries at two sizes and the attendance sheet's time.

Run from the repo root inside the virtualenv:  python bench/training_attendance.py
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
migrates it, loads `seed_demo`, and measures:
- rollcall_page_queries_10 / rollcall_page_queries_40: a facilitator's GET of the roll
  call (/program/sesi/<id>/presensi/) of a session whose programme has 10, then 40
  registered people, a third of them already marked (target: equal);
- attendance_sheet_pdf_ms: median milliseconds of 20 GETs of the attendance sheet PDF
  (/program/sesi/<id>/daftar-hadir.pdf) of the 40-people session, the request included.
`measure()` expects Django set up on a migrated database with the demo loaded; the
people and programmes it makes are its own (a fresh tag each run).
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
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHEET_RUNS = 20


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    import django

    django.setup()


def facilitator(tag: str):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    account = get_user_model().objects.create_user(username=f"bench.fasilitator.{tag}",
                                                   password="bench-pass-2026")
    account.groups.add(Group.objects.get(name="Fasilitator"))
    return account


def session_with_people(tag: str, size: int, trainer):
    """A programme with one session taken by `trainer` and `size` registered people
    (bulk inserts), a third of them marked present through the service."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from directory.models import Agency, Participant, Region
    from training.attendance import attendance_mark
    from training.models import Programme, Registration, Session

    region = Region.objects.get(slug="kota-baubau")
    agencies = list(Agency.objects.filter(region=region)) or [None]
    programme = Programme.objects.create(
        title=f"Bimtek bench {size} {tag}", slug=f"bimtek-bench-{size}-{tag}",
        kind="bimtek", host_region=region, summary="Bench.", capacity=size, published=True)
    start = timezone.now() + datetime.timedelta(days=7)
    session = Session.objects.create(programme=programme, title="Sesi bench",
                                     starts_at=start, ends_at=start + datetime.timedelta(hours=3),
                                     timezone=region.timezone, venue="Aula bench")
    Session.facilitators.through.objects.create(session_id=session.pk, user_id=trainer.pk)
    User = get_user_model()
    names = [f"bench.{tag}.{size}.{n}" for n in range(size)]
    User.objects.bulk_create([User(username=name) for name in names])
    users = User.objects.filter(username__in=names).order_by("username")
    people = Participant.objects.bulk_create([
        Participant(user=account, full_name=f"Peserta Bench {size}-{n:03d}", region=region,
                    agency=agencies[n % len(agencies)])
        for n, account in enumerate(users)])
    Registration.objects.bulk_create([
        Registration(programme=programme, participant=person, status="registered")
        for person in people])
    for person in people[::3]:
        attendance_mark(user=trainer, session=session, participant=person, status="hadir")
    return session


def rollcall_queries(client, session) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/program/sesi/{session.pk}/presensi/"
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def sheet_ms(client, session) -> float:
    url = f"/program/sesi/{session.pk}/daftar-hadir.pdf"
    timings = []
    for _run in range(SHEET_RUNS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
    return round(statistics.median(timings), 1)


def measure() -> dict:
    from django.test import Client

    tag = uuid.uuid4().hex[:8]
    trainer = facilitator(tag)
    small, large = (session_with_people(tag, 10, trainer),
                    session_with_people(tag, 40, trainer))
    client = Client()
    client.force_login(trainer)
    return {
        "rollcall_page_queries_10": rollcall_queries(client, small),
        "rollcall_page_queries_40": rollcall_queries(client, large),
        "attendance_sheet_pdf_ms": sheet_ms(client, large),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command

        print("migrating and loading the demo ...", flush=True)
        call_command("migrate", verbosity=0)
        call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
        result = measure()
    print(f"roll call: {result['rollcall_page_queries_10']} queries with 10 people, "
          f"{result['rollcall_page_queries_40']} with 40")
    print(f"attendance sheet PDF, 40 people, median of {SHEET_RUNS}: "
          f"{result['attendance_sheet_pdf_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
