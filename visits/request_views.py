"""
The visit request pages, mounted at /kunjungan/: the requester's list ("My region's
requests"), the host's inbox, the request form, one request's page (facts, letter,
timeline, the answers this user may give, the agenda), the moves, adding a session to
the agenda, the letter download and the CSV export.

Who: coordinators (for their region's side) and organisers (every request, both
sides); anyone else signed in gets 403 on the listings and 404 on a request, anonymous
visitors the sign-in page. A request is always looked up through
directory.access.visit_requests_visible_to, so a third region's request is a 404, the
same answer as one that does not exist. Writes go through visits.lifecycle; a refused
move is shown as a message on the request's page, never a 500.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from directory.access import (
    HOST,
    REQUESTER,
    coordinator_region,
    home_region_id,
    visit_requests_visible_to,
    visit_sides,
)
from directory.models import TIMEZONE_ABBREVIATIONS, Region
from directory.roles import is_organiser
from lms import exports
from lms.errors import AccessDenied, DomainError
from lms.pagination import paginate
from lms.uploads import private_file_response
from training.models import Session

from .lifecycle import (
    ACTION_LABELS,
    AGENDA_STATES,
    OPEN_STATES,
    allowed_actions,
    visit_agenda_session_add,
    visit_request_move,
    visit_request_submit,
)
from .models import VisitEvent, VisitRequest, VisitState
from .notifications import actor_name
from .request_forms import (
    ACTION_FORMS,
    AgendaSessionForm,
    VisitRequestForm,
    move_form,
    show_refusal,
)


def _check_may_use(user) -> None:
    """The visit pages are for coordinators and organisers."""
    if not (is_organiser(user) or coordinator_region(user) is not None):
        raise PermissionDenied


def _with_listing_data(queryset):
    return (queryset.select_related("requesting_region", "host_region", "delegation")
            .prefetch_related("topics"))


def _filtered(request, queryset):
    """?status= (a state) and ?daerah= (a region slug, on either side)."""
    state = request.GET.get("status", "")
    state = state if state in VisitState.values else ""
    region = request.GET.get("daerah", "")[:150]
    if state:
        queryset = queryset.filter(state=state)
    if region:
        queryset = queryset.filter(Q(requesting_region__slug=region)
                                   | Q(host_region__slug=region))
    return queryset, {"selected_state": state, "selected_region": region}


def _listing(request, queryset, *, inbox: bool, heading: str, intro: str):
    queryset, filters = _filtered(request, _with_listing_data(queryset))
    return render(request, "visits/requests/visit_list.html", {
        "visits": paginate(request, queryset), "inbox": inbox, "heading": heading,
        "intro": intro, "states": VisitState.choices, "open_states": OPEN_STATES,
        "regions": Region.objects.order_by("name").only("name", "slug"),
        **filters,
    })


@login_required
def visit_list(request):
    """The requests the coordinator's region made (organisers: every request)."""
    user = request.user
    _check_may_use(user)
    queryset = visit_requests_visible_to(user)
    if is_organiser(user):
        heading = _("All visit requests")
    else:
        queryset = queryset.filter(requesting_region=coordinator_region(user))
        heading = _("My region's requests")
    return _listing(request, queryset.order_by("-created_at", "-pk"), inbox=False,
                    heading=heading, intro=_("The study visits your region asked for, "
                                             "from the letter to the follow-up."))


@login_required
def visit_inbox(request):
    """The requests to the coordinator's region, those waiting for an answer first."""
    user = request.user
    _check_may_use(user)
    queryset = visit_requests_visible_to(user)
    if not is_organiser(user):
        queryset = queryset.filter(host_region=coordinator_region(user))
    queryset = queryset.annotate(waiting=Case(
        When(state__in=OPEN_STATES, then=Value(0)), default=Value(1),
        output_field=IntegerField())).order_by("waiting", "-created_at", "-pk")
    return _listing(request, queryset, inbox=True, heading=_("Requests to host"),
                    intro=_("Regions that want to learn from yours. Those waiting for an "
                            "answer come first."))


def _visit(request, pk: int) -> VisitRequest:
    """The request if this user may see it (else 404), with what its page shows."""
    events = VisitEvent.objects.select_related("actor__participant").order_by("at", "pk")
    queryset = (visit_requests_visible_to(request.user)
                .select_related("requesting_region", "host_region", "requested_by",
                                "delegation", "programme")
                .prefetch_related("topics", Prefetch("events", queryset=events)))
    return get_object_or_404(queryset, pk=pk)


def _viewer_zone(user) -> str:
    """The time zone of the viewer's own region (Jakarta time without one)."""
    region = coordinator_region(user)
    if region is not None:
        return region.timezone
    region_id = home_region_id(user)
    zone = (Region.objects.filter(pk=region_id).values_list("timezone", flat=True).first()
            if region_id else None)
    return zone or settings.TIME_ZONE


def _timeline(visit: VisitRequest) -> list[VisitEvent]:
    names = {REQUESTER: visit.requesting_region.name, HOST: visit.host_region.name}
    events = list(visit.events.all())
    for event in events:
        event.label = ACTION_LABELS.get(event.action, event.action)
        event.actor_label = actor_name(event.actor)
        event.side_label = names.get(event.side, _("Organiser"))
    return events


def _agenda(visit: VisitRequest) -> dict:
    """The programme's sessions (times in their own zone) and its live courses."""
    programme = visit.programme
    if programme is None:
        return {"sessions": [], "courses": []}
    sessions = list(Session.objects.filter(programme=programme).order_by("starts_at", "pk"))
    for session in sessions:
        session.zone = TIMEZONE_ABBREVIATIONS.get(session.timezone, "")
    courses = list(programme.courses.filter(live=True).order_by("title"))
    return {"sessions": sessions, "courses": courses}


def _render_detail(request, visit: VisitRequest, bound=None, status: int = 200):
    user = request.user
    sides = visit_sides(user, visit)
    forms = [bound if bound is not None and bound.action == action else move_form(action)
             for action in allowed_actions(user, visit)]
    zone = _viewer_zone(user)
    return render(request, "visits/requests/visit_detail.html", {
        "visit": visit, "events": _timeline(visit), "forms": forms,
        "is_host": HOST in sides, "is_requester": REQUESTER in sides,
        "may_add_session": HOST in sides and visit.state in AGENDA_STATES
        and visit.programme_id is not None,
        "viewer_zone": zone, "viewer_zone_name": TIMEZONE_ABBREVIATIONS.get(zone, "WIB"),
        "show_alternative": visit.alternative_start and (
            visit.alternative_start, visit.alternative_end) != (
            visit.proposed_start, visit.proposed_end),
        **_agenda(visit),
        **_outcomes(user, visit),
    }, status=status)


def _outcomes(user, visit: VisitRequest) -> dict:
    """What came of the visit, for its page: the follow-up plan in brief, the reaction
    evaluation of its programme (for those who may read it) and its outcome indicators."""
    from training.evaluation import evaluation_summary, may_view_evaluation_summary

    from .followup import visit_completion
    from .indicators import indicators_with_charts

    programme = visit.programme
    show_evaluation = programme is not None and may_view_evaluation_summary(user, programme)
    return {
        "completion": visit_completion(visit, today=timezone.localdate()),
        "evaluation": evaluation_summary(programme) if show_evaluation else None,
        "indicators": indicators_with_charts(visit.indicators.all()),
    }


@login_required
def visit_detail(request, pk: int):
    return _render_detail(request, _visit(request, pk))


@require_POST
@login_required
def visit_move(request, pk: int):
    """One move (POST `action` and its form). A refusal is a message on the page."""
    visit = _visit(request, pk)
    action = request.POST.get("action", "")
    if action not in ACTION_FORMS:
        messages.error(request, _("That action is not available."))
        return redirect("visit_detail", pk=visit.pk)
    form = move_form(action, request.POST)
    if not form.is_valid():
        return _render_detail(request, visit, bound=form, status=400)
    try:
        moved = visit_request_move(user=request.user, visit=visit, action=action,
                                   **form.move_data())
    except (DomainError, AccessDenied) as error:
        messages.error(request, getattr(error, "message", "") or str(error))
    else:
        messages.success(request, _("Done: the request is now “%(state)s”. The other "
                                    "region has been told by email.")
                         % {"state": moved.get_state_display()})
    return redirect("visit_detail", pk=visit.pk)


def _user_defaults(user) -> dict:
    profile = getattr(user, "participant", None)
    return {"contact_name": (profile.full_name if profile else "") or user.get_full_name(),
            "contact_email": user.email or (profile.email if profile else ""),
            "contact_phone": profile.phone if profile else ""}


@login_required
@require_http_methods(["GET", "POST"])
def visit_request_create(request):
    """The request form: a coordinator files for their region, an organiser for any."""
    user = request.user
    _check_may_use(user)
    region = None if is_organiser(user) else coordinator_region(user)
    posted = request.method == "POST"
    form = VisitRequestForm(request.POST if posted else None,
                            request.FILES if posted else None, user=user, region=region,
                            initial=None if posted else _user_defaults(user))
    if posted and form.is_valid():
        try:
            visit = visit_request_submit(user=user, **form.submit_data())
        except (DomainError, AccessDenied) as error:
            show_refusal(form, DomainError(error.code,
                                           getattr(error, "message", "") or str(error)))
        else:
            messages.success(request, _("Your request has been sent to %(host)s.")
                             % {"host": visit.host_region.name})
            return redirect("visit_detail", pk=visit.pk)
    return render(request, "visits/requests/visit_form.html",
                  {"form": form, "region": region}, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def visit_session_add(request, pk: int):
    """The host adds a session to the agenda while the visit is approved or set."""
    visit = _visit(request, pk)
    if HOST not in visit_sides(request.user, visit):
        raise PermissionDenied
    if visit.state not in AGENDA_STATES or visit.programme_id is None:
        messages.error(request, _("Sessions are added once the visit is approved, until "
                                  "it is held."))
        return redirect("visit_detail", pk=visit.pk)
    posted = request.method == "POST"
    form = AgendaSessionForm(request.POST if posted else None, region=visit.host_region,
                             initial={"day": visit.proposed_start, "starts": "09:00",
                                      "ends": "12:00"})
    if posted and form.is_valid():
        try:
            visit_agenda_session_add(user=request.user, visit=visit, **form.session_data())
        except DomainError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The session is on the agenda."))
            return redirect(reverse("visit_detail", kwargs={"pk": visit.pk}) + "#agenda")
    return render(request, "visits/requests/session_form.html",
                  {"visit": visit, "form": form}, status=400 if form.errors else 200)


@login_required
def visit_letter(request, pk: int):
    """The request letter, to those who may see the request only."""
    visit = _visit(request, pk)
    if not visit.letter:
        raise Http404
    try:
        return private_file_response(visit.letter, f"surat-kunjungan-{visit.pk}.pdf")
    except FileNotFoundError as error:
        raise Http404 from error


EXPORT_HEADERS = ("Nomor", "Judul", "Daerah pengaju", "Daerah tujuan", "Topik", "Status",
                  "Tanggal mulai", "Tanggal selesai", "Jumlah delegasi", "Narahubung",
                  "Telepon", "Email", "Nomor surat", "Diajukan pada")


def _export_row(visit: VisitRequest) -> list:
    return [
        visit.pk, visit.title, visit.requesting_region.name, visit.host_region.name,
        ", ".join(topic.name for topic in visit.topics.all()),
        visit.state.replace("_", " ").capitalize(), visit.proposed_start, visit.proposed_end,
        visit.delegation_size, visit.contact_name, visit.contact_phone, visit.contact_email,
        visit.letter_number, timezone.localtime(visit.created_at).date(),
    ]


@login_required
def visit_export(request):
    """Every request the user sees (made and received), filtered like the listings."""
    _check_may_use(request.user)
    queryset, _filters = _filtered(
        request, _with_listing_data(visit_requests_visible_to(request.user))
        .order_by("-created_at", "-pk"))
    rows = (_export_row(visit) for visit in queryset.iterator(chunk_size=500))
    return exports.csv_response(
        EXPORT_HEADERS, rows, f"kunjungan-{timezone.localdate():%Y-%m-%d}.csv")
