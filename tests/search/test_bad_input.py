"""
Whatever people type or put in the URL, cari/ and cari/saran/ answer 200 with a normal
page (or JSON), and nothing is logged at ERROR: empty and huge queries, emoji, stray
quotes, SQL and Elasticsearch syntax, control characters, unknown facet values, pages
out of range, an unknown sort.
"""

import logging

import pytest

from search.models import SearchDocument

QUERIES = [
    "", " ", "a" * 1000, "🙂🔍", '"sipd', "'",
    "'; DROP TABLE search_searchdocument; --", "1 OR 1=1",
    'title:(sipd AND) OR ~ * ? \\ / [ ] { } ^ "', "%", "sipd\x01\x02\x1b[31m\x7f\t\r\nspbe",
]
PARAMS = [
    {"q": "sipd", "jenis": "xyz", "topik": "tidak-ada", "tahun": "abc", "regulasi": "999999"},
    {"q": "sipd", "page": "99999"},
    {"q": "sipd", "page": "-1"},
    {"q": "sipd", "urut": "random"},
    {"q": "sipd", "page": "abc", "tahun": "99999999999999999999", "daerah": "../../etc"},
]
CASES = [{"q": q} for q in QUERIES] + PARAMS
IDS = [repr(case)[:60] for case in CASES]


@pytest.mark.django_db
@pytest.mark.parametrize("params", CASES, ids=IDS)
def test_results_page_answers_200_and_logs_no_error(client, caplog, params):
    with caplog.at_level(logging.ERROR):
        response = client.get("/cari/", params)
    assert response.status_code == 200
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    body = response.content.decode()
    assert '<form class="search-form"' in body
    assert SearchDocument.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("params", CASES, ids=IDS)
def test_suggestions_answer_200_json_and_log_no_error(client, caplog, params):
    with caplog.at_level(logging.ERROR):
        response = client.get("/cari/saran/", params)
    assert response.status_code == 200
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    data = response.json()
    assert isinstance(data["suggestions"], list) and len(data["query"]) <= 200


@pytest.mark.django_db
@pytest.mark.parametrize("params", [PARAMS[0], PARAMS[1], {"q": "a" * 1000}])
def test_what_was_changed_or_ignored_is_said_on_the_page(client, params):
    response = client.get("/cari/", params)
    assert response.status_code == 200
    assert response.context["results"].messages
    assert 'class="search-note"' in response.content.decode()


@pytest.mark.django_db
def test_malformed_filter_values_are_ignored_and_unknown_ones_can_be_removed(client):
    plain = client.get("/cari/", {"q": "sipd"}).context["results"].total
    malformed = client.get("/cari/", {"q": "sipd", "jenis": "xyz", "tahun": "abc"})
    assert malformed.context["results"].total == plain
    assert malformed.context["results"].params.filters == {}

    unknown = client.get("/cari/", PARAMS[0])
    body = unknown.content.decode()
    for facet, value in unknown.context["results"].params.filters.items():
        # A well-formed value that names nothing is either ignored or shown as an active
        # filter whose link removes it.
        assert f">{value}" in body or value in body, facet
        assert 'class="active-filter"' in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/cari/", "/cari/saran/"])
def test_control_characters_and_nul_never_reach_the_database(client, caplog, path):
    with caplog.at_level(logging.ERROR):
        response = client.get(path, {"q": "si\x00pd\x00"})
    assert response.status_code == 200
    assert not caplog.records
