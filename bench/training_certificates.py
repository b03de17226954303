"""
Certificates: time of the PDF and of a bulk issue, and the queries of the bulk issue.

Run from the repo root inside the virtualenv:  python bench/training_certificates.py
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
migrates it (the roles come from the migrations; no seed_demo is needed), makes a host
region and an organiser, and measures:
- certificate_pdf_ms: median milliseconds of 20 renders of one certificate PDF
  (training.certificate_pdf, A4 landscape with a QR code; the first render registers
  the fonts and counts too); target under 150. certificate_pdf_kb: its size;
- certificates_bulk_40_s: seconds of `certificates_issue_bulk` for a programme of
  4 sessions with 40 registrants who all meet the rule (40 certificates and JP entries);
- certificates_bulk_queries_10 / _40: the queries of that bulk issue with 10 and with
  40 eligible registrants (target: equal).
`measure()` returns the figures; run alone, the last line printed is them as JSON.
"""

import datetime
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


def nip(serial: int) -> str:
    """A valid fictional NIP (birth date, appointment month, sex, sequence), distinct
    for each serial number."""
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=serial)
    return f"{birth:%Y%m%d}199803{1 + serial % 2}{serial % 1000:03d}"


class World:
    """A host region with an OPD, an organiser, and programmes with eligible people."""

    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from directory.models import Agency, Region

        self.region, _new = Region.objects.get_or_create(
            slug="kota-baubau-bench", defaults={
                "name": "Kota Baubau (bench)", "short_name": "Baubau", "kind": "city",
                "timezone": "Asia/Makassar"})
        self.agency, _new = Agency.objects.get_or_create(
            region=self.region, acronym="Bappeda",
            defaults={"name": "Badan Perencanaan Pembangunan Daerah Kota Baubau"})
        self.organiser, _new = get_user_model().objects.get_or_create(
            username="penyelenggara.bench")
        self.organiser.groups.add(Group.objects.get(name="Penyelenggara"))
        self.serial = 0

    def programme(self, people: int):
        """A programme of 4 sessions (Jul-Nov 2021) with `people` registered who were
        present at every session."""
        from django.contrib.auth import get_user_model

        from directory.models import Participant
        from training.models import Attendance, Programme, Registration, Session

        self.serial += 1
        zone = ZoneInfo(self.region.timezone)
        programme = Programme.objects.create(
            title="Bimbingan Teknis Penyusunan Masterplan Smart City Kota Baubau",
            slug=f"bench-smart-city-{self.serial}", kind="bimtek", host_region=self.region,
            host_agency=self.agency, summary="Bench.", jp_hours=32, capacity=people,
            signer_name="Dr. H. Roni Muhtar, M.Pd.",
            signer_title="Sekretaris Daerah Kota Baubau")
        sessions = Session.objects.bulk_create([
            Session(programme=programme, sort_order=n, title=f"Tahap {n + 1}",
                    starts_at=datetime.datetime.combine(day, datetime.time(9), tzinfo=zone),
                    ends_at=datetime.datetime.combine(day, datetime.time(15), tzinfo=zone),
                    timezone=self.region.timezone, venue="Aula Kantor Wali Kota Baubau")
            for n, day in enumerate([datetime.date(2021, 7, 12), datetime.date(2021, 8, 23),
                                     datetime.date(2021, 10, 4), datetime.date(2021, 11, 25)])])
        first = self.serial * 1000
        users = get_user_model().objects.bulk_create([
            get_user_model()(username=f"bench{first + n}") for n in range(people)])
        persons = Participant.objects.bulk_create([
            Participant(user=user, full_name=f"Drs. H. Peserta Bench {first + n}, M.Si.",
                        nip=nip(first + n),
                        region=self.region, agency=self.agency)
            for n, user in enumerate(users)])
        Registration.objects.bulk_create([
            Registration(programme=programme, participant=person, status="registered")
            for person in persons])
        Attendance.objects.bulk_create([
            Attendance(session=session, participant=person, status="hadir", method="rollcall")
            for session in sessions for person in persons])
        return programme


def bulk(world, people: int) -> tuple[int, float]:
    """Queries and seconds of one bulk issue to `people` eligible registrants."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from training.certificates import certificates_issue_bulk

    programme = world.programme(people)
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        issued, refused = certificates_issue_bulk(user=world.organiser, programme=programme)
    elapsed = time.perf_counter() - start
    assert len(issued) == people and not refused, (len(issued), refused[:2])
    return len(queries), elapsed


def pdf_ms(world) -> tuple[float, int]:
    """Median milliseconds of 20 renders, and the size of the PDF."""
    from training.certificate_pdf import certificate_pdf
    from training.models import Certificate

    certificate = (Certificate.objects.select_related(
        "participant", "programme", "programme__host_region", "programme__host_agency")
        .order_by("pk").first())
    url = "https://lintas.example.go.id/verifikasi/LTS-2021-0001-0001/"
    timings, pdf = [], b""
    for _ in range(20):
        start = time.perf_counter()
        pdf = certificate_pdf(certificate, verify_url=url)
        timings.append((time.perf_counter() - start) * 1000)
    assert pdf.startswith(b"%PDF")
    return statistics.median(timings), len(pdf)


def measure() -> dict:
    """Set Django up on a fresh database, build the world, return the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        world = World()
        bulk(world, 2)  # warm up: the organiser's roles, the query compiler
        queries_10, _seconds = bulk(world, 10)
        print(f"bulk issue to 10: {queries_10} queries", flush=True)
        queries_40, seconds_40 = bulk(world, 40)
        print(f"bulk issue to 40: {queries_40} queries, {seconds_40:.3f} s", flush=True)
        median_ms, size = pdf_ms(world)
        print(f"certificate PDF: median {median_ms:.1f} ms of 20, {size // 1024} KB",
              flush=True)
    return {
        "certificate_pdf_ms": round(median_ms, 1),
        "certificate_pdf_kb": size // 1024,
        "certificates_bulk_40_s": round(seconds_40, 3),
        "certificates_bulk_queries_10": queries_10,
        "certificates_bulk_queries_40": queries_40,
    }


if __name__ == "__main__":
    print(json.dumps(measure()))
