"""
The Elasticsearch backend without a server: the index settings and mapping, the request
bodies built for EngineQuerys, reading a response, and the fallback to the database
when the configured server cannot be reached (127.0.0.1:9, a closed port).
"""

import logging
import time

import pytest
from django.contrib.auth.models import AnonymousUser

from casestudies.models import CaseStudyPage
from search import elastic, indexer, service
from search.analysis import Synonyms, analyze, parse_query
from search.engine import EngineQuery
from search.models import SearchDocument, SynonymGroup

SIPD_SLUG = "baubau-menerapkan-sipd"
CLOSED_PORT = "http://127.0.0.1:9"
SIPD_GROUP = (1, ["SIPD", "Sistem Informasi Pemerintahan Daerah"])
OPD_GROUP = (2, ["OPD", "Organisasi Perangkat Daerah", "perangkat daerah"])


@pytest.fixture
def synonyms() -> Synonyms:
    return Synonyms.from_groups([SIPD_GROUP, OPD_GROUP])


def body_for(text: str, synonyms: Synonyms, **options) -> dict:
    equery = EngineQuery(concepts=parse_query(text, synonyms), raw=text, **options)
    return elastic.query_body(equery, synonyms)


def bool_query(body: dict) -> dict:
    return body["query"]["function_score"]["query"]["bool"]


def multi_matches(query: dict) -> list[dict]:
    """Every multi_match inside a (possibly nested) query, in order."""
    if "multi_match" in query:
        return [query["multi_match"]]
    found = []
    for value in query.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                found += multi_matches(item)
    return found


# --- index settings and mapping ---------------------------------------------------

def test_the_indonesian_analyzer_folds_stops_and_stems(synonyms):
    analysis = elastic.index_settings(synonyms)["analysis"]
    indonesian = analysis["analyzer"]["lintas_indonesian"]
    assert indonesian["tokenizer"] == "standard"
    assert indonesian["filter"][:2] == ["lowercase", "asciifolding"]
    filters = [analysis["filter"][name] for name in indonesian["filter"][2:]]
    assert {"type": "stop", "stopwords": "_indonesian_"} in filters
    assert {"type": "stemmer", "language": "indonesian"} in filters


def test_one_node_index_has_one_shard_and_no_replica(synonyms):
    settings = elastic.index_settings(synonyms)
    assert settings["number_of_shards"] == 1
    assert settings["number_of_replicas"] == 0


@pytest.mark.django_db
def test_the_synonym_filter_holds_the_stemmed_groups_from_the_database():
    SynonymGroup.objects.create(terms="SIPD, Sistem Informasi Pemerintahan Daerah")
    SynonymGroup.objects.create(terms="ASN, Aparatur Sipil Negara, pegawai negeri")
    compiled = indexer.load_synonyms()
    analysis = elastic.index_settings(compiled)["analysis"]
    search_analyzer = analysis["analyzer"]["lintas_stems_search"]
    assert search_analyzer["tokenizer"] == "whitespace"
    assert search_analyzer["filter"] == ["lowercase", "lintas_synonyms"]
    synonym_filter = analysis["filter"]["lintas_synonyms"]
    assert synonym_filter["type"] == "synonym_graph"
    assert synonym_filter["lenient"] is True
    lines = synonym_filter["synonyms"]
    assert "sipd, sistem informasi perintah daerah" in lines
    assert "aparatur sipil negara, asn, pegawai negeri" in lines
    # Every group of the database (the demo's too) is there, as the DB backend sees it.
    assert sorted(lines) == sorted(compiled.stem_lines())
    assert len(lines) == sum(
        1 for g in SynonymGroup.objects.all()
        if len({" ".join(analyze(v) or analyze(v, keep_stop_words=True))
                for v in g.term_list()} - {""}) > 1
    )


def test_without_synonym_groups_the_search_analyzer_has_no_empty_filter():
    analysis = elastic.index_settings(Synonyms())["analysis"]
    assert analysis["analyzer"]["lintas_stems_search"]["filter"] == ["lowercase"]
    assert "lintas_synonyms" not in analysis.get("filter", {})


def test_the_mapping_types_every_field():
    properties = elastic.mapping()["properties"]
    assert elastic.mapping()["dynamic"] == "strict"
    for name in ("key", "kind", "topics", "regions", "regulations"):
        assert properties[name] == {"type": "keyword"}
    assert properties["url"] == {"type": "keyword", "index": False}
    for name in ("title", "summary", "body", "meta"):
        assert properties[name] == {"type": "text", "analyzer": "lintas_indonesian"}
    for name in ("title_stems", "meta_stems", "summary_stems", "body_stems"):
        assert properties[name] == {"type": "text", "analyzer": "lintas_stems",
                                    "search_analyzer": "lintas_stems_search"}
    assert properties["year"]["type"] == "integer"
    assert properties["date"]["type"] == "date"
    assert properties["private_region"]["type"] == "integer"
    assert properties["boost"]["type"] == "float"
    assert properties["page_id"]["type"] == "integer"


@pytest.mark.django_db
def test_a_case_study_document_carries_stems_and_facets():
    page = CaseStudyPage.objects.live().get(slug=SIPD_SLUG)
    record = indexer.record_for_page(page)
    document = elastic.document_body(record)
    assert document["key"] == f"page:{page.pk}"
    assert document["kind"] == "casestudy"
    assert document["url"] == page.url
    assert document["title"] == page.title
    assert document["title_stems"] == " ".join(analyze(page.title))
    assert "terap" in document["title_stems"].split()  # menerapkan, Sastrawi's stem
    assert document["summary_stems"] == " ".join(analyze(page.summary))
    assert document["topics"] == [t.slug for t in page.topics.all()]
    assert document["regions"] == [page.region.slug]
    assert document["year"] == page.date.year
    assert document["date"] == page.date.isoformat()
    assert document["private_region"] is None
    assert document["boost"] == indexer.KIND_BOOST["casestudy"]
    assert document["page_id"] == page.pk
    # The mapping is strict: every field of a document must be mapped.
    assert set(document) <= set(elastic.mapping()["properties"])


def test_a_private_record_names_its_region():
    record = indexer.DocumentRecord(key="page:1", kind="casestudy", url="/x/", title="X",
                                    private_region_id=7)
    assert elastic.document_body(record)["private_region"] == 7


# --- query bodies -------------------------------------------------------------------

def test_one_word_is_one_multi_match_over_the_weighted_stem_fields(synonyms):
    must = bool_query(body_for("pelatihan", synonyms))["must"]
    assert len(must) == 1
    match = must[0]["multi_match"]
    assert match["query"] == "latih"
    assert match["fields"] == ["title_stems^8", "meta_stems^4", "summary_stems^2.5",
                               "body_stems^1"]
    assert match["type"] == "best_fields"
    assert match["fuzziness"] == "AUTO"  # df unknown: typos allowed


def test_a_word_the_index_knows_is_not_fuzzy(synonyms):
    body = body_for("menerapkan", synonyms, df={"terap": 12})
    match = bool_query(body)["must"][0]["multi_match"]
    assert match["query"] == "terap"
    assert "fuzziness" not in match  # "terap" must not also find "tetap"


def test_short_words_and_codes_are_never_fuzzy(synonyms):
    for text in ("desa", "2023", "e-gov"):
        for match in multi_matches(body_for(text, synonyms)["query"]):
            assert "fuzziness" not in match, text


def test_every_word_is_required(synonyms):
    must = bool_query(body_for("menerapkan pelatihan desa", synonyms))["must"]
    assert [m["multi_match"]["query"] for m in must] == ["terap", "latih", "desa"]


def test_the_relaxed_query_needs_all_words_but_one(synonyms):
    body = body_for("menerapkan pelatihan desa", synonyms, min_matched=2,
                    viewer_region_id=None, sees_all_private=False)
    query = bool_query(body)
    assert "must" not in query
    assert query["minimum_should_match"] == 2
    assert [m["multi_match"]["query"] for m in query["should"]] == ["terap", "latih", "desa"]
    # Visibility is still a filter, never one of the optional clauses.
    assert query["filter"] == [
        {"bool": {"must_not": [{"exists": {"field": "private_region"}}]}}
    ]


def test_the_relaxed_query_keeps_synonym_concepts_whole(synonyms):
    query = bool_query(body_for("SIPD pelatihan", synonyms, min_matched=1))
    assert query["minimum_should_match"] == 1
    assert len(query["should"]) == 2  # two concepts, the group one clause
    group = query["should"][0]["bool"]
    assert {m["multi_match"]["query"] for m in group["should"]} == {
        "sipd", "sistem informasi perintah daerah"}


def test_requiring_every_concept_is_not_relaxed(synonyms):
    for min_matched in (None, 3):
        query = bool_query(body_for("menerapkan pelatihan desa", synonyms,
                                    min_matched=min_matched))
        assert [m["multi_match"]["query"] for m in query["must"]] == [
            "terap", "latih", "desa"], min_matched
        assert "should" not in query and "minimum_should_match" not in query


def test_an_acronym_finds_its_expansion_as_a_phrase(synonyms):
    concept = bool_query(body_for("SIPD", synonyms))["must"]
    assert len(concept) == 1
    group = concept[0]["bool"]
    assert group["minimum_should_match"] == 1
    by_query = {m["multi_match"]["query"]: m["multi_match"] for m in group["should"]}
    assert set(by_query) == {"sipd", "sistem informasi perintah daerah"}
    assert len(group["should"]) == 2  # the group token only: "sipd" is not searched twice
    assert by_query["sistem informasi perintah daerah"]["type"] == "phrase"
    assert by_query["sipd"]["type"] == "best_fields"
    # Synonym variants are exact, never fuzzy.
    assert not any("fuzziness" in m for m in by_query.values())


def test_the_expansion_finds_the_acronym(synonyms):
    body = body_for("sistem informasi pemerintahan daerah", synonyms)
    must = bool_query(body)["must"]
    assert len(must) == 1  # one concept, not four words
    queries = {m["query"] for m in multi_matches(must[0])}
    assert queries == {"sipd", "sistem informasi perintah daerah"}


def test_a_concept_whose_group_is_gone_searches_its_own_words(synonyms):
    concepts = parse_query("sistem informasi pemerintahan daerah", synonyms)
    equery = EngineQuery(concepts=concepts, raw="x")
    body = elastic.query_body(equery, Synonyms())  # the group was deleted meanwhile
    match = bool_query(body)["must"][0]["multi_match"]
    assert match == match | {"query": "sistem informasi perintah daerah", "type": "phrase"}


FACET_TERMS = {
    "type": {"term": {"kind": "casestudy"}},
    "topic": {"term": {"topics": "sipd"}},
    "region": {"term": {"regions": "kota-baubau"}},
    "regulation": {"term": {"regulations": "3"}},
    "year": {"term": {"year": 2023}},
}
ALL_FILTERS = {"type": "casestudy", "topic": "sipd", "region": "kota-baubau",
               "regulation": "3", "year": "2023"}


def scope_filter(body: dict, facet: str) -> dict:
    """The filter of the aggregation that counts `facet` (all the other facets')."""
    return body["aggs"][f"{facet}_scope"]["filter"]


def test_filters_are_term_filters_on_the_facet_fields(synonyms):
    body = body_for("SIPD", synonyms, filters=ALL_FILTERS, sees_all_private=True)
    # Facet filters narrow the hits after the aggregations (post_filter), not the query.
    assert body["post_filter"] == {"bool": {"filter": list(FACET_TERMS.values())}}
    assert not bool_query(body).get("filter")


def test_an_unknown_facet_is_ignored_and_a_bad_year_matches_nothing(synonyms):
    body = body_for("SIPD", synonyms, filters={"colour": "red", "year": "19x"},
                    sees_all_private=True)
    assert body["post_filter"] == {"bool": {"filter": [{"match_none": {}}]}}
    assert not bool_query(body).get("filter")
    # The bad year narrows every other facet's counts, never the year facet's own.
    assert scope_filter(body, "year") == {"match_all": {}}
    for facet in ("type", "topic", "region", "regulation"):
        assert scope_filter(body, facet) == {"bool": {"filter": [{"match_none": {}}]}}


def test_without_filters_there_is_no_post_filter(synonyms):
    body = body_for("SIPD", synonyms, sees_all_private=True)
    assert "post_filter" not in body
    for facet in elastic.FACET_FIELDS:
        assert scope_filter(body, facet) == {"match_all": {}}


def test_each_facet_is_counted_under_every_other_facets_filter(synonyms):
    body = body_for("SIPD", synonyms, filters=ALL_FILTERS, viewer_region_id=None,
                    sees_all_private=False)
    assert body["post_filter"] == {"bool": {"filter": list(FACET_TERMS.values())}}
    for facet in elastic.FACET_FIELDS:
        others = [term for name, term in FACET_TERMS.items() if name != facet]
        assert scope_filter(body, facet) == {"bool": {"filter": others}}, facet
    # Visibility stays in the query: hits and every count see the same documents.
    public = {"bool": {"must_not": [{"exists": {"field": "private_region"}}]}}
    assert bool_query(body)["filter"] == [public]
    assert "private_region" not in str(body["post_filter"])
    assert "private_region" not in str(body["aggs"])


def test_one_facet_filter_leaves_its_own_count_unfiltered(synonyms):
    body = body_for("SIPD", synonyms, filters={"topic": "sipd"}, sees_all_private=True)
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"topics": "sipd"}}]}}
    assert scope_filter(body, "topic") == {"match_all": {}}
    for facet in ("type", "region", "regulation", "year"):
        assert scope_filter(body, facet) == {"bool": {"filter": [
            {"term": {"topics": "sipd"}}]}}, facet


def test_filters_alone_search_everything(synonyms):
    body = body_for("", synonyms, filters={"topic": "sipd"}, sees_all_private=True)
    assert bool_query(body)["must"] == [{"match_all": {}}]


def test_anonymous_visitors_see_public_records_only(synonyms):
    body = body_for("SIPD", synonyms, viewer_region_id=None, sees_all_private=False)
    assert bool_query(body)["filter"] == [
        {"bool": {"must_not": [{"exists": {"field": "private_region"}}]}}
    ]


def test_people_of_a_region_also_see_its_private_records(synonyms):
    body = body_for("SIPD", synonyms, viewer_region_id=7, sees_all_private=False)
    assert bool_query(body)["filter"] == [{"bool": {
        "should": [{"bool": {"must_not": [{"exists": {"field": "private_region"}}]}},
                   {"term": {"private_region": 7}}],
        "minimum_should_match": 1,
    }}]


def test_organisers_see_every_private_record(synonyms):
    body = body_for("SIPD", synonyms, viewer_region_id=None, sees_all_private=True)
    assert "filter" not in bool_query(body) or bool_query(body)["filter"] == []


def test_the_kind_boost_multiplies_the_score(synonyms):
    function_score = body_for("SIPD", synonyms)["query"]["function_score"]
    assert function_score["boost_mode"] == "multiply"
    assert function_score["functions"] == [
        {"field_value_factor": {"field": "boost", "missing": 1.0}}
    ]


def test_sort_by_relevance_or_by_date(synonyms):
    relevance = body_for("SIPD", synonyms)["sort"]
    assert relevance[0] == "_score"
    by_date = body_for("SIPD", synonyms, sort="date")["sort"]
    assert by_date[0] == {"date": {"order": "desc", "missing": "_last"}}
    assert by_date[-1] == {"key": "asc"}  # a stable order between equal dates


def test_pagination_is_from_and_size(synonyms):
    body = body_for("SIPD", synonyms, offset=20, limit=10)
    assert (body["from"], body["size"]) == (20, 10)
    assert body["track_total_hits"] is True


def test_a_page_past_the_result_window_only_counts(synonyms):
    body = body_for("SIPD", synonyms, offset=50_000, limit=10)
    assert body["size"] == 0  # Elasticsearch refuses from + size > 10,000


def test_every_facet_is_a_terms_aggregation(synonyms):
    aggs = body_for("SIPD", synonyms)["aggs"]
    fields = {"type": "kind", "topic": "topics", "region": "regions",
              "regulation": "regulations", "year": "year"}
    assert aggs == {
        f"{facet}_scope": {
            "filter": {"match_all": {}},
            "aggs": {facet: {"terms": {"field": field, "size": 50}}},
        }
        for facet, field in fields.items()
    }


def test_highlights_mark_the_words_in_escaped_html(synonyms):
    highlight = body_for("menerapkan SIPD", synonyms)["highlight"]
    assert highlight["pre_tags"] == ["<mark>"]
    assert highlight["post_tags"] == ["</mark>"]
    assert highlight["encoder"] == "html"
    assert highlight["fields"]["body"] == {"fragment_size": 180, "number_of_fragments": 1}
    assert "title" in highlight["fields"]
    # Marked in the Indonesian-analysed text: what was typed, and the synonyms.
    queries = {m["query"] for m in multi_matches(highlight["highlight_query"])}
    assert "Sistem Informasi Pemerintahan Daerah" in queries
    assert any(q.startswith("menerapkan SIPD") for q in queries)


def test_reading_a_response(synonyms):
    raw = {
        "hits": {"total": {"value": 2, "relation": "eq"}, "hits": [
            {"_id": "page:5", "_score": 3.0, "highlight": {
                "title": ["Baubau <mark>SIPD</mark>"],
                "body": ["… menerapkan <mark>SIPD</mark> &amp; …"]}},
            {"_id": "regulation:2", "_score": 1.0,
             "highlight": {"summary": ["<mark>SIPD</mark> rule"]}},
        ]},
        "aggregations": {
            "type_scope": {"doc_count": 3, "type": {"buckets": [
                {"key": "casestudy", "doc_count": 2},
                {"key": "regulation", "doc_count": 1}]}},
            "year_scope": {"doc_count": 2, "year": {"buckets": [
                {"key": 2023, "doc_count": 2}]}},
            "topic_scope": {"doc_count": 2, "topic": {"buckets": []}},
            "regulation_scope": {"doc_count": 2, "regulation": {"buckets": [
                {"key": "2", "doc_count": 1}]}},
            # region_scope missing: that facet reads as empty
        },
    }
    result = elastic.engine_result(raw)
    assert result.keys == ["page:5", "regulation:2"]
    assert result.total == 2
    # Counted in each facet's scope (other facets' filters), not over the 2 hits.
    assert result.facets["type"] == {"casestudy": 2, "regulation": 1}
    assert result.facets["year"] == {"2023": 2}  # facet values are strings
    assert result.facets["topic"] == {}
    assert result.facets["regulation"] == {"2": 1}
    assert result.facets["region"] == {}
    assert set(result.facets) == set(elastic.FACET_FIELDS)
    assert result.highlights == {"page:5": "… menerapkan <mark>SIPD</mark> &amp; …",
                                 "regulation:2": "<mark>SIPD</mark> rule"}


def test_configured_and_index_name(settings):
    settings.ELASTICSEARCH_URL = ""
    assert not elastic.configured()
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    assert elastic.configured()
    settings.ELASTICSEARCH_INDEX = "lintas-test-x"
    assert elastic.index_name() == "lintas-test-x"
    del settings.ELASTICSEARCH_INDEX
    assert elastic.index_name() == "lintas-search"
    assert body_for("SIPD", Synonyms())  # building a request needs no server


# --- Elasticsearch down ----------------------------------------------------------

def warnings_from(caplog, logger: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == logger and r.levelno == logging.WARNING]


@pytest.mark.django_db
def test_search_with_elasticsearch_down_answers_from_the_database(settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    case_url = CaseStudyPage.objects.live().get(slug=SIPD_SLUG).url
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        results = service.search(service.SearchParams(q="SIPD"), AnonymousUser())
    assert time.monotonic() - started < 3  # no retries, no long timeout
    assert results.backend == "database"
    assert case_url in [hit.url for hit in results.hits]
    assert results.total >= 1
    assert warnings_from(caplog, "search.service")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_a_malformed_url_also_falls_back(settings, caplog):
    settings.ELASTICSEARCH_URL = "elasticsearch:9200"  # no scheme
    with caplog.at_level(logging.WARNING):
        results = service.search(service.SearchParams(q="SIPD"), AnonymousUser())
    assert results.backend == "database"
    assert results.hits
    assert warnings_from(caplog, "search.service")


@pytest.mark.django_db
def test_the_backend_itself_raises_unavailable(settings, synonyms):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    equery = EngineQuery(concepts=parse_query("SIPD", synonyms), raw="SIPD")
    with pytest.raises(elastic.Unavailable):
        elastic.search(equery, synonyms)


@pytest.mark.django_db
def test_sync_with_elasticsearch_down_only_logs_a_warning(settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    record = indexer.record_for_page(CaseStudyPage.objects.live().get(slug=SIPD_SLUG))
    with caplog.at_level(logging.WARNING):
        elastic.sync([record], ["page:999999"])
    assert len(warnings_from(caplog, "search.elastic")) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_sync_of_nothing_sends_nothing(settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    with caplog.at_level(logging.WARNING):
        elastic.sync([], [])
    assert not caplog.records


@pytest.mark.django_db
def test_publishing_and_unpublishing_with_elasticsearch_down_work(
    settings, caplog, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    page = CaseStudyPage.objects.live().get(slug=SIPD_SLUG)
    key = f"page:{page.pk}"
    page.summary = page.summary + " Diperbarui."
    with caplog.at_level(logging.WARNING):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        assert page.live
        assert SearchDocument.objects.get(key=key).text.summary.endswith("Diperbarui.")
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
    assert not SearchDocument.objects.filter(key=key).exists()
    assert len(warnings_from(caplog, "search.elastic")) == 2  # one per change
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_rebuild_with_elasticsearch_down_raises_unavailable(settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    with pytest.raises(elastic.Unavailable):
        elastic.rebuild([], Synonyms())
