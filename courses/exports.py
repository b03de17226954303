"""
The learning report's exports: one row per learner (not per group), as CSV or XLSX,
with Indonesian headers (the file format is Indonesian always, like the member import's).

Both stream the rows of `courses.reports.learner_rows` from the database in chunks
(`.iterator`), so a large export never holds every row in memory:
- CSV: a StreamingHttpResponse written by csv.writer as the rows arrive, UTF-8 with a
  byte order mark so that Excel reads the names right;
- XLSX: openpyxl's write-only workbook, written row by row into a temporary file that
  is then sent with FileResponse (and deleted when the response is closed).
"""

import csv
import datetime
import tempfile
from collections.abc import Iterable, Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

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


class _Line:
    """A file-like object for csv.writer that hands back what it is given."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    """The CSV text, a few hundred rows at a time, starting with the BOM and headers."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(HEADERS)
    batch = []
    for row in rows:
        cells = ["" if value is None else value for value in export_row(row)]
        batch.append(writer.writerow(cells))
        if len(batch) == 500:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def csv_response(rows) -> StreamingHttpResponse:
    """`rows`: the queryset of learner_rows; read in chunks while the response is sent."""
    response = StreamingHttpResponse(csv_lines(rows.iterator(chunk_size=CHUNK)),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename("csv")}"'
    return response


def write_xlsx(rows: Iterable[dict], target) -> None:
    """Write the rows into `target` (a path or binary file) as a one-sheet workbook."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Laporan belajar")
    for index, width in enumerate(COLUMN_WIDTHS):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append(export_row(row))
    workbook.save(target)


def xlsx_response(rows) -> FileResponse:
    """`rows`: the queryset of learner_rows. The workbook goes to a temporary file on
    disk, never wholly into memory; FileResponse sends it in blocks and closes it."""
    target = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        write_xlsx(rows.iterator(chunk_size=CHUNK), target)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return FileResponse(
        target, as_attachment=True, filename=filename("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
