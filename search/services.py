"""
The one search service. Views call `search_pages`, never the backend directly, so the
full search (facets, Indonesian stemming, Elasticsearch) can replace the inside without
touching callers.

Today it searches every live, public page through Wagtail's configured backend (the
database backend by default) and puts the knowledge library first: case studies, then
articles, then courses, then modules and lessons, each kind in the backend's relevance
order. A planner who types "SIPD" wants Baubau's story before the fifth lesson that
mentions the acronym.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 300
# Lower comes first; kinds not named here (e.g. index pages) come last.
KIND_ORDER = [
    "casestudies.casestudypage",
    "casestudies.articlepage",
    "courses.coursepage",
    "courses.modulepage",
    "courses.lessonpage",
]


def clean_query(raw: str | None) -> str:
    """Trim, collapse white space and cap the length of what the user typed."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def search_terms(query: str) -> str:
    """
    The words of a query, without punctuation, quotes or symbols: the database
    backends pass some of those to their full-text syntax (SQLite FTS5 fails on a
    stray quote), and no word is lost by dropping them.
    """
    return " ".join(re.findall(r"\w+", query))


def _kind_rank(content_type_id: int) -> int:
    label = ContentType.objects.get_for_id(content_type_id)  # cached after the first call
    key = f"{label.app_label}.{label.model}"
    return KIND_ORDER.index(key) if key in KIND_ORDER else len(KIND_ORDER)


def search_pages(query: str) -> list[Page]:
    """Live, public pages matching every word of `query`, library first; [] if empty."""
    terms = search_terms(query)
    if not terms:
        return []
    hits = list(
        Page.objects.live()
        .public()
        .filter(depth__gt=2)
        .only("id", "content_type_id")
        .search(terms, operator="and")[:MAX_RESULTS]
    )
    ranked = sorted(enumerate(hits), key=lambda item: (_kind_rank(item[1].content_type_id),
                                                       item[0]))
    return [hit for _position, hit in ranked]


def _summary_of(model, field: str) -> Subquery:
    return Subquery(model.objects.filter(pk=OuterRef("pk")).values(field)[:1])


def result_rows(page: PaginatorPage) -> list[Page]:
    """
    One page of results, in order, each with a `summary` from its own kind (case study,
    article, course, module or lesson): one query whatever mix of kinds the page holds.
    """
    from casestudies.models import ArticlePage, CaseStudyPage
    from courses.models import CoursePage, LessonPage, ModulePage

    ids = [hit.pk for hit in page.object_list]
    rows = Page.objects.filter(pk__in=ids).annotate(
        summary=Coalesce(
            _summary_of(CaseStudyPage, "summary"),
            _summary_of(ArticlePage, "summary"),
            _summary_of(CoursePage, "summary"),
            _summary_of(LessonPage, "summary"),
            _summary_of(ModulePage, "intro"),
            Value(""),
            output_field=TextField(),
        )
    )
    by_id = {row.pk: row for row in rows}
    return [by_id[pk] for pk in ids if pk in by_id]
