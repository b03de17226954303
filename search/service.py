"""
The one search service: views, the topic page and benchmarks call `search` and
`suggest`, never a backend.

A search: clean the parameters (never raises) -> parse the query into concepts (Sastrawi
stems; synonym groups) -> correct unknown words to the nearest indexed term -> ask the
backend (Elasticsearch when configured and reachable, else the database) -> hydrate one
page of hits with highlighted titles and snippets -> add promoted results, the topic the
query names and "who has solved this?" -> log the query (no personal data).
"""

import logging
import math
import re
import time
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from . import engine
from .analysis import Concept, Synonyms, fold, parse_query
from .engine import EngineQuery, EngineResult
from .models import SearchDocument
from .snippets import highlight, snippet

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
MAX_FACET_VALUES = 30
FACETS = ("type", "topic", "region", "regulation", "year")
# GET parameter of each facet (Indonesian, part of the public URLs).
FACET_PARAMS = {"type": "jenis", "topic": "topik", "region": "daerah",
                "regulation": "regulasi", "year": "tahun"}
SORTS = ("relevance", "date")
SLUG_RE = re.compile(r"^[-a-z0-9]{1,150}$")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
CACHE_SECONDS = 300
SYNONYMS_CACHE_KEY = "search:synonyms"
LABELS_CACHE_KEY = "search:facet-labels"


def clean_query(raw: str | None) -> str:
    """Control characters out, white space collapsed, at most MAX_QUERY_LENGTH characters."""
    return " ".join(CONTROL_RE.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    notes: list[str] = field(default_factory=list)  # what cleaning changed, for people

    @classmethod
    def from_querydict(cls, data) -> "SearchParams":
        raw = data.get("q", "") or ""
        params = cls(q=clean_query(raw))
        if len(" ".join(raw.split())) > MAX_QUERY_LENGTH:
            params.notes.append(_("Your search was shortened to %(n)s characters.")
                                % {"n": MAX_QUERY_LENGTH})
        for facet in FACETS:
            value = (data.get(FACET_PARAMS[facet], "") or "").strip()
            if not value:
                continue
            if _valid_facet_value(facet, value):
                params.filters[facet] = value
            else:
                params.notes.append(_("The filter “%(value)s” is not recognised and was "
                                      "ignored.") % {"value": value[:40]})
        sort = data.get("urut", "") or ""
        params.sort = "date" if sort == "terbaru" else "relevance"
        try:
            params.page = max(1, min(int(data.get("page", 1)), 100_000))
        except (TypeError, ValueError):
            params.page = 1
        return params

    def querystring(self, **changes) -> str:
        """This search's URL query with `changes` (facet=value or None, sort=, page=)."""
        values = {"q": self.q, **{FACET_PARAMS[f]: v for f, v in self.filters.items()}}
        if self.sort == "date":
            values["urut"] = "terbaru"
        values["page"] = self.page
        for name, value in changes.items():
            key = {"sort": "urut", "page": "page"}.get(name, FACET_PARAMS.get(name, name))
            if name == "sort":
                value = "terbaru" if value == "date" else None
            values[key] = value
        if "page" not in changes:
            values["page"] = None  # any other change starts from the first page
        return urlencode({k: v for k, v in values.items() if v not in (None, "", 1)})


def _valid_facet_value(facet: str, value: str) -> bool:
    if facet == "type":
        return value in SearchDocument.Kind.values
    if facet == "year":
        return value.isdigit() and 1900 <= int(value) <= 2100
    if facet == "regulation":
        return value.isdigit() and len(value) < 10
    return bool(SLUG_RE.match(value))


@dataclass
class Hit:
    key: str
    kind: str
    kind_label: str
    title: str
    url: str
    summary: str
    title_html: SafeString
    snippet: SafeString
    date: date | None
    region_name: str
    score: float = 0.0


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    querystring: str


@dataclass
class SearchResults:
    params: SearchParams
    hits: list[Hit]
    total: int
    page: int
    num_pages: int
    facets: dict[str, list[FacetValue]]
    messages: list[str]
    corrections: dict[str, str]
    promoted: list[dict]
    topic: object | None
    solvers: list
    backend: str

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.params.per_page + 1 if self.total else 0


# --- cached lookups (forgotten by search.signals and search.synonym_signals) ----------
# Kept in this process for CACHE_SECONDS (no pickling on every search, as a cache backend
# would): a change made through another process is seen within that time.
_memo: dict[str, tuple[float, object]] = {}


def _memoised(key: str, build):
    now = time.monotonic()
    hit = _memo.get(key)
    if hit is None or now - hit[0] > CACHE_SECONDS:
        hit = (now, build())
        _memo[key] = hit
    return hit[1]


def synonyms() -> Synonyms:
    from .indexer import load_synonyms

    return _memoised(SYNONYMS_CACHE_KEY, load_synonyms)


def _build_labels() -> dict:
    from directory.models import Region, Regulation, Topic

    compiled = synonyms()
    topics = list(Topic.objects.all())
    return {
        "topic": {t.slug: t.name for t in topics},
        "topic_ids": {t.slug: t.pk for t in topics},
        "region": dict(Region.objects.values_list("slug", "name")),
        "regulation": {str(pk): name for pk, name in
                       Regulation.objects.values_list("pk", "short_name")},
        "topic_concepts": {
            t.slug: [frozenset(c.terms) for c in parse_query(t.name, compiled)]
            for t in topics
        },
    }


def facet_labels() -> dict:
    """Names for facet values, and each topic's concepts (to spot a topic in a query)."""
    labels = dict(_memoised(LABELS_CACHE_KEY, _build_labels))
    labels["type"] = dict(SearchDocument.Kind.choices)  # translated per request
    return labels


def who_has_solved(topic) -> list:
    """search.solvers.who_has_solved, kept like the labels: the ranking changes only when
    content is published, which forgets it (search.indexer.index_records)."""
    from .solvers import who_has_solved as rank

    return _memoised(f"solvers:{topic.slug}", lambda: rank(topic))


def forget_cached() -> None:
    _memo.clear()



# --- the search -------------------------------------------------------------------

def _viewer(user) -> tuple[int | None, bool]:
    from directory.access import home_region_id
    from directory.roles import is_organiser

    if is_organiser(user):
        return None, True
    return home_region_id(user), False


def _visible_documents(viewer_region_id: int | None, sees_all: bool):
    """The index rows a viewer may see: public ones, their own region's internal ones,
    or all for organisers (engine._statement writes the same rule in its SQL)."""
    if sees_all:
        return SearchDocument.objects.all()
    return SearchDocument.objects.filter(
        Q(private_region__isnull=True) | Q(private_region_id=viewer_region_id))


def _correct(concepts: list[Concept], df: dict[str, int]) -> dict[str, str]:
    """Replace each concept that matches nothing indexed by the nearest indexed term."""
    unknown = [c for c in concepts if not any(df.get(t) for t in c.terms) and c.stem]
    if not unknown:
        return {}
    nearest = engine.close_terms([c.stem for c in unknown])
    corrections = {}
    for concept in unknown:
        term = nearest.get(concept.stem)
        if term:
            corrections[concept.text] = term
            concept.terms = {term}
            df[term] = 1  # present; its real df is fetched with the next search's terms
    if corrections:
        df.update(engine.document_frequencies({t for c in concepts for t in c.terms}))
    return corrections


def _run_backend(equery: EngineQuery, compiled: Synonyms) -> tuple[EngineResult, str]:
    from . import elastic

    if elastic.configured():
        try:
            return elastic.search(equery, compiled), "elasticsearch"
        except elastic.Unavailable as error:
            logger.warning("Elasticsearch unavailable, answering from the database: %s", error)
    return engine.search(equery), "database"


def _topic_of(params: SearchParams, concepts: list[Concept], labels: dict) -> str | None:
    if params.filters.get("topic") in labels["topic"]:
        return params.filters["topic"]
    asked = {frozenset(c.terms) for c in concepts}
    for slug, topic_concepts in labels["topic_concepts"].items():
        if topic_concepts and set(topic_concepts) <= asked:
            return slug
    return None


def _facets(params: SearchParams, counts: dict[str, dict[str, int]], labels: dict):
    """Each facet's values with counts, the most frequent MAX_FACET_VALUES of them (and
    the selected one, always)."""
    facets = {}
    for facet in FACETS:
        selected = params.filters.get(facet)
        counted = counts.get(facet, {})
        ranked = sorted(counted, key=lambda v: -counted[v])
        shown = ranked[:MAX_FACET_VALUES] + ([selected] if selected in ranked[MAX_FACET_VALUES:]
                                             else [])
        values = []
        for value, count in ((v, counted[v]) for v in shown):
            label = labels[facet].get(value, value) if facet != "year" else value
            is_selected = value == selected
            values.append(FacetValue(
                value=value, label=str(label), count=count, selected=is_selected,
                querystring=params.querystring(**{facet: None if is_selected else value}),
            ))
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.label))
        facets[facet] = values
    return facets


def _promoted(query: str, viewer_region_id, sees_all: bool) -> list[dict]:
    """Editors' promoted results for this exact query (Wagtail search promotions)."""
    from modelsearch.utils import normalise_query_string
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .order_by("sort_order").values("page_id", "external_link_url", "external_link_text",
                                       "description")
    )
    if not picks:
        return []
    page_ids = [pick["page_id"] for pick in picks if pick["page_id"]]
    visible = _visible_documents(viewer_region_id, sees_all).filter(page_id__in=page_ids)
    documents = {d.page_id: d for d in visible.select_related("text").only(
        "page_id", "title", "url", "text__summary")}
    promoted = []
    for pick in picks:
        if pick["page_id"] in documents:
            document = documents[pick["page_id"]]
            promoted.append({"title": document.title, "url": document.url,
                             "description": pick["description"] or document.text.summary})
        elif not pick["page_id"] and pick["external_link_url"]:
            promoted.append({"title": pick["external_link_text"] or pick["external_link_url"],
                             "url": pick["external_link_url"],
                             "description": pick["description"]})
    return promoted


def _hits(result: EngineResult, concepts: list[Concept], compiled: Synonyms) -> list[Hit]:
    documents = {
        d.key: d for d in SearchDocument.objects.filter(key__in=result.keys)
        .select_related("text").only("key", "kind", "title", "url", "date", "region_name",
                                     "text__summary", "text__body")
    }
    terms = {t for c in concepts for t in c.terms}
    kinds = dict(SearchDocument.Kind.choices)
    hits = []
    for key in result.keys:
        document = documents.get(key)
        if document is None:  # Elasticsearch ahead of the database: skip, never fail
            continue
        highlighted = result.highlights.get(key)
        hits.append(Hit(
            key=key, kind=document.kind, kind_label=str(kinds.get(document.kind, "")),
            title=document.title, url=document.url, summary=document.text.summary,
            title_html=highlight(document.title, terms, compiled),
            snippet=(SafeString(highlighted) if highlighted
                     else snippet([document.text.summary, document.text.body], terms,
                                  compiled)),
            date=document.date, region_name=document.region_name,
        ))
    return hits


def search(params: SearchParams, user) -> SearchResults:
    from . import querylog

    compiled = synonyms()
    labels = facet_labels()
    concepts = parse_query(params.q, compiled)
    messages = list(params.notes)
    for facet in ("topic", "region", "regulation"):  # well-formed, but no such thing
        value = params.filters.get(facet)
        if value and value not in labels[facet]:
            del params.filters[facet]
            messages.append(_("The filter “%(value)s” is not recognised and was ignored.")
                            % {"value": value[:40]})
    viewer_region_id, sees_all = _viewer(user)
    empty = SearchResults(params=params, hits=[], total=0, page=1, num_pages=1,
                          facets={f: [] for f in FACETS}, messages=messages, corrections={},
                          promoted=[], topic=None, solvers=[], backend="database")
    if not concepts and not params.filters:
        if params.q:  # only punctuation or symbols
            messages.append(_("Nothing to search for in “%(q)s”: try words.") % {"q": params.q})
        return empty
    df = engine.document_frequencies({t for c in concepts for t in c.terms})
    corrections = _correct(concepts, df)
    equery = EngineQuery(
        concepts=concepts, raw=params.q, filters=params.filters, sort=params.sort,
        offset=(params.page - 1) * params.per_page, limit=params.per_page,
        viewer_region_id=viewer_region_id, sees_all_private=sees_all, df=df,
    )
    result, backend = _run_backend(equery, compiled)
    if not result.total and len(concepts) >= 2:
        equery.min_matched = len(concepts) - 1
        result, backend = _run_backend(equery, compiled)
        if result.total:
            messages.append(_("No page has all of your words; these have all but one."))
    num_pages = max(1, math.ceil(result.total / params.per_page))
    if params.page > num_pages and result.total:
        messages.append(_("There are only %(n)s pages of results; this is the last one.")
                        % {"n": num_pages})
        params.page = num_pages
        equery.offset = (num_pages - 1) * params.per_page
        result, backend = _run_backend(equery, compiled)
    topic_slug = _topic_of(params, concepts, labels)
    topic = None
    if topic_slug:
        from directory.models import Topic

        topic = Topic(pk=labels["topic_ids"][topic_slug], slug=topic_slug,
                      name=labels["topic"][topic_slug])
    if params.q and params.page == 1:
        querylog.log_query(params.q, result.total)
    return SearchResults(
        params=params, hits=_hits(result, concepts, compiled), total=result.total,
        page=params.page, num_pages=num_pages,
        facets=_facets(params, result.facets, labels), messages=messages,
        corrections=corrections,
        promoted=(_promoted(params.q, viewer_region_id, sees_all)
                  if params.q and params.page == 1 else []),
        topic=topic, solvers=who_has_solved(topic) if topic else [],
        backend=backend,
    )


def suggest(q: str, user, limit: int = 8) -> list[dict]:
    """Titles containing every typed word, the library's kinds first (case studies, then
    articles and courses), then titles that start with the first word."""
    words = fold(clean_query(q)).split()[:6]
    if not words or len(" ".join(words)) < 2:
        return []
    viewer_region_id, sees_all = _viewer(user)
    documents = _visible_documents(viewer_region_id, sees_all)
    for word in words:
        documents = documents.filter(title_folded__contains=word[:60])
    kinds = dict(SearchDocument.Kind.choices)
    order = [When(title_folded__startswith=words[0], then=Value(0))]
    rows = (documents.annotate(starts=Case(*order, default=Value(1),
                                           output_field=IntegerField()))
            .order_by("-boost", "starts", "title").values("title", "url", "kind")[:limit])
    return [{"title": r["title"], "url": r["url"], "kind": r["kind"],
             "kind_label": str(kinds.get(r["kind"], ""))} for r in rows]


def timed_search(params: SearchParams, user) -> tuple[SearchResults, float]:
    """`search` and its wall time in milliseconds (benchmarks)."""
    started = time.perf_counter()
    results = search(params, user)
    return results, (time.perf_counter() - started) * 1000
