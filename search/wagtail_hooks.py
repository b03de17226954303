"""
Search in the Wagtail admin, one "Search" menu for organisers (Penyelenggara) and
superusers:

- Search synonyms: the SynonymGroup snippet (model permissions on search.synonymgroup,
  granted to Penyelenggara by search/0002_permissions): terms and note, searchable.
  Saving or deleting a group rebuilds the index once the change is committed
  (search.synonym_signals), so the new synonym works at the next search.
- Promoted search results: Wagtail's search_promotions (permissions on
  wagtailsearchpromotions.searchpromotion, same migration); the results page shows a
  query's promoted pages above the results.
- Search queries: the report of search.reports, also under Reports.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.roles import is_organiser

from . import synonym_signals  # noqa: F401  (connects the rebuild; also from apps.py)
from .models import SynonymGroup
from .reports import SearchQueriesReportView, search_queries_csv, search_queries_xlsx

PROMOTION_PERMISSIONS = [f"wagtailsearchpromotions.{action}_searchpromotion"
                         for action in ("add", "change", "delete")]


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]
    search_backend_name = None  # a plain ORM search: no index of its own to keep
    ordering = ["terms"]
    copy_view_enabled = False


class OrganiserMenuItem(MenuItem):
    def is_shown(self, request):
        return is_organiser(request.user)


class PromotionsMenuItem(MenuItem):
    """Shown, like Wagtail's own item under Settings, to whoever may edit promotions."""

    def is_shown(self, request):
        return any(request.user.has_perm(perm) for perm in PROMOTION_PERMISSIONS)


class SearchMenu(SnippetViewSetGroup):
    items = (SynonymGroupViewSet,)
    menu_icon = "search"
    menu_label = _("Search")
    menu_name = "search"
    menu_order = 280

    def get_submenu_items(self):
        return super().get_submenu_items() + [
            PromotionsMenuItem(_("Promoted search results"),
                               reverse("wagtailsearchpromotions:index"),
                               name="search-promotions", icon_name="pick", order=2),
            OrganiserMenuItem(_("Search queries"), reverse("search_queries_report"),
                              name="search-queries", icon_name="table", order=3),
        ]


register_snippet(SearchMenu)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-queries/", SearchQueriesReportView.as_view(),
             name="search_queries_report"),
        path("reports/search-queries/unduh.csv", search_queries_csv, name="search_queries_csv"),
        path("reports/search-queries/unduh.xlsx", search_queries_xlsx,
             name="search_queries_xlsx"),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return OrganiserMenuItem(_("Search queries"), reverse("search_queries_report"),
                             name="search-queries", icon_name="search", order=110)
