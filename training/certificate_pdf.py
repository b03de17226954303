"""
The certificate as an A4 landscape PDF, drawn with ReportLab's canvas (text, lines and a
vector QR code; no bitmaps), in about 30 ms.

The certificate is an Indonesian document whatever the reader's language (like the
report exports), so its words are written here in Indonesian, not through gettext;
months come from Babel's Indonesian calendar ("12 Juli – 25 November 2021").

Fonts: ReportLab embeds TrueType fonts only, and the site ships Plus Jakarta Sans as
woff2 alone, so the certificate uses DejaVu Sans and DejaVu Serif from Debian's
fonts-dejavu-core (/usr/share/fonts/truetype/dejavu; the Docker image needs that
package) and falls back to the PDF core fonts Helvetica and Times, which need no file,
when they are missing. The core fonts cover Latin-1, which is enough for most
Indonesian names; DejaVu covers every Latin letter (Ṣ, ā, ...). Colours are the site's
(lintas.css tokens): deep teal --brand, terracotta --accent.
"""

import io
import itertools
from datetime import date
from pathlib import Path

from babel.dates import format_date
from django.utils import timezone
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from directory.validators import normalise_nip

from .certificates import session_days
from .models import Certificate, Programme

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"sans": "DejaVuSans.ttf", "sans-bold": "DejaVuSans-Bold.ttf",
              "serif-bold": "DejaVuSerif-Bold.ttf"}
CORE_FONTS = {"sans": "Helvetica", "sans-bold": "Helvetica-Bold", "serif-bold": "Times-Bold"}

BRAND = HexColor("#0a5563")
BRAND_DARK = HexColor("#073b45")
ACCENT = HexColor("#a8461a")
INK = HexColor("#17212b")
INK_2 = HexColor("#47525e")
PAPER = HexColor("#fdfcf9")

KIND_LABELS = {
    Programme.Kind.BIMTEK: "Bimbingan Teknis",
    Programme.Kind.STUDY_VISIT: "Studi Banding",
    Programme.Kind.MENTORING: "Pendampingan (Mentoring)",
    Programme.Kind.TRAINING: "Pelatihan",
}

WIDTH, HEIGHT = landscape(A4)
CENTRE = WIDTH / 2
_fonts: dict[str, str] = {}


def fonts() -> dict[str, str]:
    """The font names to draw with: DejaVu registered once per process, else core fonts."""
    if not _fonts:
        try:
            for role, filename in FONT_FILES.items():
                name = f"Lintas-{role}"
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
                _fonts[role] = name
        except Exception:  # a missing or unreadable file: the core fonts need none
            _fonts.update(CORE_FONTS)
    return _fonts


def day(value: date) -> str:
    return format_date(value, "d MMMM y", locale="id")


def date_range(first: date, last: date) -> str:
    """12 Juli – 25 November 2021; 5–7 Desember 2022; 24 September 2021."""
    if first == last:
        return day(last)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day(last)}"
    if first.year == last.year:
        return f"{format_date(first, 'd MMMM', locale='id')} – {day(last)}"
    return f"{day(first)} – {day(last)}"


def readable_nip(nip: str) -> str:
    """19940708 201903 2 001, the way a NIP is printed."""
    digits = normalise_nip(nip)
    if len(digits) != 18:
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def certificate_pdf(certificate: Certificate, *, verify_url: str) -> bytes:
    """The PDF of one certificate; `verify_url` (absolute) goes into the QR code and the
    text beside it. Reads the programme's sessions (one query) for the dates."""
    programme = certificate.programme
    _count, first_day, last_day = session_days(programme)
    last_day = last_day or timezone.localtime(certificate.issued_at).date()
    first_day = first_day or last_day
    font, buffer = fonts(), io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT), pageCompression=1,
                    initialFontName=font["sans"])
    canvas.setTitle(f"Sertifikat {certificate.number}")
    canvas.setAuthor("Lintas")
    canvas.setSubject(programme.title)
    _frame(canvas)
    _header(canvas, font, certificate)
    _body(canvas, font, certificate, date_range(first_day, last_day))
    _verification(canvas, font, verify_url)
    _jp_seal(canvas, font, certificate.jp_hours)
    _signature(canvas, font, programme, programme.closed_on or last_day)
    if certificate.revoked_at:
        _revoked_stamp(canvas, font, certificate)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _frame(canvas: Canvas) -> None:
    """Paper, a teal frame, a thin terracotta line inside it with corner diamonds."""
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(9)
    canvas.rect(22, 22, WIDTH - 44, HEIGHT - 44, stroke=1, fill=0)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    inset = 36
    canvas.rect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset, stroke=1, fill=0)
    canvas.setFillColor(ACCENT)
    for x in (inset, WIDTH - inset):
        for y in (inset, HEIGHT - inset):
            path = canvas.beginPath()
            path.moveTo(x, y - 5)
            path.lineTo(x + 5, y)
            path.lineTo(x, y + 5)
            path.lineTo(x - 5, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)


def _mark(canvas: Canvas, x: float, y: float, scale: float, colour, width: float) -> None:
    """The Lintas mark (two places joined by a route: the site's wordmark SVG, 32 units
    square), its lower left corner at (x, y)."""
    def point(px, py):
        return x + px * scale, y + (32 - py) * scale

    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)
    for cx, cy in ((7, 22), (25, 10)):
        px, py = point(cx, cy)
        canvas.circle(px, py, 4.5 * scale, stroke=0, fill=1)
    canvas.setLineWidth(2.5 * scale * width)
    canvas.setLineCap(1)
    path = canvas.beginPath()
    path.moveTo(*point(7, 22))
    path.curveTo(*point(11, 9), *point(19, 24), *point(25, 10))
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _header(canvas: Canvas, font: dict, certificate: Certificate) -> None:
    top = HEIGHT - 78
    _mark(canvas, 60, top - 4, 0.9, BRAND, 1.0)
    canvas.setFillColor(BRAND_DARK)
    canvas.setFont(font["sans-bold"], 17)
    canvas.drawString(94, top + 8, "Lintas")
    canvas.setFillColor(INK_2)
    canvas.setFont(font["sans"], 8.5)
    canvas.drawString(94, top - 4, "Belajar lintas daerah")
    right = WIDTH - 60
    canvas.setFont(font["sans"], 8.5)
    canvas.drawRightString(right, top + 10, "Nomor sertifikat")
    canvas.setFillColor(INK)
    canvas.setFont(font["sans-bold"], 11.5)
    canvas.drawRightString(right, top - 4, certificate.number)


def _spaced(canvas: Canvas, text: str, y: float, font_name: str, size: float,
            spacing: float) -> None:
    """A centred line with letter spacing (drawCentredString has none)."""
    width = pdfmetrics.stringWidth(text, font_name, size) + spacing * (len(text) - 1)
    canvas.saveState()  # the spacing would stay on for every later line
    line = canvas.beginText(CENTRE - width / 2, y)
    line.setFont(font_name, size)
    line.setCharSpace(spacing)
    line.textLine(text)
    canvas.drawText(line)
    canvas.restoreState()


def _fitted(canvas: Canvas, text: str, y: float, font_name: str, size: float,
            width: float) -> None:
    """A centred line, made smaller until it fits `width`."""
    while size > 12 and pdfmetrics.stringWidth(text, font_name, size) > width:
        size -= 1
    canvas.setFont(font_name, size)
    canvas.drawCentredString(CENTRE, y, text)


def _paragraph(canvas: Canvas, text: str, top: float, style: ParagraphStyle,
               width: float) -> float:
    """A centred, wrapped paragraph hanging from `top`; returns its bottom."""
    paragraph = Paragraph(text, style)
    _w, height = paragraph.wrapOn(canvas, width, 200)
    paragraph.drawOn(canvas, CENTRE - width / 2, top - height)
    return top - height


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _together(text: str) -> str:
    """Words a paragraph keeps on one line (a range may still break at its dash)."""
    return text.replace(" – ", "\u00a0– ").replace(" ", "&nbsp;")


def _body(canvas: Canvas, font: dict, certificate: Certificate, dates: str) -> None:
    programme, person = certificate.programme, certificate.participant
    canvas.setFillColor(BRAND)
    _spaced(canvas, "SERTIFIKAT", 448, font["serif-bold"], 40, 9)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.line(CENTRE - 32, 432, CENTRE + 32, 432)
    canvas.setFillColor(INK_2)
    canvas.setFont(font["sans"], 12)
    canvas.drawCentredString(CENTRE, 404, "diberikan kepada")
    canvas.setFillColor(INK)
    _fitted(canvas, person.full_name, 370, font["serif-bold"], 28, 620)
    canvas.setFillColor(INK_2)
    if person.nip:
        canvas.setFont(font["sans"], 11)
        canvas.drawCentredString(CENTRE, 349, f"NIP {readable_nip(person.nip)}")
    canvas.setFont(font["sans"], 12)
    canvas.drawCentredString(CENTRE, 318, "telah mengikuti")
    canvas.setFillColor(ACCENT)
    _spaced(canvas, KIND_LABELS.get(programme.kind, "Program").upper(), 295,
            font["sans-bold"], 9.5, 2)
    title = ParagraphStyle("title", fontName=font["sans-bold"], fontSize=18, leading=22,
                           alignment=TA_CENTER, textColor=BRAND_DARK)
    bottom = _paragraph(canvas, _escape(programme.title), 288, title, 680)
    host = programme.host_agency.name if programme.host_agency else programme.host_region.name
    details = ParagraphStyle("details", fontName=font["sans"], fontSize=11.5, leading=16,
                             alignment=TA_CENTER, textColor=INK)
    _paragraph(canvas, (  # a date and the JP never break across lines
        f"yang diselenggarakan oleh {_escape(host)} pada {_together(dates)}, "
        f"dengan beban belajar {_together(f'{certificate.jp_hours} jam pelajaran (JP)')}."
    ), bottom - 8, details, 620)


def _verification(canvas: Canvas, font: dict, url: str) -> None:
    """The QR code and the address beside it, bottom left."""
    size, x, y = 82, 62, 60
    canvas.setFillColor(white)
    canvas.rect(x - 8, y - 8, size + 16, size + 16, stroke=0, fill=1)
    _qr_code(canvas, url, x, y, size)
    text_x = x + size + 14
    canvas.setFillColor(INK)
    canvas.setFont(font["sans-bold"], 8.5)
    canvas.drawString(text_x, y + size - 8, "Periksa keaslian sertifikat ini:")
    style = ParagraphStyle("url", fontName=font["sans"], fontSize=8, leading=10.5,
                           textColor=BRAND, wordWrap="CJK")
    link = Paragraph(f'<link href="{_escape(url)}">{_escape(url)}</link>', style)
    _w, height = link.wrapOn(canvas, 170, 60)
    link.drawOn(canvas, text_x, y + size - 14 - height)
    canvas.setFillColor(INK_2)
    canvas.setFont(font["sans"], 7.5)
    canvas.drawString(text_x, y + 2, "Pindai kode QR atau buka alamat di atas.")


def _qr_code(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    """
    The QR code of `url`, `size` points square, as vector squares: encoded by
    ReportLab's QrCodeWidget (error correction M) and drawn as one path, a rectangle
    per run of dark modules in a row. Rendering the widget itself builds a checked
    shape object per run and encodes the code twice (once to measure it): 40 ms of the
    PDF's 60; one path takes under 1 ms.
    """
    code = QrCodeWidget(url, barLevel="M").qr
    code.make()
    box = size / code.getModuleCount()
    path = canvas.beginPath()
    for row_number, row in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(bool(module) for module in row):
            length = len(list(run))
            if dark:
                path.rect(x + column * box, y + size - (row_number + 1) * box,
                          length * box, box)
            column += length
    canvas.setFillColor(INK)
    canvas.drawPath(path, stroke=0, fill=1)


def _jp_seal(canvas: Canvas, font: dict, hours: int) -> None:
    """A terracotta seal with the JP hours, bottom centre."""
    x, y, radius = CENTRE, 104, 36
    canvas.setFillColor(ACCENT)
    canvas.circle(x, y, radius, stroke=0, fill=1)
    canvas.setStrokeColor(white)
    canvas.setLineWidth(0.8)
    canvas.circle(x, y, radius - 4, stroke=1, fill=0)
    canvas.setFillColor(white)
    canvas.setFont(font["sans-bold"], 22 if hours < 100 else 17)
    canvas.drawCentredString(x, y - 1, str(hours))
    canvas.setFont(font["sans-bold"], 8)
    canvas.drawCentredString(x, y - 15, "JP")


def _signature(canvas: Canvas, font: dict, programme: Programme, signed_on: date) -> None:
    """Place and date, the signer's position, room to sign, the signer's name."""
    x, width = WIDTH - 175, 240
    region = programme.host_region
    canvas.setFillColor(INK)
    canvas.setFont(font["sans"], 10.5)
    canvas.drawCentredString(x, 168, f"{region.short_name or region.name}, {day(signed_on)}")
    position = ParagraphStyle("position", fontName=font["sans"], fontSize=10.5, leading=13,
                              alignment=TA_CENTER, textColor=INK)
    paragraph = Paragraph(_escape(programme.signer_title or "Penyelenggara"), position)
    _w, height = paragraph.wrapOn(canvas, width, 40)
    paragraph.drawOn(canvas, x - width / 2, 160 - height)
    name = programme.signer_name or ""
    canvas.setFont(font["sans-bold"], 11)
    if name:
        canvas.drawCentredString(x, 72, name)
    name_width = max(pdfmetrics.stringWidth(name, font["sans-bold"], 11), 150)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(x - name_width / 2, 68, x + name_width / 2, 68)


def _revoked_stamp(canvas: Canvas, font: dict, certificate: Certificate) -> None:
    """Across the page: DICABUT, and the date under the number."""
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(font["sans-bold"], 9)
    canvas.drawRightString(WIDTH - 60, HEIGHT - 96,
                           f"DICABUT {day(timezone.localtime(certificate.revoked_at).date())}")
    canvas.setFillAlpha(0.16)
    canvas.translate(CENTRE, HEIGHT / 2)
    canvas.rotate(22)
    canvas.setFont(font["sans-bold"], 110)
    canvas.drawCentredString(0, -35, "DICABUT")
    canvas.restoreState()
