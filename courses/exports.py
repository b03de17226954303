"""
The learning report's exports: one row per learner (not per group), as CSV or XLSX,
with Indonesian headers (the file format is Indonesian always, like the member import's).

Both stream the rows of `courses.reports.learner_rows` from the database in chunks
(`.iterator`) through `lms.exports`, so a large export never holds every row in memory.
"""

import datetime
from collections.abc import Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone

from lms import exports

from .models import Enrollment
from .reports import learner_improvement, learner_name

HEADERS = ("Nama", "NIP", "Daerah", "OPD", "Delegasi", "Kursus", "Status",
           "Tanggal daftar", "Pelajaran selesai", "Tanggal selesai", "Nilai pre-test",
           "Nilai post-test", "Peningkatan")
COLUMN_WIDTHS = (32, 20, 28, 14, 40, 40, 10, 14, 10, 14, 12, 12, 12)
STATUS = {Enrollment.Status.ACTIVE: "Aktif", Enrollment.Status.COMPLETED: "Selesai"}
CHUNK = 2000  # rows read from the database at a time


def _day(moment: datetime.datetime | None) -> datetime.date | None:
    return timezone.localtime(moment).date() if moment else None


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def export_row(row: dict) -> list:
    """One learner row (a dict of `learner_rows`) as the cells of the file."""
    return [
        learner_name(row), row["nip"] or "", row["region_name"] or "",
        row["agency_acronym"] or "", row["delegation_name"] or "", row["course_title"],
        STATUS.get(row["status"], row["status"]), _day(row["enrolled_at"]),
        row["lessons_done"], _day(row["completed_at"]), _score(row["best_pre"]),
        _score(row["best_post"]), _score(learner_improvement(row)),
    ]


def filename(extension: str) -> str:
    return f"laporan-belajar-{timezone.localdate():%Y-%m-%d}.{extension}"


def _cells(rows) -> Iterator[list]:
    """`rows`: the queryset of learner_rows, read in chunks while the file is written."""
    return (export_row(row) for row in rows.iterator(chunk_size=CHUNK))


def csv_response(rows) -> StreamingHttpResponse:
    return exports.csv_response(HEADERS, _cells(rows), filename("csv"))


def xlsx_response(rows) -> FileResponse:
    return exports.xlsx_response(HEADERS, _cells(rows), filename("xlsx"),
                                 sheet_title="Laporan belajar", widths=COLUMN_WIDTHS)
