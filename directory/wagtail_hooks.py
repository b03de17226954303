"""Directory snippets in the Wagtail admin: one "Direktori" menu with filters and search."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Agency, Participant, Region, Regulation, Topic


class RegionFilterSet(WagtailFilterSet):
    class Meta:
        model = Region
        fields = ["kind", "timezone", "parent"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "short_name", "kind", "code", "parent", "timezone"]
    list_export = ["name", "short_name", "kind", "code", "parent", "timezone"]
    filterset_class = RegionFilterSet
    ordering = ["name"]


class AgencyFilterSet(WagtailFilterSet):
    class Meta:
        model = Agency
        fields = ["region"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies (OPD)")
    list_display = ["acronym", "name", "region"]
    list_export = ["acronym", "name", "region"]
    filterset_class = AgencyFilterSet


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]


class RegulationFilterSet(WagtailFilterSet):
    class Meta:
        model = Regulation
        fields = ["kind", "year", "issuer_region"]


class RegulationViewSet(SnippetViewSet):
    model = Regulation
    icon = "doc-full"
    menu_label = _("Regulations")
    list_display = ["short_name", "title", "kind", "year", "issuer"]
    list_export = ["short_name", "title", "kind", "number", "year", "issuer"]
    filterset_class = RegulationFilterSet


class ParticipantFilterSet(WagtailFilterSet):
    class Meta:
        model = Participant
        fields = ["region", "agency", "rank"]


class ParticipantViewSet(SnippetViewSet):
    """ASN profiles. Only organisers (and superusers) hold the model permissions."""

    model = Participant
    icon = "user"
    menu_label = _("Participants")
    list_display = ["full_name", "nip", "position", "agency", "region"]
    list_export = ["full_name", "nip", "position", "rank", "agency", "region", "phone", "email"]
    filterset_class = ParticipantFilterSet


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, AgencyViewSet, TopicViewSet, RegulationViewSet, ParticipantViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 250


register_snippet(DirectoryViewSetGroup)
