"""
The one search service. Today: every live, public page through Wagtail's configured
search backend (the database backend by default). Views call `search_pages`, never the
backend directly, so the full search (facets, Indonesian stemming, Elasticsearch) can
replace the inside without touching callers.
"""

from django.db.models import QuerySet
from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def clean_query(raw: str | None) -> str:
    """Trim, collapse white space and cap the length of what the user typed."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def search_pages(query: str) -> QuerySet | list:
    """Live, public pages matching `query`, best first; nothing for an empty query."""
    if not query:
        return Page.objects.none()
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=2)
        .specific()
        .search(query, operator="and")
    )
