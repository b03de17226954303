"""
The Elasticsearch 8 backend (used when settings.ELASTICSEARCH_URL is set).

The database index (search.models) stays the source of truth; Elasticsearch holds the
same `DocumentRecord`s and answers the same `EngineQuery` with the same `EngineResult`
as search.engine does.

Index layout: the alias `<index_name()>` (default "lintas-search") points at one concrete
index `<name>-<timestamp>`. `rebuild` builds a new concrete index, loads every record,
moves the alias to it in one atomic step and deletes the old ones, so searches never see
a half-built index. `sync` keeps the aliased index current on publish and unpublish.

Analysis: matching uses the lead's Sastrawi stems (search.analysis), never a second
stemmer. Each document carries `*_stems` fields, the stems joined by spaces, indexed
with a whitespace analyzer; at search time the same fields add a `synonym_graph` filter
with the admin-edited synonym groups as stemmed lines (`Synonyms.stem_lines()`). The
query also expands every synonym concept to its group's stemmed variants explicitly, so
a synonym edited in the admin works before the next rebuild. The plain `title`,
`summary`, `body` and `meta` fields use Elasticsearch's Indonesian analyzer and are
there for highlighting.

Failure: `search` raises `Unavailable` when the server cannot be reached or answers with
an error; search.service then answers from the database and logs a warning. `sync`
never raises for a server problem (publishing a page must not fail because Elasticsearch
is down): it logs a warning, and the next `rebuild_search_index` catches up.
"""

import logging
import re
from functools import lru_cache

from django.conf import settings
from django.utils import timezone
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import (
    A,
    Date,
    Float,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch_dsl.query import Query

from .analysis import Concept, Synonyms, analyze
from .engine import EngineQuery, EngineResult
from .indexer import KIND_BOOST, MAX_BODY_CHARS, DocumentRecord

logger = logging.getLogger(__name__)

DEFAULT_INDEX = "lintas-search"
# A search waits this long, then the service answers from the database.
SEARCH_TIMEOUT = 2.0
# Indexing one published page: short, so a slow server does not hold up the editor.
SYNC_TIMEOUT = 5.0
# Rebuilding loads everything in bulk requests.
REBUILD_TIMEOUT = 120.0
# Elasticsearch refuses from + size beyond index.max_result_window (10,000).
MAX_RESULT_WINDOW = 10_000

# Field -> boost; the same weights as the database backend (search.indexer.FIELD_WEIGHTS).
STEM_FIELDS = {"title_stems": 8, "meta_stems": 4, "summary_stems": 2.5, "body_stems": 1}
# Typos: plain words at least this long may match within Elasticsearch's AUTO distance.
FUZZY_MIN_LENGTH = 5
# Facet name (search.service.FACETS) -> document field.
FACET_FIELDS = {
    "type": "kind",
    "topic": "topics",
    "region": "regions",
    "regulation": "regulations",
    "year": "year",
}
FACET_SIZE = 50
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]}
SNIPPET_CHARS = 180
_TIMESTAMPED = re.compile(r"\d{14,20}")


class Unavailable(Exception):
    """Elasticsearch could not answer (down, unreachable, timed out, or an API error)."""


# What a server that is down, unreachable, misconfigured or refusing raises.
FAILURES = (TransportError, ApiError, BulkIndexError, Unavailable)


# --- configuration and client ---------------------------------------------------

def configured() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def index_name() -> str:
    """The alias searches and updates go to."""
    return getattr(settings, "ELASTICSEARCH_INDEX", "") or DEFAULT_INDEX


@lru_cache(maxsize=4)
def _client_for(url: str) -> Elasticsearch:
    # No retries: one node, and a second try at a server that refused the first only
    # delays the database fallback.
    return Elasticsearch(
        url, request_timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False
    )


def client(timeout: float = SEARCH_TIMEOUT) -> Elasticsearch:
    """A client of settings.ELASTICSEARCH_URL with a short request timeout."""
    try:
        return _client_for(settings.ELASTICSEARCH_URL).options(request_timeout=timeout)
    except ValueError as exc:  # e.g. "elasticsearch:9200", without http://
        raise Unavailable(f"ELASTICSEARCH_URL is not a usable URL: {exc}") from exc


# --- index settings and mapping ---------------------------------------------------

INDONESIAN = analyzer(
    "lintas_indonesian",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("lintas_indonesian_stop", "stop", stopwords="_indonesian_"),
        token_filter("lintas_indonesian_stemmer", "stemmer", language="indonesian"),
    ],
)
# The `*_stems` fields hold Sastrawi stems separated by spaces: split, nothing more.
STEMS = analyzer("lintas_stems", tokenizer="whitespace", filter=["lowercase"])


def stems_search_analyzer(synonyms: Synonyms):
    """Search-time analyzer of the `*_stems` fields: the stems, plus synonyms."""
    lines = synonyms.stem_lines()
    filters: list = ["lowercase"]
    if lines:  # an empty synonym_graph filter is refused by Lucene
        filters.append(token_filter(
            "lintas_synonyms", "synonym_graph", synonyms=lines, lenient=True
        ))
    return analyzer("lintas_stems_search", tokenizer="whitespace", filter=filters)


def _mapping(synonyms: Synonyms) -> Mapping:
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    for name in ("key", "kind", "region_name"):
        mapping.field(name, Keyword())
    mapping.field("url", Keyword(index=False))
    for name in ("title", "summary", "body", "meta"):
        mapping.field(name, Text(analyzer=INDONESIAN))
    search_analyzer = stems_search_analyzer(synonyms)
    for name in STEM_FIELDS:
        mapping.field(name, Text(analyzer=STEMS, search_analyzer=search_analyzer))
    for name in ("topics", "regions", "regulations"):
        mapping.field(name, Keyword())
    mapping.field("year", Integer())
    mapping.field("date", Date(format="strict_date"))
    mapping.field("private_region", Integer())  # missing: public
    mapping.field("boost", Float())
    mapping.field("page_id", Integer())
    return mapping


def _index(name: str, synonyms: Synonyms) -> Index:
    index = Index(name)
    # One node: a replica could never be assigned and would keep the cluster yellow.
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(_mapping(synonyms))
    return index


def index_settings(synonyms: Synonyms) -> dict:
    """The `settings` of a new index (analysis included), as sent to Elasticsearch."""
    return _index(index_name(), synonyms).to_dict()["settings"]


def mapping() -> dict:
    """The `mappings` of the index."""
    return _mapping(Synonyms()).to_dict()


def _stems(text: str) -> str:
    return " ".join(analyze(text))


def document_body(record: DocumentRecord) -> dict:
    """A record as the JSON document stored in Elasticsearch."""
    body = record.body[:MAX_BODY_CHARS]
    return {
        "key": record.key,
        "kind": record.kind,
        "url": record.url,
        "title": record.title,
        "summary": record.summary,
        "body": body,
        "meta": record.meta,
        "title_stems": _stems(record.title),
        "meta_stems": _stems(record.meta),
        "summary_stems": _stems(record.summary),
        "body_stems": _stems(body),
        "topics": list(record.topics),
        "regions": list(record.regions),
        "regulations": list(record.regulations),
        "year": record.year,
        "date": record.date.isoformat() if record.date else None,
        "private_region": record.private_region_id,
        "boost": KIND_BOOST.get(record.kind, 1.0),
        "page_id": record.page_id,
        "region_name": record.region_name,
    }


# --- queries ------------------------------------------------------------------

def _variant_stems(token: str, synonyms: Synonyms) -> list[str]:
    """The stemmed variants of a synonym group ("~12"), e.g. ["sipd", "sistem ..."]."""
    stemmed = []
    for variant in synonyms.variants.get(token, ()):
        joined = " ".join(analyze(variant) or analyze(variant, keep_stop_words=True))
        if joined and joined not in stemmed:
            stemmed.append(joined)
    return stemmed


def _match(text: str, fuzzy: bool = False) -> Query:
    fields = [f"{name}^{boost}" for name, boost in STEM_FIELDS.items()]
    if " " in text:  # a phrase (a multi-word synonym): its words in order
        return Q("multi_match", query=text, fields=fields, type="phrase")
    options = {"fuzziness": "AUTO", "prefix_length": 1} if fuzzy else {}
    return Q("multi_match", query=text, fields=fields, type="best_fields",
             tie_breaker=0.3, **options)


def concept_query(concept: Concept, synonyms: Synonyms,
                  known: dict[str, int] | None = None) -> Query:
    """
    Any of the concept's terms, in any stem field. A synonym token ("~12", the database
    backend's name for a group) becomes the group's stemmed variants, so "SIPD" also
    matches "sistem informasi perintah daerah" as a phrase.

    Typos: a plain word of FUZZY_MIN_LENGTH letters or more matches within
    Elasticsearch's AUTO edit distance, unless `known` (term -> document frequency, the
    EngineQuery's `df`) says the index has it as typed: "terap" must not also find
    "tetap".
    """
    known = known or {}
    texts: list[str] = []
    variants: set[str] = set()
    for term in sorted(concept.terms):
        expanded = _variant_stems(term, synonyms) if term.startswith("~") else [term]
        if term.startswith("~"):
            variants.update(expanded)
        texts.extend(text for text in expanded if text not in texts)
    if not texts and concept.text:  # a group deleted since the query was parsed
        texts = [concept.text]
    queries = [
        _match(text, fuzzy=text not in variants and not known.get(text)
               and len(text) >= FUZZY_MIN_LENGTH and text.isalpha())
        for text in texts
    ]
    if len(queries) == 1:
        return queries[0]
    return Q("bool", should=queries, minimum_should_match=1)


def _visibility(equery: EngineQuery) -> Query | None:
    if equery.sees_all_private:
        return None
    public = ~Q("exists", field="private_region")
    if equery.viewer_region_id is None:
        return public
    return Q("bool", should=[public, Q("term", private_region=equery.viewer_region_id)],
             minimum_should_match=1)


def _facet_filter(facet: str, value: str) -> Query | None:
    field = FACET_FIELDS.get(facet)
    if field is None:
        return None
    if field == "year":
        try:
            return Q("term", year=int(value))
        except (TypeError, ValueError):
            return Q("match_none")
    return Q("term", **{field: value})


def _highlight_query(equery: EngineQuery, synonyms: Synonyms) -> Query | None:
    """
    What to mark in the Indonesian-analysed text: the words typed, the terms searched
    (a corrected typo), and every variant of a synonym group asked for, as a phrase.
    """
    fields = ["title", "summary", "body"]
    plain = [t for c in equery.concepts for t in sorted(c.terms) if not t.startswith("~")]
    text = " ".join([equery.raw[:500], *plain]).strip()
    should = [Q("multi_match", query=text, fields=fields)] if text else []
    for concept in equery.concepts:
        for term in sorted(t for t in concept.terms if t.startswith("~")):
            should += [Q("multi_match", query=variant, type="phrase", fields=fields)
                       for variant in synonyms.variants.get(term, ())]
    return Q("bool", should=should) if should else None


def build_search(equery: EngineQuery, synonyms: Synonyms) -> Search:
    """The Elasticsearch request for an EngineQuery (no client bound)."""
    must = [concept_query(concept, synonyms, equery.df) for concept in equery.concepts]
    # Facet filters go in post_filter: hits are filtered by all of them, while each facet's
    # aggregation is filtered by all the others only (as search.engine.count_facets).
    facet_filters = {f: q for f, v in equery.filters.items() if (q := _facet_filter(f, v))}
    filters = []
    visibility = _visibility(equery)
    if visibility is not None:
        filters.append(visibility)
    if must and equery.required < len(must):  # relaxed: all words but one
        query = Q("bool", should=must, minimum_should_match=equery.required, filter=filters)
    else:
        query = Q("bool", must=must or [Q("match_all")], filter=filters)
    # Kinds a planner wants first weigh more (the `boost` field, from KIND_BOOST).
    query = Q("function_score", query=query,
              functions=[{"field_value_factor": {"field": "boost", "missing": 1.0}}],
              boost_mode="multiply")

    search = Search(index=index_name()).query(query).source(["key"])
    search = search.extra(track_total_hits=True)
    if equery.sort == "date":
        search = search.sort({"date": {"order": "desc", "missing": "_last"}},
                             "_score", {"key": "asc"})
    else:
        search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}},
                             {"key": "asc"})
    offset, limit = max(equery.offset, 0), max(equery.limit, 0)
    if offset + limit > MAX_RESULT_WINDOW:  # past any real result: count only
        offset, limit = 0, 0
    search = search[offset:offset + limit]

    if facet_filters:
        search = search.post_filter(Q("bool", filter=list(facet_filters.values())))
    for facet, field in FACET_FIELDS.items():
        others = [q for f, q in facet_filters.items() if f != facet]
        scope = search.aggs.bucket(
            f"{facet}_scope", A("filter", Q("bool", filter=others) if others
                                else Q("match_all"))
        )
        scope.bucket(facet, A("terms", field=field, size=FACET_SIZE))

    highlight_query = _highlight_query(equery, synonyms)
    search = search.highlight_options(
        encoder="html", require_field_match=False, **HIGHLIGHT_TAGS,
        **({"highlight_query": highlight_query.to_dict()} if highlight_query else {}),
    )
    search = search.highlight("title", number_of_fragments=0)
    search = search.highlight("summary", "body", fragment_size=SNIPPET_CHARS,
                              number_of_fragments=1)
    return search


def query_body(equery: EngineQuery, synonyms: Synonyms) -> dict:
    """The JSON body `search` sends (for tests and debugging)."""
    return build_search(equery, synonyms).to_dict()


def engine_result(raw: dict) -> EngineResult:
    """An Elasticsearch search response (JSON) as the engine contract's result."""
    keys, highlights = [], {}
    for hit in raw["hits"]["hits"]:
        keys.append(hit["_id"])
        marked = hit.get("highlight", {})
        fragments = marked.get("body") or marked.get("summary")
        if fragments:
            highlights[hit["_id"]] = fragments[0]
    total = raw["hits"]["total"]
    aggregations = raw.get("aggregations", {})
    facets = {
        facet: {str(bucket["key"]): bucket["doc_count"]
                for bucket in aggregations.get(f"{facet}_scope", {}).get(facet, {})
                .get("buckets", [])}
        for facet in FACET_FIELDS
    }
    return EngineResult(keys=keys, total=total["value"] if isinstance(total, dict) else total,
                        facets=facets, highlights=highlights)


def search(equery: EngineQuery, synonyms: Synonyms) -> EngineResult:
    """Run an EngineQuery; raises Unavailable when Elasticsearch cannot answer."""
    try:
        response = build_search(equery, synonyms).using(client()).execute()
    except Unavailable:
        raise
    except FAILURES as exc:
        raise Unavailable(f"Elasticsearch search failed: {exc}") from exc
    return engine_result(response.to_dict())


# --- keeping the index current ------------------------------------------------

def _actions(records, removed_keys, index: str):
    for record in records:
        yield {"_op_type": "index", "_index": index, "_id": record.key,
               "_source": document_body(record)}
    for key in removed_keys:
        yield {"_op_type": "delete", "_index": index, "_id": key}


def sync(records, removed_keys=()) -> None:
    """
    Index `records` and delete `removed_keys` in the aliased index. Never raises for a
    server problem: it logs a warning (the database index is already current, and
    `rebuild_search_index` brings Elasticsearch back in line).
    """
    records, removed_keys = list(records), list(removed_keys)
    if not (records or removed_keys):
        return
    try:
        # require_alias: before the first rebuild there is no alias, and indexing would
        # otherwise create a concrete index with a guessed mapping under its name.
        _ok, errors = bulk(
            client(SYNC_TIMEOUT), _actions(records, removed_keys, index_name()),
            raise_on_error=False, require_alias=True,
        )
    except FAILURES as exc:
        logger.warning("Elasticsearch is unavailable; %d search document(s) not updated "
                       "there (%s). Run rebuild_search_index once it is back.",
                       len(records) + len(removed_keys), exc)
        return
    failed = [error for error in errors
              if not (error.get("delete", {}).get("status") == 404)]  # already gone
    if failed:
        logger.warning("Elasticsearch refused %d search document update(s), e.g. %s. "
                       "Run rebuild_search_index.", len(failed), failed[0])


def rebuild(records, synonyms: Synonyms) -> int:
    """
    Build a new index `<name>-<timestamp>` holding `records`, point the alias `<name>`
    at it atomically and delete the indices it replaces. Returns the number of
    documents loaded. Raises Unavailable when Elasticsearch cannot be reached.
    """
    alias = index_name()
    new = f"{alias}-{timezone.now().strftime('%Y%m%d%H%M%S%f')}"
    es = client(REBUILD_TIMEOUT)
    try:
        _index(new, synonyms).create(using=es)
        count, _errors = bulk(es, _actions(records, [], new), chunk_size=500,
                              max_retries=2)
        es.indices.refresh(index=new)
        existing = es.indices.get_alias(index=f"{alias}-*")
        old = [name for name in existing
               if name != new and _TIMESTAMPED.fullmatch(name[len(alias) + 1:])]
        actions = [{"add": {"index": new, "alias": alias}}]
        if es.indices.exists(index=alias) and not es.indices.exists_alias(name=alias):
            actions.append({"remove_index": {"index": alias}})  # a stray concrete index
        actions += [{"remove": {"index": name, "alias": alias}} for name in old
                    if alias in existing[name].get("aliases", {})]
        es.indices.update_aliases(actions=actions)
        if old:
            es.indices.delete(index=",".join(old))
    except Unavailable:
        raise
    except FAILURES as exc:
        raise Unavailable(f"Elasticsearch rebuild failed: {exc}") from exc
    logger.info("Elasticsearch index %s holds %d documents (alias %s).", new, count, alias)
    return count


def delete_all() -> None:
    """Drop the alias and every index built for it (tests, or switching it off)."""
    alias = index_name()
    es = client(REBUILD_TIMEOUT)
    try:
        names = [name for name in es.indices.get_alias(index=f"{alias}-*")
                 if _TIMESTAMPED.fullmatch(name[len(alias) + 1:])]
        if names:
            es.indices.delete(index=",".join(names))
    except Unavailable:
        raise
    except FAILURES as exc:
        raise Unavailable(f"Elasticsearch delete failed: {exc}") from exc
