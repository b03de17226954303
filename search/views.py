"""
The search pages: the results page (cari/) and the suggestions for autocomplete
(cari/saran/). Both go through search.service, never a backend, and never fail on
what people type: the service cleans the parameters and says what it changed.
"""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from directory.models import Topic

from . import service
from .analysis import stem, words

FACET_TITLES = {
    "type": _("Type"),
    "topic": _("Topic"),
    "region": _("Region"),
    "regulation": _("Regulation"),
    "year": _("Year"),
}
# Facets with more values than this show the rest behind "Show all".
FACET_VISIBLE = 6
SORTS = [("relevance", _("Relevance")), ("date", _("Newest"))]


def _facet_groups(results) -> list[dict]:
    groups = []
    for name in service.FACETS:
        values = results.facets.get(name, [])
        if not values:
            continue
        shown = [v for i, v in enumerate(values) if i < FACET_VISIBLE or v.selected]
        groups.append({
            "name": name, "title": FACET_TITLES[name], "shown": shown,
            "more": [v for v in values if v not in shown],
        })
    return groups


def _corrected_query(query: str, corrections: dict[str, str]) -> str:
    """The query as searched: each corrected word replaced by the word used instead
    (corrections are keyed by the typed word or its stem)."""
    if not corrections:
        return ""
    changed, out = False, []
    for word in query.split():
        tokens = words(word)
        key = next((k for k in (tokens[0], stem(tokens[0])) if k in corrections), None) \
            if len(tokens) == 1 else None
        out.append(corrections[key] if key else word)
        changed = changed or key is not None
    return " ".join(out) if changed else ", ".join(corrections.values())


def _selected_filters(params, results) -> list[dict]:
    """The filters in force, each with its facet's title and a link that removes it; one
    that names nothing (no facet value came back for it) is listed too, to be removable."""
    selected = []
    for name in service.FACETS:
        value = next((v for v in results.facets.get(name, []) if v.selected), None)
        if value is None and name in params.filters:
            value = service.FacetValue(
                value=params.filters[name], label=params.filters[name], count=0,
                selected=True, querystring=params.querystring(**{name: None}))
        if value is not None:
            selected.append({"title": FACET_TITLES[name], "value": value})
    return selected


def _library_links() -> list[Page]:
    """The knowledge library's index pages, for "browse instead" on an empty result."""
    from casestudies.models import ArticleIndexPage, CaseStudyIndexPage
    from courses.models import CourseIndexPage

    return list(
        Page.objects.live().public()
        .type(CaseStudyIndexPage, ArticleIndexPage, CourseIndexPage).order_by("path")
    )


@never_cache
def search(request):
    params = service.SearchParams.from_querydict(request.GET)
    results = service.search(params, request.user)
    searched = bool(params.q or params.filters)
    page_obj = Paginator(range(results.total), params.per_page).get_page(results.page)
    context = {
        "params": params,
        "results": results,
        "search_query": params.q,
        "searched": searched,
        "facet_groups": _facet_groups(results),
        "selected_filters": _selected_filters(params, results),
        "clear_filters_querystring": params.querystring(**{f: None for f in service.FACETS}),
        "sort_links": [
            {"value": value, "label": label, "current": params.sort == value,
             "querystring": params.querystring(sort=value)}
            for value, label in SORTS
        ],
        "corrected_query": _corrected_query(params.q, results.corrections),
        "page_obj": page_obj,
    }
    if not results.total:
        context["library_links"] = _library_links()
        context["topics"] = Topic.objects.order_by("name")
    return TemplateResponse(request, "search/search_results.html", context)


@never_cache
def search_suggest(request):
    """JSON for autocomplete: {"query": q, "suggestions": [{title, url, kind, kind_label}]}."""
    query = service.clean_query(request.GET.get("q", ""))
    return JsonResponse({"query": query, "suggestions": service.suggest(query, request.user)})
