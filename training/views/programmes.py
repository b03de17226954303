"""
The programme pages: the public listing (program/) and one programme's page with its
schedule (program/<slug>/), registering oneself (POST .../daftar/), cancelling
(POST program/pendaftaran/<pk>/batal/), registering a whole delegation
(.../daftarkan-delegasi/) and "My programmes" (program/saya/).

Programmes are looked up through directory.access.programmes_visible_to (an unpublished
one is a 404 except for organisers); people and registrations through
participants_visible_to, so another region's person is a 404. Writes go through
training.registration; a refusal is shown as a message, never a 500.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from directory.access import (
    delegations_visible_to,
    participants_visible_to,
    programmes_visible_to,
)
from directory.models import Participant
from lms.errors import AccessDenied, DomainError
from lms.pagination import paginate
from lms.templatetags.people_tags import can_manage_people

from ..evaluation import may_view_evaluation_summary
from ..models import Programme, Registration
from ..registration import (
    delegation_register,
    registration_cancel,
    registration_closes_at,
    registration_create,
    registration_open,
)
from ..selectors import (
    host_regions,
    my_registrations,
    programme_for_page,
    programme_list,
    schedule,
    viewer_context,
)

Status = Registration.Status


def programmes(request):
    """Published programmes, upcoming first; ?jenis= (kind) and ?daerah= (host region)."""
    kind = request.GET.get("jenis", "")
    kind = kind if kind in Programme.Kind.values else ""
    region = request.GET.get("daerah", "")[:150]
    items = paginate(request, programme_list(kind=kind, region=region))
    for programme in items:
        programme.is_open = registration_open(programme)
    return render(request, "training/programmes/programme_list.html", {
        "items": items,
        "kinds": Programme.Kind.choices, "selected_kind": kind,
        "regions": host_regions(), "selected_region": region,
    })


def programme_detail(request, slug: str):
    """The programme with its schedule and, for a signed-in visitor, their registration.
    The same number of queries for 2 or 40 sessions."""
    programme = programme_for_page(request.user, slug)
    if programme is None:
        raise Http404
    return render(request, "training/programmes/programme_detail.html", {
        "programme": programme, "groups": schedule(programme),
        "closes_at": registration_closes_at(programme),
        "is_open": registration_open(programme),
        **viewer_context(request.user, programme),
        "may_view_evaluation_summary": may_view_evaluation_summary(request.user, programme),
    })


def _back(request, default):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()},
                                       require_https=request.is_secure()):
        return redirect(target)
    return redirect(default)


def _registered_message(request, registration, own: bool) -> None:
    values = {"name": registration.participant.full_name,
              "programme": registration.programme.title}
    if registration.status == Status.REGISTERED:
        text = (_("You are registered for %(programme)s.") if own
                else _("%(name)s is registered for %(programme)s."))
        messages.success(request, text % values)
    else:
        text = (_("%(programme)s is full: you are on the waitlist and move up "
                  "automatically when a seat becomes free.") if own
                else _("%(programme)s is full: %(name)s is on the waitlist."))
        messages.info(request, text % values)


@require_POST
@login_required
def programme_register(request, slug: str):
    """Register oneself; a coordinator or organiser may post `peserta` (a participant
    id) to register a person they manage (another region's person is a 404)."""
    programme = get_object_or_404(programmes_visible_to(request.user), slug=slug)
    if "peserta" in request.POST:
        chosen = request.POST["peserta"]
        participant = get_object_or_404(participants_visible_to(request.user),
                                        pk=int(chosen) if chosen.isdigit() else 0)
    else:
        participant = Participant.objects.filter(user=request.user).first()
        if participant is None:
            messages.error(request, _("Your account has no participant profile yet; ask "
                                      "an organiser to create it before registering."))
            return redirect("programme_detail", slug=programme.slug)
    try:
        registration = registration_create(user=request.user, programme=programme,
                                           participant=participant)
    except (DomainError, AccessDenied) as error:
        messages.error(request, getattr(error, "message", "") or str(error))
    else:
        registration.programme = programme
        _registered_message(request, registration, own=participant.user_id == request.user.pk)
    return _back(request, programme_detail_url(programme))


def programme_detail_url(programme: Programme) -> str:
    return reverse("programme_detail", kwargs={"slug": programme.slug})


@require_POST
@login_required
def registration_cancel_view(request, pk: int):
    """Cancel one's own registration, or one of a person one manages (else 404)."""
    registration = get_object_or_404(
        Registration.objects.select_related("programme", "participant").filter(
            participant__in=participants_visible_to(request.user)), pk=pk)
    try:
        registration_cancel(user=request.user, registration=registration)
    except (DomainError, AccessDenied) as error:
        messages.error(request, getattr(error, "message", "") or str(error))
    else:
        text = (_("Your registration for %(programme)s is cancelled.")
                if registration.participant.user_id == request.user.pk
                else _("The registration of %(name)s for %(programme)s is cancelled."))
        messages.success(request, text % {"name": registration.participant.full_name,
                                          "programme": registration.programme.title})
    return _back(request, programme_detail_url(registration.programme))


class DelegationChoiceForm(forms.Form):
    delegation = forms.ModelChoiceField(
        label=gettext_lazy("Delegation"), queryset=None,
        empty_label=gettext_lazy("Choose a delegation"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["delegation"]
        field.queryset = (delegations_visible_to(user).select_related("home_region")
                          .annotate(member_count=Count("memberships"))
                          .order_by("-start_date", "name"))
        field.label_from_instance = lambda d: _("%(name)s (%(region)s, %(count)d "
                                                "members)") % {
            "name": d.name, "region": d.home_region.name, "count": d.member_count}


@login_required
@require_http_methods(["GET", "POST"])
def programme_register_delegation(request, slug: str):
    """
    Coordinators (their region's delegations) and organisers (any): GET chooses a
    delegation, POST registers every member in one step and reports how many were
    registered, waitlisted and already registered. Anyone else: 403.
    """
    programme = get_object_or_404(
        programmes_visible_to(request.user).select_related("host_region"), slug=slug)
    if not can_manage_people(request.user):
        raise PermissionDenied
    form = DelegationChoiceForm(request.POST if request.method == "POST" else None,
                                user=request.user)
    if request.method == "POST" and form.is_valid():
        delegation = form.cleaned_data["delegation"]
        try:
            counts = delegation_register(user=request.user, programme=programme,
                                         delegation=delegation)
        except (DomainError, AccessDenied) as error:
            form.add_error("delegation", getattr(error, "message", "") or str(error))
        else:
            messages.success(request, _(
                "%(delegation)s: %(registered)d registered, %(waitlisted)d waitlisted, "
                "%(already)d already registered.") % {"delegation": delegation.name,
                                                       **counts})
            return redirect("programme_detail", slug=programme.slug)
    return render(request, "training/programmes/register_delegation.html", {
        "programme": programme, "form": form, "is_open": registration_open(programme),
    }, status=400 if form.errors else 200)


@login_required
def my_programmes(request):
    """The signed-in person's registrations with status and next session."""
    rows = my_registrations(request.user)
    has_profile = bool(rows) or Participant.objects.filter(user=request.user).exists()
    return render(request, "training/programmes/my_programmes.html",
                  {"registrations": rows, "has_profile": has_profile})


urlpatterns = [
    path("program/", programmes, name="programme_list"),
    path("program/saya/", my_programmes, name="my_programmes"),
    path("program/pendaftaran/<int:pk>/batal/", registration_cancel_view,
         name="registration_cancel"),
    path("program/<slug:slug>/", programme_detail, name="programme_detail"),
    path("program/<slug:slug>/daftar/", programme_register, name="programme_register"),
    path("program/<slug:slug>/daftarkan-delegasi/", programme_register_delegation,
         name="programme_register_delegation"),
]
