"""
Member import and coordinator page: SQL queries and time, at two sizes.

Run from the repo root inside the virtualenv:  python bench/people.py
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
creates a coordinator of Kabupaten Konawe Utara, and measures:
- the queries of a whole import (upload check, preview, confirm) of 40 and 400 rows
  (target: 400 rows at most 2x the queries of 40),
- the median milliseconds of five 400-row imports,
- the queries of the coordinator's delegation page with 10 and 500 members (target:
  the same count).
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
    """A valid fictional NIP, distinct for each serial number."""
    birth = datetime.date(1970, 1, 1) + datetime.timedelta(days=serial % 9000)
    appointed = f"{2000 + serial % 20}{1 + serial % 12:02d}"
    return f"{birth:%Y%m%d}{appointed}{1 + serial % 2}{serial % 1000:03d}"


def member_file(first: int, count: int):
    """An XLSX member list of `count` new people, numbered from `first`."""
    import tablib
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = tablib.Dataset(headers=["NIP", "Nama lengkap", "Jabatan", "Pangkat/golongan",
                                   "OPD", "Telepon", "Email"])
    for serial in range(first, first + count):
        data.append([nip(serial), f"Peserta Uji {serial}", "Analis Perencanaan", "III/a",
                     ["Bappeda", "BPKAD", "Diskominfo", "Setda"][serial % 4],
                     f"0812-0000-{serial % 10000:04d}", f"peserta{serial}@example.id"])
    return SimpleUploadedFile("anggota.xlsx", data.export("xlsx"))


class World:
    """The coordinator, the two regions and a way to make delegations."""

    def __init__(self):
        from django.contrib.auth.models import Group

        from directory.models import Region
        from directory.services import participant_create

        self.konut = Region.objects.get(slug="kab-konawe-utara")
        self.baubau = Region.objects.get(slug="kota-baubau")
        coordinator = participant_create(full_name="Koordinator Bench", region=self.konut,
                                         email="koordinator.bench@example.id",
                                         password="bench-pass-2026")
        coordinator.user.groups.add(Group.objects.get(name="Koordinator"))
        self.user = coordinator.user
        self.serial = 1_000

    def delegation(self, name: str):
        from visits.models import Delegation

        return Delegation.objects.create(
            name=name, home_region=self.konut, host_region=self.baubau,
            start_date=datetime.date(2021, 9, 24), end_date=datetime.date(2021, 9, 24),
        )

    def import_rows(self, count: int, delegation) -> tuple[int, float]:
        """Import `count` new people into `delegation`: (queries, milliseconds)."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from visits.importing import delegation_members_import, import_batch_create, import_preview

        upload = member_file(self.serial, count)
        self.serial += count
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            batch = import_batch_create(user=self.user, delegation=delegation, uploaded_file=upload)
            preview = import_preview(batch)
            assert not preview.errors, preview.errors[:3]
            delegation_members_import(user=self.user, batch=batch)
        elapsed = (time.perf_counter() - start) * 1000
        assert delegation.memberships.count() == count
        return len(queries), elapsed


def page_queries(world, delegation) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(world.user)
    url = f"/delegasi/{delegation.pk}/"
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    count = len(queries)
    assert response.status_code == 200
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
        world = World()
        queries_40, _ms = world.import_rows(40, world.delegation("Bench 40"))
        queries_400, _ms = world.import_rows(400, world.delegation("Bench 400"))
        timings = [world.import_rows(400, world.delegation(f"Bench 400 #{n}"))[1]
                   for n in range(5)]
        small, large = world.delegation("Bench page 10"), world.delegation("Bench page 500")
        world.import_rows(10, small)
        world.import_rows(500, large)
        page_10, page_500 = page_queries(world, small), page_queries(world, large)
    result = {
        "import_queries_40": queries_40,
        "import_queries_400": queries_400,
        "import_queries_ratio": round(queries_400 / queries_40, 2),
        "import_ms_400": round(statistics.median(timings), 1),
        "coordinator_page_queries_10": page_10,
        "coordinator_page_queries_500": page_500,
    }
    result["within_target"] = (queries_400 <= 2 * queries_40) and page_10 == page_500
    print(f"import 40 rows: {queries_40} queries; 400 rows: {queries_400} queries")
    print(f"400-row import, median of 5: {result['import_ms_400']} ms")
    print(f"coordinator page: {page_10} queries with 10 members, {page_500} with 500")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
