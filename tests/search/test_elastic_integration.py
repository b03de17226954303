"""
The Elasticsearch backend against a real server: set ELASTICSEARCH_URL (e.g.
http://127.0.0.1:9200, `docker compose up elasticsearch`) to run these. They build their
own index (a random name, so they never touch the site's) from the demo content and
delete it at the end.
"""

import os
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import override_settings

from casestudies.models import CaseStudyPage
from directory.models import Region
from search import elastic, engine, indexer, service
from search.analysis import parse_query
from search.engine import EngineQuery

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
    ),
]

SIPD_SLUG = "baubau-menerapkan-sipd"


@pytest.fixture(scope="module")
def es_index(django_db_setup, django_db_blocker):
    """A fresh index of the demo records, behind its own alias, for this module."""
    name = f"lintas-test-{uuid.uuid4().hex[:10]}"
    with override_settings(ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"],
                           ELASTICSEARCH_INDEX=name):
        with django_db_blocker.unblock():
            records = list(indexer.all_records())
            count = elastic.rebuild(records, indexer.load_synonyms())
        try:
            yield {"name": name, "count": count, "records": records}
        finally:
            elastic.delete_all()


def refresh(name: str) -> None:
    elastic.client().indices.refresh(index=name)


def run(text: str, **options) -> engine.EngineResult:
    compiled = service.synonyms()
    concepts = parse_query(text, compiled)
    df = engine.document_frequencies({t for c in concepts for t in c.terms})
    equery = EngineQuery(concepts=concepts, raw=text, df=df, **options)
    return elastic.search(equery, compiled)


def sipd_case() -> CaseStudyPage:
    return CaseStudyPage.objects.live().get(slug=SIPD_SLUG)


@pytest.mark.django_db
def test_rebuild_loads_every_record_behind_the_alias(es_index):
    es = elastic.client()
    assert es_index["count"] == len(es_index["records"]) > 0
    aliased = list(es.indices.get_alias(name=es_index["name"]))
    assert len(aliased) == 1 and aliased[0].startswith(es_index["name"] + "-")
    assert es.count(index=es_index["name"])["count"] == es_index["count"]


@pytest.mark.django_db
def test_a_second_rebuild_moves_the_alias_and_deletes_the_old_index(es_index):
    es = elastic.client()
    before = list(es.indices.get_alias(name=es_index["name"]))
    assert elastic.rebuild(es_index["records"], indexer.load_synonyms()) == es_index["count"]
    after = list(es.indices.get_alias(name=es_index["name"]))
    assert len(after) == 1 and after != before
    assert not es.indices.exists(index=before[0])


@pytest.mark.django_db
def test_menerapkan_sipd_finds_the_baubau_case_study_first(es_index):
    results = service.search(service.SearchParams(q="menerapkan sipd"), AnonymousUser())
    assert results.backend == "elasticsearch"
    assert sipd_case().url in [hit.url for hit in results.hits[:3]]


@pytest.mark.django_db
def test_the_acronym_and_its_expansion_find_the_same_case_study(es_index):
    url = sipd_case().url
    for query in ("SIPD", "sistem informasi pemerintahan daerah"):
        results = service.search(service.SearchParams(q=query), AnonymousUser())
        assert results.backend == "elasticsearch"
        assert url in [hit.url for hit in results.hits], query


@pytest.mark.django_db
def test_matches_what_the_database_backend_matches(es_index):
    compiled = service.synonyms()
    concepts = parse_query("sipd", compiled)
    df = engine.document_frequencies({t for c in concepts for t in c.terms})
    equery = EngineQuery(concepts=concepts, raw="sipd", df=df, limit=500)
    assert set(elastic.search(equery, compiled).keys) == set(engine.search(equery).keys)


@pytest.mark.django_db
def test_facet_counts_add_up_and_filters_agree_with_them(es_index):
    result = run("sipd", limit=100)
    assert result.total == len(result.keys) > 0
    assert sum(result.facets["type"].values()) == result.total
    for kind, count in result.facets["type"].items():
        assert run("sipd", filters={"type": kind}, limit=100).total == count
    year, count = next(iter(result.facets["year"].items()))
    assert year.isdigit()
    assert run("sipd", filters={"year": year}).total == count


@pytest.mark.django_db
def test_highlights_mark_the_matched_words(es_index):
    result = run("menerapkan sipd")
    assert result.highlights
    assert all("<mark>" in snippet for snippet in result.highlights.values())
    assert not any("<script" in snippet for snippet in result.highlights.values())


@pytest.mark.django_db
def test_a_typo_still_finds_the_case_study(es_index):
    key = f"page:{sipd_case().pk}"
    assert key in run("informsi baubau").keys  # informasi, one letter left out


@pytest.mark.django_db
def test_a_private_record_is_seen_by_its_region_and_organisers_only(es_index):
    region = Region.objects.order_by("pk").first()
    record = indexer.DocumentRecord(
        key="page:987654", kind="casestudy", url="/internal/", title="Catatan internal zqxsipd",
        private_region_id=region.pk,
    )
    elastic.sync([record])
    refresh(es_index["name"])
    try:
        assert record.key not in run("zqxsipd").keys
        assert record.key not in run("zqxsipd", viewer_region_id=region.pk + 1000).keys
        assert record.key in run("zqxsipd", viewer_region_id=region.pk).keys
        assert record.key in run("zqxsipd", sees_all_private=True).keys
    finally:
        elastic.sync([], [record.key])
        refresh(es_index["name"])
    assert record.key not in run("zqxsipd", sees_all_private=True).keys


@pytest.mark.django_db
def test_an_unpublished_case_study_leaves_the_index(es_index, django_capture_on_commit_callbacks):
    page = sipd_case()
    key = f"page:{page.pk}"
    record = indexer.record_for_page(page)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        refresh(es_index["name"])
        assert key not in run("menerapkan sipd", limit=100).keys
    finally:
        elastic.sync([record])  # the database rolls back; Elasticsearch does not
        refresh(es_index["name"])
    assert key in run("menerapkan sipd", limit=100).keys
