"""
Registration under load: 50 people register at the same moment for 40 seats.

Run from the repo root inside the virtualenv:  python bench/training_registration.py
It needs PostgreSQL (SQLite serialises writers, so there would be no race): the database
of BENCH_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/lintas_bench_training, created when missing, migrated
and seeded with the demo. It makes a 40-seat programme and 50 participants, starts 50
threads (one connection each) that call training.registration.registration_create at
once, and counts the outcome: target 40 registered and 10 waitlisted, nobody twice.
Its own rows are removed afterwards.
The last line printed is one JSON object: parallel_registered, parallel_waitlisted.
"""

import io
import json
import os
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/lintas_bench_training"
SEATS, PEOPLE = 40, 50


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database of `url` when it does not exist yet."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    if "postgresql" not in config["ENGINE"]:
        raise SystemExit(f"bench/training_registration.py needs PostgreSQL, not {url}")
    params = {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432,
              "user": config["USER"] or "postgres", "password": config["PASSWORD"] or None,
              "dbname": "postgres", "autocommit": True}
    with psycopg.connect(**params) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                               [config["NAME"]]).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{config["NAME"]}"')
            print(f"created database {config['NAME']}")


def setup_django() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = url
    import django

    django.setup()


def build_world(tag: str):
    """A 40-seat programme in Baubau and 50 participants of Konawe Utara."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from directory.models import Participant, Region
    from training.models import Programme, Session

    baubau, konut = (Region.objects.get(slug=s) for s in ("kota-baubau", "kab-konawe-utara"))
    programme = Programme.objects.create(
        title=f"Bimtek paralel {tag}", slug=f"bimtek-paralel-{tag}", kind="bimtek",
        host_region=baubau, summary="Pengukuran pendaftaran serentak.", published=True,
        capacity=SEATS)
    start = timezone.now() + datetime.timedelta(days=30)
    Session.objects.create(programme=programme, title="Sesi 1", starts_at=start,
                           ends_at=start + datetime.timedelta(hours=3),
                           timezone=baubau.timezone, venue="Aula Kantor Wali Kota Baubau")
    users = get_user_model().objects.bulk_create([
        get_user_model()(username=f"paralel.{tag}.{n}") for n in range(PEOPLE)])
    Group.objects.get(name="Peserta").user_set.add(*users)
    people = Participant.objects.bulk_create([
        Participant(user=u, full_name=f"Peserta Paralel {n:02d}", region=konut)
        for n, u in enumerate(users)])
    return programme, people


def register_at_once(programme, people) -> list[str]:
    """One thread and one connection a person, released together; refusal codes."""
    from django.db import connections

    from lms.errors import DomainError
    from training.registration import registration_create

    start, refused = threading.Barrier(len(people)), []

    def register(person):
        try:
            start.wait()
            registration_create(user=person.user, programme=programme, participant=person)
        except DomainError as error:
            refused.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return refused


def remove_world(programme, people) -> None:
    from django.contrib.auth import get_user_model

    from directory.models import Participant
    from training.models import Programme, Registration

    Registration.objects.filter(programme=programme).delete()
    Programme.objects.filter(pk=programme.pk).delete()
    Participant.objects.filter(pk__in=[p.pk for p in people]).delete()
    get_user_model().objects.filter(pk__in=[p.user_id for p in people]).delete()


def measure() -> dict:
    setup_django()
    from django.core.management import call_command
    from django.db.models import Count

    from training.models import Registration

    call_command("migrate", verbosity=0)
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
    print(f"{PEOPLE} participants register at once for {SEATS} seats ...", flush=True)
    programme, people = build_world(uuid.uuid4().hex[:8])
    try:
        began = time.perf_counter()
        refused = register_at_once(programme, people)
        elapsed = (time.perf_counter() - began) * 1000
        counts = dict(Registration.objects.filter(programme=programme)
                      .values_list("status").annotate(n=Count("pk")))
        again = register_at_once(programme, people)
        rows = Registration.objects.filter(programme=programme).count()
    finally:
        remove_world(programme, people)
    print(f"{counts} in {elapsed:.0f} ms; refused first time: {len(refused)}")
    print(f"the same {PEOPLE} again at once: {again.count('already_registered')} refused as "
          f"already registered; {rows} rows in all (nobody twice: {rows == PEOPLE})")
    return {"parallel_registered": counts.get("registered", 0),
            "parallel_waitlisted": counts.get("waitlisted", 0)}


if __name__ == "__main__":
    print(json.dumps(measure()))
