"""Delegations in the Wagtail admin, for organisers (who hold the model permissions)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Delegation


class DelegationFilterSet(WagtailFilterSet):
    class Meta:
        model = Delegation
        fields = ["home_region", "host_region", "topics"]


class DelegationViewSet(SnippetViewSet):
    model = Delegation
    icon = "group"
    menu_label = _("Delegations")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "home_region", "host_region", "start_date", "end_date"]
    list_export = ["name", "home_region", "host_region", "start_date", "end_date", "purpose"]
    filterset_class = DelegationFilterSet


register_snippet(DelegationViewSet)
