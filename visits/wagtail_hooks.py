"""
Study visits in the Wagtail admin, one "Study visits" menu for organisers (who hold the
model permissions: directory/0003_roles for delegations, visits/0004_permissions for
the rest; coordinators have no admin access, trainers no permission here):

- Delegations: add, edit, delete.
- Visit requests: list (filtered by state and region), inspect and correct the facts.
  Never add, delete or change the state here: a request is filed and moved only through
  visits.lifecycle (the site's pages), which checks the letter, writes the timeline and
  mails the other region. The edit form therefore has no state, region, letter or
  agenda field, and the permission policy refuses add and delete.
- Mentoring, follow-up actions and outcome indicators: add, edit, inspect.
"""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Delegation, FollowUpAction, Mentorship, OutcomeIndicator, VisitRequest

NEVER_HERE = ("add", "delete")


class LifecyclePolicy(ModelPermissionPolicy):
    """Model permissions, except that requests are never added or deleted here."""

    def user_has_permission(self, user, action):
        return action not in NEVER_HERE and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        allowed = [action for action in actions if action not in NEVER_HERE]
        return bool(allowed) and super().user_has_any_permission(user, allowed)


# Wagtail 8: a custom policy is registered before any viewset asks for one.
register_permission_policy(VisitRequest, LifecyclePolicy(VisitRequest))


class DelegationFilterSet(WagtailFilterSet):
    class Meta:
        model = Delegation
        fields = ["home_region", "host_region", "topics"]


class DelegationViewSet(SnippetViewSet):
    model = Delegation
    icon = "group"
    menu_label = _("Delegations")
    list_display = ["name", "home_region", "host_region", "start_date", "end_date"]
    list_export = ["name", "home_region", "host_region", "start_date", "end_date", "purpose"]
    filterset_class = DelegationFilterSet


def _site_link(visit: VisitRequest):
    return format_html('<a href="{}">{}</a>', reverse("visit_detail", kwargs={"pk": visit.pk}),
                       _("Open on the site"))


class VisitRequestFilterSet(WagtailFilterSet):
    class Meta:
        model = VisitRequest
        fields = ["state", "requesting_region", "host_region", "topics"]


class VisitRequestViewSet(SnippetViewSet):
    model = VisitRequest
    icon = "mail"
    menu_label = _("Visit requests")
    inspect_view_enabled = True
    list_display = ["title", "requesting_region", "host_region", "state", "proposed_start",
                    Column("site", label=_("Page"), accessor=_site_link)]
    list_export = ["title", "requesting_region", "host_region", "state", "proposed_start",
                   "proposed_end", "delegation_size", "contact_name", "letter_number",
                   "created_at"]
    inspect_view_fields = ["title", "requesting_region", "host_region", "state", "topics",
                           "learning_goal", "proposed_start", "proposed_end",
                           "alternative_start", "alternative_end", "delegation_size",
                           "delegation", "contact_name", "contact_phone", "contact_email",
                           "letter_number", "decline_reason", "programme", "held_on",
                           "requested_by", "created_at", "updated_at"]
    filterset_class = VisitRequestFilterSet
    search_fields = ["title", "learning_goal", "contact_name"]
    search_backend_name = None
    ordering = ["-created_at", "-pk"]
    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("topics"),
                         FieldPanel("learning_goal")], heading=_("The request")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("proposed_start"),
                                        FieldPanel("proposed_end")]),
                         FieldPanel("delegation_size"), FieldPanel("delegation")],
                        heading=_("Dates and delegation")),
        MultiFieldPanel([FieldPanel("letter_number"), FieldPanel("contact_name"),
                         FieldPanel("contact_phone"), FieldPanel("contact_email")],
                        heading=_("Letter and contact")),
    ]

    def get_queryset(self, request):
        return VisitRequest.objects.select_related("requesting_region", "host_region")


class MentorshipFilterSet(WagtailFilterSet):
    class Meta:
        model = Mentorship
        fields = ["mentor_region", "mentee_region", "topics"]


class MentorshipViewSet(SnippetViewSet):
    model = Mentorship
    icon = "user"
    menu_label = _("Mentoring")
    inspect_view_enabled = True
    list_display = ["__str__", "mentor_region", "mentee_region", "started_on", "ended_on"]
    filterset_class = MentorshipFilterSet
    panels = [
        FieldRowPanel([FieldPanel("mentor_region"), FieldPanel("mentee_region")]),
        FieldPanel("topics"), FieldPanel("goal"), FieldPanel("visit"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("ended_on")]),
        FieldRowPanel([FieldPanel("mentor_contact"), FieldPanel("mentee_contact")]),
    ]

    def get_queryset(self, request):
        return Mentorship.objects.select_related("mentor_region", "mentee_region")


class FollowUpActionFilterSet(WagtailFilterSet):
    class Meta:
        model = FollowUpAction
        fields = ["status", "region", "topic"]


class FollowUpActionViewSet(SnippetViewSet):
    model = FollowUpAction
    icon = "tasks"
    menu_label = _("Follow-up actions")
    inspect_view_enabled = True
    list_display = ["title", "region", "visit", "due_date", "status"]
    list_export = ["title", "region", "visit", "topic", "owner_agency", "owner", "due_date",
                   "status", "completed_on"]
    filterset_class = FollowUpActionFilterSet
    search_fields = ["title", "description"]
    search_backend_name = None
    panels = [
        FieldPanel("title"), FieldPanel("description"),
        FieldRowPanel([FieldPanel("visit"), FieldPanel("mentorship")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("topic")]),
        FieldRowPanel([FieldPanel("owner_agency"), FieldPanel("owner")]),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("status"),
                       FieldPanel("completed_on")]),
    ]

    def get_queryset(self, request):
        return FollowUpAction.objects.select_related("region", "visit")


class OutcomeIndicatorFilterSet(WagtailFilterSet):
    class Meta:
        model = OutcomeIndicator
        fields = ["region", "topic"]


class OutcomeIndicatorViewSet(SnippetViewSet):
    model = OutcomeIndicator
    icon = "success"
    menu_label = _("Outcome indicators")
    inspect_view_enabled = True
    list_display = ["name", "region", "topic", "unit", "target"]
    filterset_class = OutcomeIndicatorFilterSet
    panels = [
        FieldRowPanel([FieldPanel("region"), FieldPanel("topic")]),
        FieldPanel("name"), FieldRowPanel([FieldPanel("unit"), FieldPanel("target")]),
        FieldPanel("source"), FieldPanel("visit"),
    ]

    def get_queryset(self, request):
        return OutcomeIndicator.objects.select_related("region", "topic")


class StudyVisitsViewSetGroup(SnippetViewSetGroup):
    items = (DelegationViewSet, VisitRequestViewSet, MentorshipViewSet,
             FollowUpActionViewSet, OutcomeIndicatorViewSet)
    menu_icon = "site"
    menu_label = _("Study visits")
    menu_name = "study-visits"
    menu_order = 260


register_snippet(StudyVisitsViewSetGroup)
