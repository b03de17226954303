"""
Outcome indicators (Kirkpatrick level 4): the services (visits.indicators), the chart
(visits.charts) and the indicator page (indikator/<pk>/).

A region's coordinators and organisers record its figures; one value a date (recording a
date again corrects it); a value is a number >= 0; everyone may read the page.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.urls import reverse
from django.utils import timezone

from directory.models import Region, Topic
from lms.errors import AccessDenied, DomainError
from tests.training.helpers import make_participant
from visits.charts import indicator_chart
from visits.indicators import indicator_create, indicators_with_charts, measurement_record
from visits.models import Measurement, OutcomeIndicator, VisitRequest, VisitState

pytestmark = pytest.mark.django_db

MALUT, KONUT = "prov-maluku-utara", "kab-konawe-utara"
DAY = datetime.date(2022, 12, 5)


@pytest.fixture
def coordinator():
    return make_participant(region_slug=MALUT, groups=("Koordinator",)).user


@pytest.fixture
def other_coordinator():
    return make_participant(region_slug=KONUT, groups=("Koordinator",)).user


@pytest.fixture
def organiser():
    return User.objects.get(username="penyelenggara")


@pytest.fixture
def indicator(coordinator):
    return indicator_create(user=coordinator, region=Region.objects.get(slug=MALUT),
                            topic=Topic.objects.get(slug="spbe"),
                            name="OPD uji yang menerapkan SPBE", unit="OPD", target="42")


def record(user, indicator, value, day=DAY, note=""):
    return measurement_record(user=user, indicator=indicator, measured_on=day, value=value,
                              note=note)


# --- Services ------------------------------------------------------------------------

def test_coordinator_adds_an_indicator_and_records_its_first_value(coordinator, indicator):
    measurement = record(coordinator, indicator, "5", note="Keuangan, Bappeda")
    assert indicator.target == Decimal("42.00")
    assert (measurement.value, measurement.measured_on, measurement.recorded_by) == (
        Decimal("5.00"), DAY, coordinator)
    assert list(indicator.measurements.values_list("value", flat=True)) == [Decimal("5.00")]


def test_recording_the_same_date_again_corrects_that_value(coordinator, indicator):
    first = record(coordinator, indicator, "5", note="first count")
    second = record(coordinator, indicator, "6", note="one OPD was missed")
    assert second.pk == first.pk
    stored = Measurement.objects.get(indicator=indicator)
    assert (stored.value, stored.note) == (Decimal("6.00"), "one OPD was missed")


def test_a_decimal_comma_is_read_as_people_write_it(coordinator, indicator):
    assert record(coordinator, indicator, "12,5").value == Decimal("12.50")


@pytest.mark.parametrize(("value", "code"), [
    ("", "value_invalid"), ("lima", "value_invalid"), ("NaN", "value_invalid"),
    (None, "value_invalid"), (True, "value_invalid"), ("-1", "value_negative"),
    ("10000000000", "value_too_large"), ("1e40", "value_too_large"),
])
def test_a_value_that_is_not_a_number_of_zero_or_more_is_refused(coordinator, indicator,
                                                                  value, code):
    with pytest.raises(DomainError) as refused:
        record(coordinator, indicator, value)
    assert refused.value.code == code
    assert not indicator.measurements.exists()


def test_a_refused_correction_keeps_the_stored_value(coordinator, indicator):
    record(coordinator, indicator, "5")
    with pytest.raises(DomainError):
        record(coordinator, indicator, "-3")
    assert indicator.measurements.get().value == Decimal("5.00")


def test_a_date_in_the_future_is_refused(coordinator, indicator):
    tomorrow = timezone.localdate() + datetime.timedelta(days=2)
    with pytest.raises(DomainError) as refused:
        record(coordinator, indicator, "5", day=tomorrow)
    assert refused.value.code == "date_in_future"


def test_only_the_regions_coordinators_and_organisers_record(indicator, other_coordinator,
                                                             organiser):
    participant = make_participant(region_slug=MALUT).user
    for user in (other_coordinator, participant, AnonymousUser()):
        with pytest.raises(AccessDenied) as refused:
            record(user, indicator, "5")
        assert refused.value.code == "measurement_forbidden"
    assert not indicator.measurements.exists()
    assert record(organiser, indicator, "5").recorded_by == organiser


def test_another_regions_coordinator_cannot_add_an_indicator(other_coordinator):
    with pytest.raises(AccessDenied) as refused:
        indicator_create(user=other_coordinator, region=Region.objects.get(slug=MALUT),
                         topic=Topic.objects.get(slug="spbe"), name="X", unit="OPD")
    assert refused.value.code == "indicator_forbidden"


@pytest.mark.parametrize(("fields", "code"), [
    ({"name": "OPD uji yang menerapkan SPBE"}, "indicator_exists"),
    ({"name": "  "}, "name_required"),
    ({"unit": ""}, "unit_required"),
    ({"target": "-5"}, "target_negative"),
    ({"target": "banyak"}, "target_invalid"),
])
def test_indicator_refusals(coordinator, indicator, fields, code):
    data = {"name": "Indeks SPBE", "unit": "indeks", **fields}
    before = OutcomeIndicator.objects.count()
    with pytest.raises(DomainError) as refused:
        indicator_create(user=coordinator, region=indicator.region, topic=indicator.topic,
                         **data)
    assert refused.value.code == code
    assert OutcomeIndicator.objects.count() == before


def test_an_indicator_follows_a_visit_its_own_region_made(coordinator):
    malut, konut = Region.objects.get(slug=MALUT), Region.objects.get(slug=KONUT)
    visit = VisitRequest.objects.create(
        title="Kunjungan uji", requesting_region=konut, host_region=malut,
        learning_goal="Belajar.", proposed_start=DAY, proposed_end=DAY, delegation_size=3,
        contact_name="Kontak", state=VisitState.HELD)
    with pytest.raises(DomainError) as refused:
        indicator_create(user=coordinator, region=malut, topic=Topic.objects.get(slug="spbe"),
                         name="Indeks SPBE", unit="indeks", visit=visit)
    assert refused.value.code == "visit_other_region"


# --- The chart -----------------------------------------------------------------------

def _layouts(svg: str) -> list[str]:
    return re.findall(r"<svg .*?</svg>", svg, flags=re.S)


def test_the_chart_has_one_point_per_measurement_in_each_layout(coordinator, indicator):
    for day, value in [(DAY, "5"), (datetime.date(2023, 6, 30), "9"),
                       (datetime.date(2024, 1, 15), "14")]:
        record(coordinator, indicator, value, day=day)
    [shown] = indicators_with_charts(OutcomeIndicator.objects.filter(pk=indicator.pk))
    layouts = _layouts(shown.chart)
    assert len(layouts) == 2  # wide and narrow
    for svg in layouts:
        assert svg.count('class="indicator-chart__point"') == 3
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert re.search(r'viewBox="0 0 \d+ \d+"', svg)
    assert shown.latest.value == Decimal("14.00")


def test_the_target_is_a_dashed_line_only_when_set(coordinator, indicator):
    record(coordinator, indicator, "5")
    measurements = list(indicator.measurements.all())
    with_target = indicator_chart(indicator, measurements)
    assert with_target.count("indicator-chart__target") == 2
    assert "stroke-dasharray" in with_target and "42" in with_target
    indicator.target = None
    without = indicator_chart(indicator, measurements)
    assert "indicator-chart__target" not in without
    assert "stroke-dasharray" not in without


def test_every_text_in_the_chart_is_escaped(coordinator):
    indicator = indicator_create(
        user=coordinator, region=Region.objects.get(slug=MALUT),
        topic=Topic.objects.get(slug="spbe"), name="<script>alert(1)</script> OPD",
        unit="<b>OPD</b>")
    record(coordinator, indicator, "5", note='Rapat "A & B" <i>selesai</i>')
    chart = indicator_chart(indicator, indicator.measurements.all())
    assert "<script>" not in chart and "<b>" not in chart and "<i>" not in chart
    assert "&lt;script&gt;alert(1)&lt;/script&gt; OPD" in chart
    assert "&lt;b&gt;OPD&lt;/b&gt;" in chart
    assert "A &amp; B" in chart


def test_no_measurement_gives_the_empty_state(indicator):
    chart = indicator_chart(indicator, [])
    assert "<svg" not in chart
    assert "indicator-chart--empty" in chart


# --- The indicator page --------------------------------------------------------------

def test_anyone_reads_the_indicator_page_but_only_the_region_sees_the_form(
        client, coordinator, other_coordinator, indicator):
    record(coordinator, indicator, "5", note="Lima OPD awal")
    url = reverse("indicator_detail", args=[indicator.pk])
    public = client.get(url)
    assert public.status_code == 200
    assert "Lima OPD awal" in public.text and "<svg" in public.text
    assert 'name="value"' not in public.text
    client.force_login(other_coordinator)
    assert 'name="value"' not in client.get(url).text
    client.force_login(coordinator)
    assert 'name="value"' in client.get(url).text


def test_a_post_from_someone_who_may_not_record_is_forbidden(client, other_coordinator,
                                                             indicator):
    url = reverse("indicator_detail", args=[indicator.pk])
    data = {"measured_on": "2022-12-05", "value": "5"}
    assert client.post(url, data).status_code == 403
    client.force_login(other_coordinator)
    assert client.post(url, data).status_code == 403
    assert not indicator.measurements.exists()


def test_the_coordinator_records_and_corrects_through_the_page(client, coordinator,
                                                               indicator):
    client.force_login(coordinator)
    url = reverse("indicator_detail", args=[indicator.pk])
    response = client.post(url, {"measured_on": "2022-12-05", "value": "5", "note": "awal"})
    assert response.status_code == 302
    client.post(url, {"measured_on": "2022-12-05", "value": "7,5", "note": ""})
    assert list(indicator.measurements.values_list("value", flat=True)) == [Decimal("7.50")]
    prefilled = client.get(url, {"tanggal": "2022-12-05"})
    assert 'value="7,5"' in prefilled.text or 'value="7.50"' in prefilled.text


@pytest.mark.parametrize("data", [
    {"measured_on": "2022-12-05", "value": "-2"},
    {"measured_on": "2022-12-05", "value": "lima"},
    {"measured_on": "kemarin", "value": "5"},
    {"measured_on": "2999-01-01", "value": "5"},
    {"value": "5"},
])
def test_bad_input_is_shown_on_the_form_and_nothing_is_stored(client, coordinator,
                                                              indicator, data):
    client.force_login(coordinator)
    response = client.post(reverse("indicator_detail", args=[indicator.pk]), data)
    assert response.status_code == 400
    assert "field__errors" in response.text
    assert not indicator.measurements.exists()


def test_an_unknown_indicator_is_a_404(client):
    assert client.get(reverse("indicator_detail", args=[999999])).status_code == 404


def test_the_coordinator_adds_an_indicator_through_the_page(client, coordinator,
                                                            other_coordinator):
    url = reverse("indicator_create", args=[MALUT])
    assert client.get(url)["Location"].startswith(reverse("login"))
    client.force_login(other_coordinator)
    assert client.get(url).status_code == 403
    client.force_login(coordinator)
    spbe = Topic.objects.get(slug="spbe")
    refused = client.post(url, {"topic": spbe.pk, "name": "Indeks SPBE", "unit": "indeks",
                                "target": "-1"})
    assert refused.status_code == 400
    response = client.post(url, {"topic": spbe.pk, "name": "Indeks SPBE", "unit": "indeks",
                                 "target": "4"})
    created = OutcomeIndicator.objects.get(region__slug=MALUT, name="Indeks SPBE")
    assert response.status_code == 302
    assert response["Location"] == reverse("indicator_detail", args=[created.pk])
