"""
The two charts of the learning report, as geometry for one inline SVG template
(lms/templates/courses/reports/includes/charts.html), used by the site's report page
and by the Wagtail admin's: completion rate per delegation (horizontal bars) and the
average pre-test vs post-test score per group (pairs of horizontal bars).

Everything is drawn by the server: no JavaScript, no chart library, no CDN. Each chart
comes in two layouts of the same data, a wide one (viewBox 560 wide) and a narrow one
(340 wide, for phones); the stylesheet shows one of them, and each scales to its box
through its viewBox, so the text stays readable at 390 px and at desktop width.
Colours are SVG attributes (the admin does not load the site's stylesheet) and text
takes the colour of the page (currentColor). Each chart has a title and a description
that says every number; the table under the charts is the data.
"""

import math
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .reports import GroupStats, LearningReport

LAYOUTS = {"wide": 560, "narrow": 340}  # viewBox widths
VALUE_COLUMN = 58  # right of the bars: the numbers, right-aligned at the edge
LINE = 18  # height of a label line (font-size 14)
CHAR = 8.5  # width of a label character (14px, semi-bold), wide fallback fonts included
NOTE_CHAR = 7.2  # of a note character (12.5px)
LIMIT = 12  # at most this many groups per chart (the largest ones); the table has all
COMPLETION_COLOUR, PRE_COLOUR, POST_COLOUR = "#a8461a", "#75808b", "#0a5563"


@dataclass
class Bar:
    y: float
    width: float
    height: float
    colour: str
    text: str  # the number, right-aligned after the bar
    text_y: float


@dataclass
class Row:
    lines: list[tuple[str, float]]  # the label, wrapped: (text, baseline y)
    full_label: str
    note: str  # small text at the right of the first line
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Layout:
    name: str  # "wide" or "narrow"
    width: int
    height: float
    rows: list[Row]
    legend: list[tuple[float, str, str]] = field(default_factory=list)  # x, colour, label

    @property
    def track(self) -> int:
        return self.width - VALUE_COLUMN


@dataclass
class Chart:
    key: str
    title: str
    description: str
    layouts: list[Layout]
    shown_note: str = ""  # "the 12 largest of 30 groups are shown" when some were left out


def _number(value: float, decimals: int = 1) -> str:
    return number_format(round(value, decimals), decimals)


def wrap(label: str, width: int, note: str = "") -> list[str]:
    """The label on at most two lines that fit `width`; the first leaves room for the
    note; what does not fit ends in an ellipsis."""
    room = math.floor(width / CHAR)
    first_room = room - math.ceil((len(note) * NOTE_CHAR + 12) / CHAR) if note else room
    lines, words = [""], label.split()
    for word in words:
        limit = first_room if len(lines) == 1 else room
        candidate = f"{lines[-1]} {word}".strip()
        if len(candidate) <= limit:
            lines[-1] = candidate
        elif len(lines) == 1 and lines[0]:
            lines.append(word)
        else:
            lines[-1] = candidate[: limit - 1].rstrip() + "…"
            return lines
    first_words = lines[0].split()
    if len(lines) == 2 and len(lines[1]) < 8 and len(first_words) > 1:  # no orphan word
        lines = [" ".join(first_words[:-1]), f"{first_words[-1]} {lines[1]}"]
    return lines


def _largest(groups: list[GroupStats]) -> list[GroupStats]:
    """The LIMIT groups with most learners, in the table's order."""
    if len(groups) <= LIMIT:
        return groups
    keep = {id(g) for g in sorted(groups, key=lambda g: -g.enrolled)[:LIMIT]}
    return [group for group in groups if id(group) in keep]


def _shown(shown: int, total: int) -> str:
    if shown == total:
        return ""
    return _("The %(shown)s largest of %(total)s groups are shown; the table lists all.") % {
        "shown": shown, "total": total}


def _row(group: GroupStats, width: int, top: float, note: str) -> Row:
    lines = wrap(group.label, width, note)
    return Row([(text, top + 14 + n * LINE) for n, text in enumerate(lines)], group.label,
               note)


def _bar(value: float | None, width: int, top: float, height: float, colour: str,
         text: str) -> Bar:
    share = 0 if value is None else min(max(value, 0), 100) / 100
    return Bar(top, round((width - VALUE_COLUMN) * share, 1), height, colour, text,
               top + height - 2)


def _completion_layout(name: str, width: int, groups: list[GroupStats]) -> Layout:
    rows, top = [], 0.0
    for group in groups:
        note = _("%(done)s of %(all)s") % {"done": group.completed, "all": group.enrolled}
        row = _row(group, width, top, note)
        bar_top = top + len(row.lines) * LINE + 6
        rate = group.completion_rate or 0
        row.bars.append(_bar(rate, width, bar_top, 16, COMPLETION_COLOUR,
                             f"{_number(rate, 0)}%"))
        rows.append(row)
        top = bar_top + 16 + 16
    return Layout(name, width, top - 12, rows)


def completion_chart(report: LearningReport) -> Chart | None:
    """Completion rate per delegation; None when there are no learners."""
    groups = _largest(report.by_delegation)
    if not groups:
        return None
    description = "; ".join(
        _("%(name)s: %(rate)s%% (%(done)s of %(all)s completed)") % {
            "name": group.label, "rate": _number(group.completion_rate or 0, 0),
            "done": group.completed, "all": group.enrolled}
        for group in groups)
    return Chart("completion", _("Completion rate per delegation"), description + ".",
                 [_completion_layout(name, width, groups)
                  for name, width in LAYOUTS.items()],
                 _shown(len(groups), len(report.by_delegation)))


def _improvement_note(points: float | None) -> str:
    if points is None:
        return ""
    sign = "+" if points > 0 else ""
    return _("%(points)s points") % {"points": sign + _number(points)}


def _score_text(value: float | None) -> str:
    return "–" if value is None else _number(value)


def _pre_post_layout(name: str, width: int, groups: list[GroupStats]) -> Layout:
    pre_label, post_label = _("Pre-test"), _("Post-test")
    legend = [(0, PRE_COLOUR, pre_label),
              (20 + len(pre_label) * CHAR + 24, POST_COLOUR, post_label)]
    rows, top = [], 30.0
    for group in groups:
        row = _row(group, width, top, _improvement_note(group.improvement))
        bar_top = top + len(row.lines) * LINE + 6
        row.bars += [
            _bar(group.average_pre, width, bar_top, 12, PRE_COLOUR,
                 _score_text(group.average_pre)),
            _bar(group.average_post, width, bar_top + 16, 12, POST_COLOUR,
                 _score_text(group.average_post)),
        ]
        rows.append(row)
        top = bar_top + 28 + 16
    return Layout(name, width, top - 12, rows, legend)


def pre_post_chart(report: LearningReport) -> Chart | None:
    """Average pre-test and post-test score per group; None when nobody took a test."""
    tested = [g for g in report.groups
              if g.average_pre is not None or g.average_post is not None]
    groups = _largest(tested)
    if not groups:
        return None
    description = "; ".join(
        _("%(name)s: pre-test %(pre)s, post-test %(post)s") % {
            "name": group.label, "pre": _score_text(group.average_pre),
            "post": _score_text(group.average_post)}
        for group in groups)
    return Chart("pre-post", _("Average pre-test and post-test score (0–100)"),
                 description + ".",
                 [_pre_post_layout(name, width, groups) for name, width in LAYOUTS.items()],
                 _shown(len(groups), len(tested)))
