"""
The chart of an outcome indicator: an inline SVG line chart drawn by the server (no
JavaScript, no chart library, no CDN), for the region, visit and indicator pages.

Time runs along x (dates placed by their real distance, labelled at the measurements,
thinned so labels never overlap), the value up y from 0 with gridlines at round numbers
and the unit on top; every point has a <title> (the date, the value, the note), a dashed
line marks the target when there is one, and the first and latest values are written
beside their points. The SVG is role="img" with a <title> and a <desc> that says the
figures; the indicator page's table is the data.

As in courses/report_charts.py, the chart comes in two layouts of the same data, a wide
one (viewBox 560 wide) and a narrow one (320 wide, for phones); the stylesheet
(css/parts/regions.css, a container query on the card) shows one of them, and each
scales to its box through its viewBox, so the text stays readable at 390 px and on a
desktop. Colours are attributes, so the chart also draws where our stylesheet is not
loaded; text takes the colour of the page (currentColor). Every text is escaped.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

LINE_COLOUR, TARGET_COLOUR = "#0a5563", "#a8461a"
GRID_COLOUR, AXIS_COLOUR, AREA_COLOUR = "#dcdfe2", "#b9bfc6", "#e5f1f2"
DESCRIBED_POINTS = 12  # the description lists every value up to this many measurements


@dataclass(frozen=True)
class Layout:
    name: str
    width: int
    height: int
    font: float  # font size of labels, in viewBox units
    radius: float  # of a point

    @property
    def char(self) -> float:
        """Width of one label character (wide fallback fonts included)."""
        return self.font * 0.62


LAYOUTS = (Layout("wide", 560, 280, 13, 4.5), Layout("narrow", 320, 240, 13, 4))
TOP, BOTTOM, RIGHT, INSET = 34, 32, 14, 14  # margins of the plot; INSET: first/last point


def figure(value) -> str:
    """A value as people write it: 5, 12,5 (localised), never 5.00."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return number_format(int(value), 0)
    text = format(value.normalize(), "f")
    return number_format(Decimal(text), len(text.split(".")[1]))


def _n(number: float) -> str:
    """A coordinate for an SVG attribute (never localised)."""
    return f"{number:.1f}"


def _with_unit(value, unit: str) -> str:
    return f"{figure(value)} {unit}".strip()


def _nice_step(top: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving at most 5 intervals."""
    if top <= 0:
        return 1.0
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _ticks(top: float) -> list[float]:
    step = _nice_step(top)
    count = max(1, math.ceil(top / step - 1e-9))
    return [round(step * n, 10) for n in range(count + 1)]


@dataclass
class Frame:
    """The plot area of one layout and the scales of both axes."""

    layout: Layout
    left: float
    first_day: int
    last_day: int
    y_max: float

    @property
    def right(self) -> float:
        return self.layout.width - RIGHT

    @property
    def bottom(self) -> float:
        return self.layout.height - BOTTOM

    def x(self, day: int) -> float:
        if self.last_day == self.first_day:
            return (self.left + self.right) / 2
        share = (day - self.first_day) / (self.last_day - self.first_day)
        return self.left + INSET + share * (self.right - self.left - 2 * INSET)

    def y(self, value: float) -> float:
        return self.bottom - (value / self.y_max) * (self.bottom - TOP)


def _frame(layout: Layout, days: list[int], top_value: float) -> tuple[Frame, list]:
    ticks = _ticks(top_value)
    labels = [figure(Decimal(str(tick))) for tick in ticks]
    left = max(len(label) for label in labels) * layout.char + 12
    return Frame(layout, left, days[0], days[-1], ticks[-1] or 1.0), list(zip(ticks, labels,
                                                                             strict=True))


def _grid(frame: Frame, ticks: list) -> SafeString:
    font = frame.layout.font
    lines = format_html_join("", (
        '<line x1="{0}" y1="{2}" x2="{1}" y2="{2}" stroke="{3}" '
        'stroke-width="1"/><text x="{4}" y="{5}" text-anchor="end" '
        'font-size="{6}">{7}</text>'), (
        (_n(frame.left), _n(frame.right), _n(frame.y(tick)),
         GRID_COLOUR if tick else AXIS_COLOUR, _n(frame.left - 8),
         _n(frame.y(tick) + font * 0.35), font, label)
        for tick, label in ticks))
    return format_html('<g class="indicator-chart__grid" fill="currentColor">{}</g>', lines)


def _date_labels(frame: Frame, points: list) -> SafeString:
    """Dates under the points, thinned so they never overlap: the first and the latest
    when both fit (else the latest), others where there is room. Month and year (Dec
    2022) when each of several points has a month of its own, else the day too (5 Dec
    2022)."""
    layout = frame.layout
    months = {(when.year, when.month) for _day, when, *_rest in points}
    pattern = "M Y" if len(months) == len(points) > 1 else "j M Y"
    texts = [date_format(when, pattern) for _day, when, *_rest in points]
    width = max(len(text) for text in texts) * layout.char + 10
    half = width / 2
    labels = [(min(max(frame.x(day), half), layout.width - half), text)
              for (day, *_rest), text in zip(points, texts, strict=True)]
    kept = [labels[0]]
    for x, text in labels[1:-1]:
        if x - kept[-1][0] >= width and labels[-1][0] - x >= width:
            kept.append((x, text))
    if len(labels) > 1:
        kept = kept if labels[-1][0] - kept[-1][0] >= width else kept[:-1]
        kept.append(labels[-1])
    items = ((_n(x), _n(layout.height - 10), layout.font, text) for x, text in kept)
    return format_html('<g class="indicator-chart__dates" fill="currentColor" '
                       'text-anchor="middle">{}</g>', format_html_join(
                           "", '<text x="{}" y="{}" font-size="{}">{}</text>', items))


def _series(frame: Frame, points: list, unit: str) -> SafeString:
    """The area and line through the points, the points with their <title>, and the
    first and latest values written above their points."""
    coords = [(frame.x(day), frame.y(float(value))) for day, _when, value, _note in points]
    line = " ".join(f"{_n(x)},{_n(y)}" for x, y in coords)
    area = (f"{_n(coords[0][0])},{_n(frame.bottom)} {line} "
            f"{_n(coords[-1][0])},{_n(frame.bottom)}")
    dots = format_html_join("", (
        '<circle class="indicator-chart__point" cx="{}" cy="{}" r="{}" fill="#fff" '
        'stroke="{}" stroke-width="2.5"><title>{}</title></circle>'), (
        (_n(x), _n(y), frame.layout.radius, LINE_COLOUR,
         _point_title(when, value, unit, note))
        for (x, y), (_day, when, value, note) in zip(coords, points, strict=True)))
    ends = [0, len(points) - 1] if len(points) > 1 else [0]
    values = format_html_join("", (
        '<text x="{}" y="{}" text-anchor="{}" font-size="{}" '
        'font-weight="700">{}</text>'), (
        (_n(coords[i][0]), _n(max(coords[i][1] - 10, TOP - 4)),
         _anchor(frame, coords[i][0]), frame.layout.font, figure(points[i][2]))
        for i in ends))
    return format_html(
        '<polygon points="{}" fill="{}" opacity="0.7"/>'
        '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" '
        'stroke-linejoin="round" stroke-linecap="round"/>'
        '<g class="indicator-chart__values" fill="currentColor">{}</g>{}',
        area, AREA_COLOUR, line, LINE_COLOUR, values, dots)


def _anchor(frame: Frame, x: float) -> str:
    if x - frame.left < 24:
        return "start"
    return "end" if frame.right - x < 24 else "middle"


def _point_title(when, value, unit: str, note: str) -> str:
    text = f"{date_format(when, 'j F Y')}: {_with_unit(value, unit)}"
    return f"{text}. {note}" if note else text


def _target(frame: Frame, target, unit: str) -> SafeString:
    """The dashed target line, labelled at its left end: a series rises towards its
    target, so the latest point (on the right) is where it would collide."""
    if target is None:
        return mark_safe("")
    y = frame.y(float(target))
    label = _("Target: %(value)s") % {"value": _with_unit(target, unit)}
    return format_html(
        '<g class="indicator-chart__target"><line x1="{}" y1="{}" x2="{}" '
        'y2="{}" stroke="{}" stroke-width="2" stroke-dasharray="7 5"/>'
        '<text x="{}" y="{}" text-anchor="start" font-size="{}" font-weight="600" '
        'fill="{}">{}</text></g>',
        _n(frame.left), _n(y), _n(frame.right), _n(y), TARGET_COLOUR, _n(frame.left + 6),
        _n(y - 6), frame.layout.font, TARGET_COLOUR, label)


def _description(indicator, points: list) -> str:
    unit = indicator.unit
    first, last = points[0], points[-1]
    if len(points) == 1:
        text = _("One measurement: %(value)s on %(date)s.") % {
            "value": _with_unit(first[2], unit), "date": date_format(first[1], "j F Y")}
    else:
        text = _("%(count)s measurements from %(start)s to %(end)s: from %(first)s to "
                 "%(last)s.") % {
            "count": len(points), "start": date_format(first[1], "j F Y"),
            "end": date_format(last[1], "j F Y"), "first": _with_unit(first[2], unit),
            "last": _with_unit(last[2], unit)}
        if len(points) <= DESCRIBED_POINTS:
            text += " " + "; ".join(f"{date_format(when, 'j M Y')}: {figure(value)}"
                                    for _day, when, value, _note in points) + "."
    if indicator.target is not None:
        text += " " + _("Target: %(value)s") % {"value": _with_unit(indicator.target, unit)}
        text += "."
    return text


def _svg(layout: Layout, indicator, points: list, description: str) -> SafeString:
    values = [float(value) for _day, _when, value, _note in points]
    top_value = max(values + ([float(indicator.target)] if indicator.target is not None
                              else []))
    frame, ticks = _frame(layout, [day for day, *_rest in points], top_value)
    key = f"indicator-{indicator.pk or 'new'}-{layout.name}"
    return format_html(
        '<svg class="indicator-chart__svg indicator-chart__svg--{name}" viewBox="0 0 {w} '
        '{h}" role="img" aria-labelledby="{key}-title {key}-desc" '
        'font-family="inherit" preserveAspectRatio="xMidYMid meet">'
        '<title id="{key}-title">{title}</title><desc id="{key}-desc">{desc}</desc>'
        '<text class="indicator-chart__unit" x="0" y="{unit_y}" font-size="{font}" '
        'font-weight="600" fill="currentColor">{unit}</text>{grid}{target}{series}{dates}'
        '</svg>',
        name=layout.name, w=layout.width, h=layout.height, key=key,
        title=_("%(name)s over time") % {"name": indicator.name}, desc=description,
        unit_y=_n(layout.font + 2), font=layout.font, unit=indicator.unit,
        grid=_grid(frame, ticks), target=_target(frame, indicator.target, indicator.unit),
        series=_series(frame, points, indicator.unit), dates=_date_labels(frame, points))


def indicator_chart(indicator, measurements) -> SafeString:
    """The chart of `indicator` (name, unit, target, pk are read; no query) drawn from
    `measurements` (any order); an empty state when there are none."""
    points = sorted(((m.measured_on.toordinal(), m.measured_on, m.value, m.note or "")
                     for m in measurements), key=lambda point: point[0])
    if not points:
        return format_html(
            '<div class="indicator-chart indicator-chart--empty"><p class="indicator-chart'
            '__empty">{}</p></div>',
            _("No measurements yet: the chart appears with the first recorded value."))
    description = _description(indicator, points)
    return format_html(
        '<div class="indicator-chart" data-measurements="{}">{}{}</div>', len(points),
        *(_svg(layout, indicator, points, description) for layout in LAYOUTS))
