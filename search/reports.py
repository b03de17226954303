"""
The "Search queries" report in the Wagtail admin (Reports > Search queries, organisers
and superusers only), at /admin/reports/search-queries/, from the query log
(search.querylog):

- a period: the last 7, 30, 90 or 365 days (30 unless chosen; any other value too);
- the most searched queries (searches, results of the latest search) and the queries
  that found nothing (searches that found nothing, the last day searched), each query
  linked to the site's results page for it, so a trainer sees what people saw;
- every query of the period as CSV or XLSX (lms.exports), the same rows as the first
  table but not cut at its length.

Anyone else gets Wagtail's answer to a missing permission (the admin's redirect with
"Sorry, you do not have permission", or its sign-in page), as for the learning report.
"""

from collections.abc import Iterator
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from directory.roles import is_organiser
from lms.exports import csv_response, xlsx_response

from .querylog import QueryStat, period_start, top_queries, zero_result_queries

PERIODS = [(7, _("Last 7 days")), (30, _("Last 30 days")), (90, _("Last 90 days")),
           (365, _("Last 365 days"))]
DEFAULT_DAYS = 30
TABLE_ROWS = 50


class PeriodForm(forms.Form):
    """?periode=7|30|90|365; anything else means the default period, never an error."""

    periode = forms.TypedChoiceField(label=_("Period"), choices=PERIODS, coerce=int,
                                     required=False)

    def days(self) -> int:
        if self.is_valid() and self.cleaned_data["periode"]:
            return self.cleaned_data["periode"]
        return DEFAULT_DAYS


def chosen_days(data) -> int:
    return PeriodForm(data).days()


def results_url(query: str) -> str:
    """The site's results page for `query`."""
    return f"{reverse('search')}?{urlencode({'q': query})}"


def _check(user) -> None:
    if not is_organiser(user):
        raise PermissionDenied


class SearchQueriesReportView(WagtailAdminTemplateMixin, TemplateView):
    """Organisers only; anyone else gets Wagtail's "no permission" answer."""

    template_name = "search/admin/query_report.html"
    page_title = _("Search queries")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        _check(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        days = chosen_days(self.request.GET)
        since = period_start(days)
        form = PeriodForm(initial={"periode": days})
        top = top_queries(since, TABLE_ROWS)
        zero = zero_result_queries(since, TABLE_ROWS)
        return super().get_context_data(**kwargs) | {
            "form": form, "days": days, "since": since,
            "query_string": urlencode({"periode": days}),
            "top": [(row, results_url(row.query)) for row in top],
            "zero": [(row, results_url(row.query)) for row in zero],
            "table_rows": TABLE_ROWS,
        }


EXPORT_HEADERS = [_("Query"), _("Searches"), _("Searches with no result"),
                  _("Results (last search)"), _("Last searched")]


def export_rows(rows: list[QueryStat]) -> Iterator[list]:
    for row in rows:
        yield [row.query, row.searches, row.zero_result_searches, row.last_result_count,
               row.last_day]


def _export(request, kind: str):
    _check(request.user)
    days = chosen_days(request.GET)
    rows = export_rows(top_queries(period_start(days), limit=None))
    headers = [str(header) for header in EXPORT_HEADERS]
    filename = f"kueri-pencarian-{days}-hari.{kind}"
    if kind == "csv":
        return csv_response(headers, rows, filename)
    return xlsx_response(headers, rows, filename, sheet_title=str(_("Search queries")),
                         widths=(40, 12, 16, 16, 14))


def search_queries_csv(request):
    return _export(request, "csv")


def search_queries_xlsx(request):
    return _export(request, "xlsx")
