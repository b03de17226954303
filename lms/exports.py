"""
Spreadsheet downloads, written once for every export of the site (learning report,
attendance summary, JP report): Indonesian headers, cells as given, streamed so that a
large export never holds every row in memory.

- `csv_response`: a StreamingHttpResponse written by csv.writer a few hundred rows at a
  time, UTF-8 with a byte order mark so that Excel reads the names right;
- `xlsx_response`: openpyxl's write-only workbook (bold header row, column widths, frozen
  panes), written row by row into a temporary file sent with FileResponse (deleted when
  the response is closed).
"""

import csv
import tempfile
from collections.abc import Iterable, Iterator, Sequence

from django.http import FileResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_BATCH = 500  # rows joined into one chunk of the response


class _Line:
    """A file-like object for csv.writer that hands back what it is given."""

    def write(self, value: str) -> str:
        return value


def csv_lines(headers: Sequence, rows: Iterable[Sequence]) -> Iterator[str]:
    """The CSV text in batches of rows, starting with the BOM and the headers;
    None cells are written empty."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(headers)
    batch = []
    for row in rows:
        batch.append(writer.writerow(["" if value is None else value for value in row]))
        if len(batch) == CSV_BATCH:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def csv_response(headers: Sequence, rows: Iterable[Sequence], filename: str
                 ) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(headers, rows),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def write_xlsx(target, headers: Sequence, rows: Iterable[Sequence], *, sheet_title: str,
               widths: Sequence[float] = (), freeze: str = "A2") -> None:
    """Write one worksheet into `target` (a path or binary file)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = freeze
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    workbook.save(target)


def xlsx_response(headers: Sequence, rows: Iterable[Sequence], filename: str, *,
                  sheet_title: str, widths: Sequence[float] = (), freeze: str = "A2"
                  ) -> FileResponse:
    target = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        write_xlsx(target, headers, rows, sheet_title=sheet_title, widths=widths,
                   freeze=freeze)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return FileResponse(target, as_attachment=True, filename=filename,
                        content_type=XLSX_TYPE)
