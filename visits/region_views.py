"""
Regions as the public sees them, and their outcome indicators.

- `daerah/` (region_list): every region with what it shared and learned, in counts.
- `daerah/<slug>/` (region_profile): what the region SHARED (its published, public
  case studies, the published programmes it hosted, the visits it hosted that were
  held), what it LEARNED (visits made, courses its people completed, their valid
  certificates), the completion of its follow-up actions (visits.followup, the one
  rule), the mentoring it gave and received, and its outcome indicators with charts.
- `daerah/<slug>/indikator/baru/` (indicator_create): a new indicator of the region.
- `indikator/<pk>/` (indicator_detail): one indicator's chart and measurements, and the
  form that records one.

The public sees published knowledge and counts. Names of people (who completed a
course, who holds a certificate, who owns an action) and the region's visit requests
are shown only to organisers and the region's own coordinators (directory.access), and
read through the access querysets even then. Every figure is aggregated in the
database and every list is limited, so the profile costs the same number of queries
for a region with 3 visits or 300 (bench/visits.py measures it).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import (
    Case,
    Count,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from courses.models import CoursePage, Enrollment
from directory.access import (
    certificates_visible_to,
    coordinator_region,
    followup_actions_visible_to,
    may_plan_followup,
    may_record_measurement,
    participants_visible_to,
    visit_requests_visible_to,
)
from directory.models import Region, Topic
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError
from lms.forms import DateInput, add_domain_error
from lms.pagination import paginate
from training.models import Certificate, Programme
from training.registration import registration_open
from training.selectors import programme_list

from .charts import figure
from .followup import action_path, completion_by, region_completion, with_people
from .indicators import indicator_create as create_indicator
from .indicators import indicator_for_page, indicators_with_charts, measurement_record
from .models import FollowUpAction, Mentorship, OutcomeIndicator, VisitRequest, VisitState

HELD = (VisitState.HELD, VisitState.FOLLOW_UP, VisitState.CLOSED)
CARDS = 6  # case studies, programmes, courses shown on the profile; "see all" for more
LATEST = 10  # rows of the lists with names


def sees_people(user, region: Region) -> bool:
    """Organisers and the region's own coordinators see its people and its visit
    requests (the directory.access rule: a coordinator manages their region's people)."""
    if is_organiser(user):
        return True
    own = coordinator_region(user)
    return own is not None and own.pk == region.pk


def _url(name: str, **params) -> str:
    return f"{reverse(name)}?{urlencode(params)}"


# --- Reads: what a region shared and learned, in a fixed number of queries -----------

def public_page_ids():
    """Live pages without a view restriction, as a subquery (the restrictions are read
    once, here): case studies and courses are both filtered through it."""
    return Page.objects.live().public().values("pk")


def _sum_of(queryset, field: str, aggregate=None) -> Coalesce:
    """A correlated aggregate (default: COUNT) of `queryset` rows whose `field` is the
    outer region; 0 when there are none."""
    rows = (queryset.filter(**{field: OuterRef("pk")}).order_by().values(field)
            .annotate(n=aggregate or Count("pk")).values("n"))
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def regions_with_counts(public_pages=None):
    """Regions with case_study_count (published, public), programme_count (published,
    hosted), hosted_count / made_count (visits held there / visits it made that were
    held) and indicator_count, each a correlated subquery: one query for any number."""
    public_pages = public_page_ids() if public_pages is None else public_pages
    held = VisitRequest.objects.filter(state__in=HELD)
    return Region.objects.select_related("parent").annotate(
        case_study_count=_sum_of(CaseStudyPage.objects.filter(
            pk__in=public_pages, private_to_region=False), "region"),
        programme_count=_sum_of(Programme.objects.filter(published=True), "host_region"),
        hosted_count=_sum_of(held, "host_region"),
        made_count=_sum_of(held, "requesting_region"),
        indicator_count=_sum_of(OutcomeIndicator.objects.all(), "region"),
    ).order_by("name")


def region_for_profile(slug: str, public_pages) -> Region | None:
    """The region with the counts of regions_with_counts and what its people learned:
    completions and learners (completed enrolments), certificates, holders and
    jp_hours (valid certificates). One query."""
    completed = Enrollment.objects.filter(status=Enrollment.Status.COMPLETED)
    valid = Certificate.objects.filter(revoked_at__isnull=True)
    return regions_with_counts(public_pages).filter(slug=slug).annotate(
        completions=_sum_of(completed, "user__participant__region"),
        learners=_sum_of(completed, "user__participant__region",
                         Count("user", distinct=True)),
        certificates=_sum_of(valid, "participant__region"),
        holders=_sum_of(valid, "participant__region", Count("participant", distinct=True)),
        jp_hours=_sum_of(valid, "participant__region", Sum("jp_hours")),
    ).first()


def shared_by(region: Region, public_pages) -> dict:
    """The first CARDS published, public case studies and published programmes of the
    region (their totals are on `region`), with the links to all of them."""
    studies = (CaseStudyPage.objects.filter(pk__in=public_pages, private_to_region=False,
                                            region=region)
               .select_related("region").prefetch_related("topics").order_by("-date", "title"))
    programmes = list(programme_list(region=region.slug)[:CARDS])
    for programme in programmes:
        programme.is_open = registration_open(programme)
    return {
        "case_studies": list(studies[:CARDS]), "programmes": programmes,
        "case_studies_url": _url("search", jenis="casestudy", daerah=region.slug),
        "programmes_url": _url("programme_list", daerah=region.slug),
    }


def learned_by(region: Region, public_pages) -> dict:
    """What the region's people completed, per course and per programme: the published
    ones, the CARDS with most people (two queries; the totals are on `region`)."""
    courses = CoursePage.objects.filter(pk__in=public_pages).annotate(completed_here=Count(
        "enrollments", filter=Q(enrollments__status=Enrollment.Status.COMPLETED,
                                enrollments__user__participant__region=region)))
    programmes = Programme.objects.filter(published=True).annotate(certified_here=Count(
        "certificates", filter=Q(certificates__revoked_at__isnull=True,
                                 certificates__participant__region=region)))
    return {
        "courses_completed": list(courses.filter(completed_here__gt=0)
                                  .order_by("-completed_here", "title")[:CARDS]),
        "programmes_certified": list(programmes.filter(certified_here__gt=0)
                                     .order_by("-certified_here", "title")[:CARDS]),
    }


def followup_of(region: Region, today) -> dict:
    """The completion of every action the region carries out, overall and per topic
    (visits.followup: two queries)."""
    by_topic = completion_by(FollowUpAction.objects.filter(region=region), "topic__name",
                             today=today)
    return {
        "completion": region_completion(region, today=today),
        "completion_by_topic": sorted(by_topic.items(),
                                      key=lambda item: (item[0] is None, item[0] or "")),
    }


def mentoring_of(region: Region) -> dict:
    """The mentoring the region gave and received: the other region, topics, how many
    meetings and the latest one (two queries)."""
    rows = list(Mentorship.objects.filter(Q(mentor_region=region) | Q(mentee_region=region))
                .select_related("mentor_region", "mentee_region")
                .prefetch_related("topics")
                .annotate(meeting_count=Count("meetings"), last_meeting=Max("meetings__held_on"))
                .order_by("-started_on", "pk")[:2 * LATEST])
    return {"mentoring_given": [m for m in rows if m.mentor_region_id == region.pk],
            "mentoring_received": [m for m in rows if m.mentee_region_id == region.pk]}


# --- Reads with names: organisers and the region's coordinators only -----------------

def _action_order():
    return Case(When(status__in=FollowUpAction.OPEN, then=Value(0)), default=Value(1),
                output_field=IntegerField())


def people_of(user, region: Region) -> dict:
    """The latest LATEST visit requests, course completions, valid certificates and the
    open actions first (with their owners), each read through directory.access."""
    visits = list(visit_requests_visible_to(user)
                  .filter(Q(requesting_region=region) | Q(host_region=region))
                  .select_related("requesting_region", "host_region")
                  .order_by("-proposed_start", "-pk")[:LATEST])
    for visit in visits:
        visit.url = reverse("visit_detail", kwargs={"pk": visit.pk})
        visit.made = visit.requesting_region_id == region.pk
    people = participants_visible_to(user).filter(region=region)
    return {
        "visits": visits,
        "completions": list(Enrollment.objects.filter(
            status=Enrollment.Status.COMPLETED, user__participant__in=people)
            .select_related("course", "user__participant__agency")
            .order_by("-completed_at", "-pk")[:LATEST]),
        "certificates": list(certificates_visible_to(user)
                             .filter(participant__region=region, revoked_at__isnull=True)
                             .select_related("participant__agency", "programme")
                             .order_by("-issued_at", "-pk")[:LATEST]),
        "actions": _actions_with_links(user, region),
        "visits_url": reverse("visit_list"),
        "completions_url": _url("learning_report", daerah=region.slug),
        "certificates_url": _url("jp_report", daerah=region.slug, tampil="semua"),
    }


def _actions_with_links(user, region: Region) -> list:
    actions = list(with_people(followup_actions_visible_to(user).filter(region=region))
                   .annotate(closed_last=_action_order())
                   .order_by("closed_last", "due_date", "pk")[:LATEST])
    for action in actions:
        action.url = action_path(action)
    return actions


# --- Forms ---------------------------------------------------------------------------

# The form field a service's refusal is about (visits.indicators codes).
ERROR_FIELDS = {
    "value_invalid": "value", "value_negative": "value", "value_too_large": "value",
    "date_invalid": "measured_on", "date_in_future": "measured_on",
    "name_required": "name", "indicator_exists": "name", "unit_required": "unit",
    "target_invalid": "target", "target_negative": "target", "target_too_large": "target",
    "visit_other_region": "visit",
}


def show_refusal(form: forms.Form, error) -> None:
    """An indicator service's refusal, next to its field (lms.forms)."""
    add_domain_error(form, error, ERROR_FIELDS)


class MeasurementForm(forms.Form):
    """The value is text: the service reads "12,5" and "12.5" alike and says what is
    wrong with anything else."""

    measured_on = forms.DateField(
        label=gettext_lazy("Date of the figure"),
        widget=DateInput())
    value = forms.CharField(label=gettext_lazy("Value"), max_length=30, widget=forms.TextInput(
        attrs={"inputmode": "decimal", "autocomplete": "off"}))
    note = forms.CharField(label=gettext_lazy("Note"), max_length=250, required=False,
                           help_text=gettext_lazy("E.g. which OPDs, or where the figure "
                                                  "comes from."))


class IndicatorForm(forms.Form):
    """What indicator_create needs; the target is text, read by the service like a
    measured value. `visits`: the visits the region made that the user may see."""

    topic = forms.ModelChoiceField(label=gettext_lazy("Topic"), queryset=Topic.objects.all(),
                                   empty_label=gettext_lazy("Choose a topic"))
    name = forms.CharField(label=gettext_lazy("Indicator"), max_length=200,
                           help_text=gettext_lazy("What is counted, e.g. OPDs that run SPBE."))
    unit = forms.CharField(label=gettext_lazy("Unit"), max_length=40,
                           help_text=gettext_lazy("E.g. OPD, %, days."))
    source = forms.CharField(label=gettext_lazy("Source"), max_length=250, required=False,
                             help_text=gettext_lazy("Where the figures come from."))
    target = forms.CharField(label=gettext_lazy("Target"), max_length=30, required=False,
                             widget=forms.TextInput(attrs={"inputmode": "decimal"}),
                             help_text=gettext_lazy("Drawn as a dashed line on the chart."))
    visit = forms.ModelChoiceField(label=gettext_lazy("Visit it follows"), required=False,
                                   queryset=VisitRequest.objects.none(),
                                   empty_label=gettext_lazy("No visit"))

    def __init__(self, *args, visits, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visit"].queryset = visits.order_by("-proposed_start", "-pk")


# --- Pages ---------------------------------------------------------------------------

def region_list(request):
    """Every region, with counts only (public)."""
    return render(request, "visits/regions/region_list.html",
                  {"regions": paginate(request, regions_with_counts(), per_page=48)})


def region_profile(request, slug: str):
    """The region's public profile; names and visit requests for those allowed."""
    public_pages = public_page_ids()
    region = region_for_profile(slug, public_pages)
    if region is None:
        raise Http404
    today = timezone.localdate(timezone=region.tzinfo)
    context = {"region": region, "today": today,
               "sees_people": sees_people(request.user, region),
               "may_add_indicator": may_plan_followup(request.user, region.pk),
               "indicators": indicators_with_charts(
                   OutcomeIndicator.objects.filter(region=region).order_by("name", "pk")),
               **shared_by(region, public_pages), **learned_by(region, public_pages),
               **followup_of(region, today), **mentoring_of(region)}
    if context["sees_people"]:
        context.update(people_of(request.user, region))
        for mentorship in context["mentoring_given"] + context["mentoring_received"]:
            mentorship.url = reverse("mentorship_detail", kwargs={"pk": mentorship.pk})
    return render(request, "visits/regions/region_profile.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def indicator_create(request, slug: str):
    """A new indicator of the region: its coordinators and organisers (anyone else
    signed in: 403; an unknown region: 404). A refusal is shown on the form (400)."""
    region = get_object_or_404(Region, slug=slug)
    if not may_plan_followup(request.user, region.pk):
        raise PermissionDenied
    visits = visit_requests_visible_to(request.user).filter(requesting_region=region)
    form = IndicatorForm(request.POST if request.method == "POST" else None, visits=visits)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                indicator = create_indicator(user=request.user, region=region,
                                             **form.cleaned_data)
        except (DomainError, AccessDenied) as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The indicator %(name)s was added. Record its "
                                        "first value below.") % {"name": indicator.name})
            return redirect("indicator_detail", pk=indicator.pk)
    return render(request, "visits/indicators/indicator_form.html",
                  {"region": region, "form": form}, status=400 if form.errors else 200)


def _correction_initial(indicator, day: str) -> dict:
    """?tanggal=YYYY-MM-DD fills the form with that date's value, to correct it."""
    for measurement in indicator.measurement_list:
        if measurement.measured_on.isoformat() == day:
            return {"measured_on": measurement.measured_on, "value": measurement.value,
                    "note": measurement.note}
    return {}


@require_http_methods(["GET", "POST"])
def indicator_detail(request, pk: int):
    """The chart and the measurements (public). Those who may record get the form; a
    POST from anyone else is a 403, a refused value is shown on the form (400)."""
    indicator = indicator_for_page(pk)
    if indicator is None:
        raise Http404
    may_record = may_record_measurement(request.user, indicator)
    if request.method == "POST" and not may_record:
        raise PermissionDenied
    initial = (_correction_initial(indicator, request.GET.get("tanggal", ""))
               or {"measured_on": timezone.localdate(timezone=indicator.region.tzinfo)})
    form = MeasurementForm(request.POST if request.method == "POST" else None,
                           initial=initial)
    if request.method == "POST" and form.is_valid():
        if _record(request, indicator, form):
            return redirect("indicator_detail", pk=indicator.pk)
    visit = None
    if indicator.visit_id:
        visit = visit_requests_visible_to(request.user).filter(pk=indicator.visit_id).first()
    return render(request, "visits/indicators/indicator_detail.html", {
        "indicator": indicator, "chart": indicator.chart, "form": form if may_record else None,
        "visit": visit,
        "measurements": indicator.measurement_list[::-1],
    }, status=400 if form.errors else 200)


def _record(request, indicator, form) -> bool:
    """Record the form's value through the service; False (errors on the form) if refused."""
    data = form.cleaned_data
    existed = any(m.measured_on == data["measured_on"] for m in indicator.measurement_list)
    try:
        with transaction.atomic():
            measurement = measurement_record(user=request.user, indicator=indicator, **data)
    except (DomainError, AccessDenied) as error:
        show_refusal(form, error)
        return False
    text = (_("The value of %(date)s was corrected to %(value)s.") if existed
            else _("%(value)s on %(date)s was recorded."))
    messages.success(request, text % {
        "date": date_format(measurement.measured_on, "j F Y"),
        "value": f"{figure(measurement.value)} {indicator.unit}"})
    return True

