"""
The files of attendance: the printable attendance sheet (daftar hadir) of a session as
a PDF, and the attendance summary of a programme as CSV or XLSX.

Like the learning report's exports, these files are Indonesian whatever the page
language: they are handed to offices that file them as they are.

The sheet is drawn with ReportLab's platypus on A4 portrait: a header (programme,
session, day and time in the session's zone, place), one row per registered person
(No, Nama, NIP, OPD/Instansi, the status if already recorded) and a signature column
whose slots alternate left and right, as Indonesian sheets do, so neighbours' signatures
do not collide; the header row repeats on every page, and every page is numbered.
"""

import datetime
import io
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.formats import date_format
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from directory.models import TIMEZONE_ABBREVIATIONS
from lms import exports
from lms.templatetags.people_tags import nip as nip_groups

from .attendance import STATUSES, SummaryRow
from .models import Programme, Registration, Session

STATUS_LABELS = {"hadir": "Hadir", "izin": "Izin", "sakit": "Sakit", "alpa": "Alpa"}
INK = colors.HexColor("#17212b")
LINE = colors.HexColor("#75808b")
TINT = colors.HexColor("#e5f1f2")


# --- Dates in Indonesian -------------------------------------------------------------

def _local(moment: datetime.datetime, zone: str) -> datetime.datetime:
    return timezone.localtime(moment, ZoneInfo(zone))


def session_day(session: Session) -> str:
    """ "Jumat, 24 September 2021" in the session's zone."""
    with translation.override("id"):
        return date_format(_local(session.starts_at, session.timezone), "l, j F Y")


def session_hours(session: Session) -> str:
    """ "09.00–12.00 WITA" (with the end's date when it ends on another day)."""
    start = _local(session.starts_at, session.timezone)
    end = _local(session.ends_at, session.timezone)
    ending = f"{end:%H.%M}"
    if end.date() != start.date():
        with translation.override("id"):
            ending = f"{date_format(end, 'j F Y')} {ending}"
    return f"{start:%H.%M}–{ending} {TIMEZONE_ABBREVIATIONS.get(session.timezone, '')}"


def _person_place(registration: Registration) -> str:
    person = registration.participant
    region = person.region.short_name or person.region.name
    return f"{person.agency.acronym} {region}" if person.agency_id else region


# --- The attendance sheet (PDF) -----------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9, leading=11,
                          textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold",
                                fontSize=15, leading=19, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName="Helvetica-Bold",
                                   fontSize=11, leading=14, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontName="Helvetica-Bold",
                               alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "status": ParagraphStyle("status", parent=base, fontSize=8, leading=10,
                                 alignment=TA_CENTER),
    }


class _NumberedCanvas(Canvas):
    """Draws "Halaman n dari N" and the sheet's name at the foot of every page, once the
    number of pages is known."""

    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.setFillColor(INK)
            self.drawString(15 * mm, 9 * mm, self.footer_left)
            self.drawRightString(A4[0] - 15 * mm, 9 * mm,
                                 f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()


def _header(session: Session, styles) -> list:
    programme = session.programme
    place = session.venue or ""
    if session.meeting_url:
        place = f"{place} (daring: {session.meeting_url})" if place else \
            f"Daring: {session.meeting_url}"
    stage = f"Tahap {session.stage_number} · " if session.stage_number else ""
    if session.title.lower().startswith("tahap"):  # "Tahap 2: ..." says it already
        stage = ""
    facts = [("Kegiatan", programme.title), ("Sesi", f"{stage}{session.title}"),
             ("Hari/tanggal", session_day(session)), ("Waktu", session_hours(session)),
             ("Tempat", place or "-")]
    rows = [[Paragraph(label, styles["base"]), ":", Paragraph(_escape(value), styles["base"])]
            for label, value in facts]
    table = Table(rows, colWidths=[28 * mm, 4 * mm, 148 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [Paragraph("DAFTAR HADIR", styles["title"]),
            Paragraph(_escape(programme.title), styles["subtitle"]),
            Spacer(1, 5 * mm), table, Spacer(1, 4 * mm)]


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


SHEET_WIDTHS = [9 * mm, 44 * mm, 36 * mm, 31 * mm, 13 * mm, 23.5 * mm, 23.5 * mm]


def _people_table(people: list[Registration], recorded: dict[int, str], styles) -> Table:
    head = [Paragraph(text, styles["head"]) for text in
            ("No", "Nama", "NIP", "OPD/Instansi", "Ket.", "Tanda tangan")] + [""]
    rows = [head]
    for number, registration in enumerate(people, start=1):
        person = registration.participant
        slot = f"{number}. " + "." * 14
        rows.append([
            str(number), Paragraph(_escape(person.full_name), styles["base"]),
            Paragraph(nip_groups(person.nip) or "-", styles["small"]),
            Paragraph(_escape(_person_place(registration)), styles["small"]),
            Paragraph(STATUS_LABELS.get(recorded.get(person.pk, ""), ""), styles["status"]),
            slot if number % 2 else "", "" if number % 2 else slot,
        ])
    table = Table(rows, colWidths=SHEET_WIDTHS, repeatRows=1,
                  rowHeights=[None] + [10 * mm] * len(people))
    table.setStyle(TableStyle([
        ("SPAN", (5, 0), (6, 0)),
        ("GRID", (0, 0), (4, -1), 0.5, LINE),
        ("BOX", (5, 0), (6, -1), 0.5, LINE),
        ("LINEBELOW", (5, 0), (6, -1), 0.5, LINE),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
        ("VALIGN", (5, 1), (6, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (0, -1), 2),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
        ("LEFTPADDING", (2, 1), (2, -1), 4),
        ("RIGHTPADDING", (2, 1), (2, -1), 2),
        ("LEFTPADDING", (5, 1), (6, -1), 3),
        ("RIGHTPADDING", (5, 1), (6, -1), 3),
    ]))
    return table


def _closing(session: Session, styles) -> KeepTogether:
    """The facilitator's signature block under the table."""
    day = session_day(session).split(", ", 1)[-1]
    lines = [f"{day}", "Fasilitator/Penyelenggara,", "", "", "",
             "( ...................................... )", "NIP."]
    block = Table([[Paragraph(_escape(line) or "&nbsp;", styles["base"])] for line in lines],
                  colWidths=[70 * mm], hAlign="RIGHT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([Spacer(1, 8 * mm), block])


def attendance_sheet_pdf(session: Session, people: list[Registration],
                         recorded: dict[int, str]) -> bytes:
    """The daftar hadir of `session` for `people` (registrations with participant,
    agency and region loaded); `recorded`: participant id -> status already recorded."""
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=16 * mm, title=f"Daftar hadir: {session.programme.title}",
        author="Lintas", subject=session.title)
    footer = f"Daftar hadir · {session.programme.title} · {session.title}"

    class Numbered(_NumberedCanvas):
        footer_left = footer[:110]

    story = _header(session, styles)
    if people:
        story.append(_people_table(people, recorded, styles))
    else:
        story.append(Paragraph("Belum ada peserta terdaftar.", styles["base"]))
    story.append(_closing(session, styles))
    document.build(story, canvasmaker=Numbered)
    return buffer.getvalue()


# --- The attendance summary (CSV, XLSX) ---------------------------------------------

SUMMARY_HEADERS = ["No", "Nama", "NIP", "Daerah", "OPD", "Delegasi", "Hadir", "Izin",
                   "Sakit", "Alpa", "Belum dicatat", "Kehadiran (%)"]


def _session_header(number: int, session: Session) -> str:
    day = _local(session.starts_at, session.timezone)
    return f"Sesi {number} ({day:%d/%m/%Y})"


def summary_cells(number: int, row: SummaryRow) -> list:
    person = row.participant
    return [number, person.full_name, person.nip or "", person.region.name,
            person.agency.acronym if person.agency_id else "",
            row.registration.delegation.name if row.registration.delegation_id else "",
            *(row.counts[status] for status in STATUSES), row.counts["unrecorded"],
            row.percent, *(STATUS_LABELS.get(status, "") for status in row.statuses)]


def _export_name(programme: Programme, extension: str) -> str:
    return f"rekap-presensi-{programme.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _summary_headers(sessions: list[Session]) -> list[str]:
    return SUMMARY_HEADERS + [_session_header(n, s) for n, s in enumerate(sessions, start=1)]


def _summary_rows(rows: list[SummaryRow]):
    return (summary_cells(number, row) for number, row in enumerate(rows, start=1))


def summary_csv(programme: Programme, sessions: list[Session],
                rows: list[SummaryRow]) -> HttpResponse:
    """One row per person (UTF-8 with BOM, for Excel)."""
    return exports.csv_response(_summary_headers(sessions), _summary_rows(rows),
                                _export_name(programme, "csv"))


def summary_xlsx(programme: Programme, sessions: list[Session],
                 rows: list[SummaryRow]) -> HttpResponse:
    """The same rows as one worksheet, headers bold, names frozen."""
    widths = [5, 34, 22, 26, 12, 40, 8, 8, 8, 8, 10, 12] + [14] * len(sessions)
    return exports.xlsx_response(_summary_headers(sessions), _summary_rows(rows),
                                 _export_name(programme, "xlsx"),
                                 sheet_title="Rekap presensi", widths=widths, freeze="C2")
