"""
Programmes in the Wagtail admin, one "Programmes" menu for organisers:

- Programmes: add, edit, delete (model permissions on training.programme, granted to
  Penyelenggara by training/0002), with their stages and sessions edited inline; the
  listing filters by kind, host region and published, searches title and summary, and
  shows the first session, seats and the registered / waitlisted counts (subqueries:
  the same queries for 10 or 1,000 programmes). Saving a programme moves waitlisted
  people into any seat the change freed (training.registration.registration_fill_seats).
- Registrations: read-only, for organisers (a permission policy on the role, not on
  model permissions), filtered by programme, status, region and delegation, exported
  as CSV/XLSX. Registrations change only through training.registration (the site's
  register, cancel and delegation pages), never by editing rows here.
"""

import django_filters
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from directory.models import Region
from directory.roles import is_organiser
from lms.templatetags.lms_tags import in_zone

from .models import Programme, Registration
from .registration import registration_fill_seats
from .selectors import with_schedule_figures


class OrganiserReadOnlyPolicy(ModelPermissionPolicy):
    """Organisers and superusers may view; nobody adds, edits or deletes here."""

    def user_has_permission(self, user, action):
        return action == "view" and is_organiser(user)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and is_organiser(user)


# Wagtail 8: a custom policy is registered before any viewset asks for one.
register_permission_policy(Registration, OrganiserReadOnlyPolicy(Registration))


def _first_session(programme: Programme) -> str:
    return in_zone(programme.first_start, programme.host_region) or "—"


def _registrations_link(status: str):
    label = {"registered": "registered_count", "waitlisted": "waitlisted_count"}[status]

    def link(programme: Programme):
        url = reverse("wagtailsnippets_training_registration:list")
        return format_html('<a href="{}?programme={}&amp;status={}">{}</a>', url,
                           programme.pk, status, getattr(programme, label))
    return link


class ProgrammeFilterSet(WagtailFilterSet):
    class Meta:
        model = Programme
        fields = ["kind", "host_region", "published"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "date"
    menu_label = _("Programmes")
    list_display = [
        "title", "kind", "host_region",
        Column("first_start", label=_("First session"), accessor=_first_session,
               sort_key="first_start"),
        Column("capacity", label=_("Seats"), sort_key="capacity"),
        Column("registered_count", label=_("Registered"),
               accessor=_registrations_link("registered"), sort_key="registered_count"),
        Column("waitlisted_count", label=_("Waitlisted"),
               accessor=_registrations_link("waitlisted"), sort_key="waitlisted_count"),
        "published",
    ]
    list_export = ["title", "kind", "host_region", "first_start", "capacity",
                   "registered_count", "waitlisted_count", "jp_hours", "published"]
    export_headings = {"first_start": _("First session"), "registered_count": _("Registered"),
                       "waitlisted_count": _("Waitlisted")}
    filterset_class = ProgrammeFilterSet
    search_fields = ["title", "summary", "slug"]
    search_backend_name = None
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return with_schedule_figures(Programme.objects.select_related("host_region"))


class RegistrationFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(
        label=_("Participant's region"), field_name="participant__region",
        queryset=Region.objects.order_by("name"))

    class Meta:
        model = Registration
        fields = ["programme", "status", "region", "delegation"]


class ReadOnlyIndexView(IndexView):
    """The listing without the bulk-action checkboxes: there is nothing to do in bulk."""

    @cached_property
    def columns(self):
        return [column for column in super().columns
                if not isinstance(column, BulkActionsCheckboxColumn)]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    index_view_class = ReadOnlyIndexView
    icon = "list-ul"
    menu_label = _("Registrations")
    inspect_view_enabled = True
    list_display = [
        "participant",
        Column("nip", label=_("NIP"), accessor="participant.nip"),
        Column("region", label=_("Region"), accessor="participant.region"),
        "programme", "status",
        Column("created_at", label=_("Registered at"),
               accessor=lambda r: in_zone(r.created_at, r.programme.host_region),
               sort_key="created_at"),
        "delegation",
    ]
    list_export = ["participant.full_name", "participant.nip", "participant.region",
                   "participant.agency", "programme", "status", "created_at",
                   "delegation", "registered_by"]
    export_headings = {"participant.full_name": _("Participant"),
                       "participant.nip": _("NIP"), "participant.region": _("Region"),
                       "participant.agency": _("Agency (OPD)")}
    filterset_class = RegistrationFilterSet
    search_fields = ["participant__full_name", "participant__nip", "programme__title"]
    search_backend_name = None
    ordering = ["programme__title", "created_at", "pk"]

    def get_queryset(self, request):
        return Registration.objects.select_related(
            "participant__region", "participant__agency", "programme__host_region",
            "delegation",
            "registered_by")


class ProgrammeViewSetGroup(SnippetViewSetGroup):
    items = (ProgrammeViewSet, RegistrationViewSet)
    menu_icon = "date"
    menu_label = _("Programmes")
    menu_name = "programmes"
    menu_order = 270


register_snippet(ProgrammeViewSetGroup)


@hooks.register("after_edit_snippet")
def fill_freed_seats(request, instance):
    """Raising a programme's seats in the admin gives them to the waitlist at once."""
    if isinstance(instance, Programme):
        registration_fill_seats(user=request.user, programme=instance)
