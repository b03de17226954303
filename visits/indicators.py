"""
Outcome indicators (Kirkpatrick level 4): the services that write them and the
selectors that read them for the visit, region and indicator pages.

- `indicator_create`: a region's coordinators (or organisers) start following a
  figure, e.g. "OPD yang menerapkan SPBE" in Maluku Utara, unit OPD, target 42.
- `measurement_record`: one dated value; recording the same date again updates that
  value (one value a date), so a corrected figure never becomes a second point.

Who may write is directory.access (`may_record_measurement`: the indicator's region's
coordinators and organisers); reading is public: an indicator is a published figure of
what a region achieved, never a person's data. Refusals are DomainError /
AccessDenied with a stable code; nothing is half-written.
"""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import may_record_measurement
from directory.models import Region, Topic
from lms.errors import AccessDenied, DomainError, validated

from .charts import figure, indicator_chart
from .models import Measurement, OutcomeIndicator, VisitRequest

# The largest value the model stores: DecimalField(max_digits=12, decimal_places=2).
MAX_VALUE = Decimal("9999999999.99")
CENT = Decimal("0.01")


def to_amount(value, *, field: str) -> Decimal:
    """`value` (a number or its text, "12,5" too) as a Decimal of two places, >= 0.
    Refusals: `<field>_invalid` (not a number), `<field>_negative`, `<field>_too_large`."""
    if isinstance(value, bool):
        value = None  # True is not a figure
    try:
        text = str(value).strip().replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # Indonesian decimal comma
        amount = Decimal(text)
    except (InvalidOperation, ValueError, TypeError):
        amount = None
    if value is None or amount is None or not amount.is_finite():
        raise DomainError(f"{field}_invalid", _("Enter a number, e.g. 5 or 12.5."))
    if amount < 0:
        raise DomainError(f"{field}_negative", _("The number cannot be negative."))
    if amount > MAX_VALUE:
        raise DomainError(f"{field}_too_large", _("This number is too large."))
    return amount.quantize(CENT, rounding=ROUND_HALF_UP) + 0  # + 0: "-0" is 0


def _check_indicator(indicator: OutcomeIndicator) -> None:
    """Name and unit given, the visit one the region made, the name new on the topic."""
    if not indicator.name:
        raise DomainError("name_required", _("Give the indicator a name."))
    if not indicator.unit:
        raise DomainError("unit_required", _("Give the unit, e.g. OPD, % or days."))
    if indicator.visit is not None and indicator.visit.requesting_region_id != \
            indicator.region_id:
        raise DomainError("visit_other_region",
                          _("An indicator follows a visit its own region made."))
    if OutcomeIndicator.objects.filter(region=indicator.region_id, topic=indicator.topic_id,
                                       name__iexact=indicator.name).exists():
        raise DomainError("indicator_exists",
                          _("The region already follows an indicator of this name on "
                            "this topic."))


@transaction.atomic
def indicator_create(*, user, region: Region, topic: Topic, name: str, unit: str,
                     source: str = "", target=None,
                     visit: VisitRequest | None = None) -> OutcomeIndicator:
    """A new indicator of `region` on `topic`, optionally following `visit` (a visit
    the region made). The same name on the same topic twice: `indicator_exists`."""
    indicator = OutcomeIndicator(region=region, topic=topic, name=(name or "").strip(),
                                 unit=(unit or "").strip(), source=(source or "").strip(),
                                 visit=visit)
    if not may_record_measurement(user, indicator):
        raise AccessDenied("indicator_forbidden",
                           _("Only the region's coordinators and organisers may add its "
                             "indicators."))
    _check_indicator(indicator)
    if target not in (None, ""):
        indicator.target = to_amount(target, field="target")
    validated(indicator)
    indicator.save()
    return indicator


@transaction.atomic
def measurement_record(*, user, indicator: OutcomeIndicator, measured_on: date, value,
                       note: str = "") -> Measurement:
    """The value of `indicator` on `measured_on`; a date already measured is updated.
    The indicator row is locked first, so two people saving the same date at once
    queue (PostgreSQL) and the second one updates the first one's row."""
    if not may_record_measurement(user, indicator):
        raise AccessDenied("measurement_forbidden",
                           _("Only the region's coordinators and organisers may record "
                             "its figures."))
    if isinstance(measured_on, datetime):
        measured_on = measured_on.date()
    if not isinstance(measured_on, date):
        raise DomainError("date_invalid", _("Enter the date of the figure."))
    if measured_on > timezone.localdate(timezone=indicator.region.tzinfo):
        raise DomainError("date_in_future", _("A figure is measured; the date cannot be "
                                              "in the future."))
    amount = to_amount(value, field="value")
    OutcomeIndicator.objects.select_for_update().filter(pk=indicator.pk).first()
    measurement = (Measurement.objects.filter(indicator=indicator, measured_on=measured_on)
                   .first() or Measurement(indicator=indicator, measured_on=measured_on))
    measurement.value = amount
    measurement.note = (note or "").strip()
    measurement.recorded_by = user if user.is_authenticated else None
    validated(measurement, exclude=["indicator", "recorded_by"])
    measurement.save()
    return measurement


# Selectors


def indicators_with_charts(indicators: QuerySet[OutcomeIndicator]) -> list[OutcomeIndicator]:
    """The indicators with their measurements, in two queries whatever their number,
    each carrying `measurement_list` (oldest first), `latest` (or None) and `chart`
    (visits.charts.indicator_chart), and the figures as people write them (5, 12,5):
    `target_figure` and each measurement's `figure`. This is what
    visits/indicators/includes/chart_card.html shows."""
    rows = list(indicators.select_related("region", "topic").prefetch_related(
        Prefetch("measurements", queryset=Measurement.objects.order_by("measured_on"),
                 to_attr="measurement_list")))
    for indicator in rows:
        for measurement in indicator.measurement_list:
            measurement.figure = figure(measurement.value)
        indicator.latest = indicator.measurement_list[-1] if indicator.measurement_list \
            else None
        indicator.target_figure = None if indicator.target is None else figure(
            indicator.target)
        indicator.chart = indicator_chart(indicator, indicator.measurement_list)
    return rows


def indicator_for_page(pk: int) -> OutcomeIndicator | None:
    """One indicator with its region, topic and measurements (two queries)."""
    queryset = OutcomeIndicator.objects.filter(pk=pk)
    found = indicators_with_charts(queryset)
    return found[0] if found else None
