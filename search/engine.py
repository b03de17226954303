"""
The database search backend (SQLite in development, PostgreSQL in production): one
inverted index in plain tables (search.models), queried the same way on both, so
relevance is the same everywhere.

A search is one SQL query: the postings of every query term, grouped per document,
keeping the documents where every concept matched (AND), scored by the sum of
weight x IDF. The matching rows carry their facet values, so counting facets and
paging happen in Python over that one result, never in more queries.

`EngineQuery` / `EngineResult` are the contract shared with search.elastic.
"""

import math
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q
from rapidfuzz.distance import Levenshtein

from .analysis import Concept
from .models import SearchDocument, SearchPosting, SearchTerm

ALL_TERM = "_all"  # every document has it (weight 0): its df is the number of documents


def topic_term(slug: str) -> str:
    """The posting (weight 0) every document on a topic has; no typed word becomes it."""
    return f"#t:{slug}"[:64]

FACET_FIELDS = {"type": "kind", "topic": "topics", "region": "regions",
                "regulation": "regulations", "year": "year"}
LISTED_FACETS = ("topics", "regions", "regulations")  # stored as "|a|b|"
# A document whose title has every concept scores up to (1 + TITLE_BONUS) times more:
# "arsitektur spbe" is the lesson titled so, before a course that mentions both.
TITLE_BONUS = 0.5


@dataclass
class EngineQuery:
    concepts: list[Concept]
    raw: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    offset: int = 0
    limit: int = 10
    viewer_region_id: int | None = None
    sees_all_private: bool = False
    df: dict[str, int] = field(default_factory=dict)  # database backend: term -> df
    # How many concepts a document must match; None: all of them. The service relaxes
    # it to all but one when nothing matches every word.
    min_matched: int | None = None

    @property
    def required(self) -> int:
        return self.min_matched or len(self.concepts)


@dataclass
class EngineResult:
    keys: list[str]
    total: int
    facets: dict[str, dict[str, int]]
    highlights: dict[str, str] = field(default_factory=dict)


def document_frequencies(terms) -> dict[str, int]:
    """df of each term that is in the index, and of ALL_TERM (the number of documents)."""
    return dict(
        SearchTerm.objects.filter(term__in=set(terms) | {ALL_TERM}).values_list("term", "df")
    )


def typo_allowance(word: str) -> int:
    return 0 if len(word) < 4 or any(ch.isdigit() for ch in word) else (1 if len(word) < 7 else 2)


def close_terms(words: list[str]) -> dict[str, str]:
    """
    For each unknown word, the indexed term nearest to it by edit distance (within 1 for
    short words, 2 for long ones; the most frequent on a tie), or nothing. Candidates
    share the word's first letter and a similar length: one query for all the words.
    """
    words = [w for w in words if typo_allowance(w)]
    if not words:
        return {}
    condition = Q()
    for word in words:
        first = word[0]
        condition |= Q(term__gte=first, term__lt=chr(ord(first) + 1))
    candidates = list(SearchTerm.objects.filter(condition).exclude(term__startswith="~")
                      .values_list("term", "df"))
    corrections = {}
    for word in words:
        allowed = typo_allowance(word)
        best = None
        for term, df in candidates:
            if term[0] != word[0] or abs(len(term) - len(word)) > allowed:
                continue
            distance = Levenshtein.distance(word, term, score_cutoff=allowed)
            if distance <= allowed and (best is None or (distance, -df) < best[0]):
                best = ((distance, -df), term)
        if best:
            corrections[word] = best[1]
    return corrections


def _aggregate_sql(query: EngineQuery, posting: str) -> tuple[str, list]:
    """Postings of the query's terms per document id: score, concepts matched, concepts
    in the title; only documents matching at least `query.required` concepts."""
    documents = query.df.get(ALL_TERM, 0) or 1
    terms, idf_cases, concept_cases, params_idf, params_concept = [], [], [], [], []
    for number, concept in enumerate(query.concepts):
        for term in sorted(concept.terms):
            terms.append(term)
            idf_cases.append("WHEN %s THEN %s")
            params_idf += [term, math.log(1 + documents / max(query.df.get(term, 0), 1))]
            concept_cases.append("WHEN %s THEN %s")
            params_concept += [term, number]
    one_term_each = all(len(concept.terms) == 1 for concept in query.concepts)
    if one_term_each:  # (term, document) is unique: one row per matched concept
        matched, in_title, params_counts = (
            "COUNT(*)", "SUM(CASE WHEN p.in_title THEN 1 ELSE 0 END)", [])
    else:
        concept = f"CASE p.term {' '.join(concept_cases)} END"
        matched = f"COUNT(DISTINCT {concept})"
        in_title = f"COUNT(DISTINCT CASE WHEN p.in_title THEN {concept} END)"
        params_counts = params_concept + params_concept
    driver, params_driver = "", []
    if one_term_each and query.required == len(query.concepts) and len(terms) > 1:
        # Every term is required: only the documents with the rarest one can match, so
        # only their postings are aggregated (through the (term, document) index).
        rarest = min(terms, key=lambda term: query.df.get(term, 0))
        driver = f"AND p.document_id IN (SELECT r.document_id FROM {posting} r WHERE r.term = %s)"
        params_driver = [rarest]
    if len(terms) == 1:  # one term: one posting per document, nothing to aggregate
        sql = f"""
        SELECT p.document_id, p.weight AS score, 1 AS matched,
               CASE WHEN p.in_title THEN 1 ELSE 0 END AS in_title
        FROM {posting} p
        WHERE p.term = %s"""
        return sql, terms
    sql = f"""
        SELECT p.document_id,
               SUM(p.weight * CASE p.term {' '.join(idf_cases)} END) AS score,
               {matched} AS matched, {in_title} AS in_title
        FROM {posting} p
        WHERE p.term IN ({', '.join(['%s'] * len(terms))}) {driver}
        GROUP BY p.document_id
        HAVING {matched} >= %s"""
    params = (params_idf + params_counts + terms + params_driver
              + (params_concept if not one_term_each else []) + [query.required])
    return sql, params


def _facet_condition(filters: dict[str, str], except_facet: str | None = None):
    """SQL (on the matched rows `a`) for every facet filter but `except_facet`."""
    parts, params = [], []
    for facet, value in filters.items():
        if facet == except_facet:
            continue
        column = FACET_FIELDS[facet]
        if column in LISTED_FACETS:
            parts.append(f"a.{column} LIKE %s")
            params.append(f"%|{value}|%")
        elif column == "year":
            parts.append("a.year = %s")
            params.append(int(value))
        else:
            parts.append(f"a.{column} = %s")
            params.append(value)
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def _statement(query: EngineQuery) -> tuple[str, list]:
    """
    The whole search as one statement, the same on SQLite and PostgreSQL: the matching
    visible documents are computed once (a materialised CTE `a`: postings aggregated per
    document id first, through the covering (term, document, ...) index, then joined to
    the documents with a CROSS JOIN, which keeps the postings as SQLite's outer loop
    instead of walking every document; PostgreSQL plans it as any join); from them, in
    one UNION ALL, the requested page of hits, the total, and each facet's counts under
    every *other* facet's filter (so a value's count is what its link will show). Listed
    facets (topics, regions, regulations: "|a|b|") are grouped by their stored string and
    split in Python, never one row per match.
    """
    posting, document = SearchPosting._meta.db_table, SearchDocument._meta.db_table
    visibility, params_visibility = "", []
    if not query.sees_all_private:
        visibility = "AND (d.private_region_id IS NULL"
        if query.viewer_region_id:
            visibility += " OR d.private_region_id = %s"
            params_visibility.append(query.viewer_region_id)
        visibility += ")"
    day = "COALESCE(CAST(REPLACE(CAST(d.date AS TEXT), '-', '') AS INTEGER), 0)"
    if query.concepts:
        aggregate, params_aggregate = _aggregate_sql(query, posting)
        matched = f"""
            SELECT d.key, d.kind, d.year, {day} AS day, d.topics, d.regions, d.regulations,
                   agg.score * (1 + %s * agg.in_title) AS score, agg.matched AS matched
            FROM ({aggregate}) agg CROSS JOIN {document} d
            WHERE d.id = agg.document_id {visibility}"""
        params = [TITLE_BONUS / len(query.concepts)] + params_aggregate + params_visibility
    else:  # browsing a facet (e.g. ?topik=sipd) without words
        matched = f"""
            SELECT d.key, d.kind, d.year, {day} AS day, d.topics, d.regions, d.regulations,
                   0.0 AS score, 0 AS matched
            FROM {document} d WHERE 1 = 1 {visibility}"""
        params = list(params_visibility)
    order = ("a.day DESC, a.score DESC, a.key" if query.sort == "date"
             else "a.matched DESC, a.score DESC, a.day DESC, a.key")
    where_all, params_all = _facet_condition(query.filters)
    none = "CAST(NULL AS BIGINT)"
    branches = [f"""
        SELECT 'hit' AS part, h.key AS value, h.matched AS n, h.score AS score, h.day AS day
        FROM (SELECT a.key, a.matched, a.score, a.day FROM a {where_all}
              ORDER BY {order} LIMIT %s OFFSET %s) h""",
                f"""
        SELECT 'total', CAST(NULL AS VARCHAR(40)), COUNT(*), CAST(NULL AS FLOAT), {none}
        FROM a {where_all}"""]
    params_branches = params_all + [query.limit, query.offset] + params_all
    for facet, column in FACET_FIELDS.items():
        where, params_where = _facet_condition(query.filters, except_facet=facet)
        value = "CAST(a.year AS VARCHAR(10))" if column == "year" else f"a.{column}"
        branches.append(f"""
        SELECT '{facet}', {value}, COUNT(*), CAST(NULL AS FLOAT), {none}
        FROM a {where} GROUP BY {value}""")
        params_branches += params_where
    sql = (f"WITH a AS MATERIALIZED ({matched}\n)\n"
           + "\nUNION ALL".join(branches))
    return sql, params + params_branches


def search(query: EngineQuery) -> EngineResult:
    sql, params = _statement(query)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    hits, total = [], 0
    facets: dict[str, dict[str, int]] = {facet: {} for facet in FACET_FIELDS}
    for part, value, n, score, day in rows:
        if part == "hit":
            hits.append((value, n, score, day))
        elif part == "total":
            total = n
        elif value not in (None, ""):
            bucket = facets[part]
            values = value.split("|") if FACET_FIELDS[part] in LISTED_FACETS else [value]
            for v in values:
                if v:
                    bucket[v] = bucket.get(v, 0) + n
    # The page's order again (UNION ALL keeps no order): the same keys as the SQL.
    if query.sort == "date":
        hits.sort(key=lambda h: (-h[3], -h[2], h[0]))
    else:
        hits.sort(key=lambda h: (-h[1], -h[2], -h[3], h[0]))
    return EngineResult(keys=[h[0] for h in hits], total=total, facets=facets)
