"""
The results page (cari/) and the suggestions (cari/saran/) against the demo index:
facet counts equal the results their links lead to, sorting by date, pagination past
the end, highlights, typo corrections, "Who has solved this?" and the JSON shape.
"""

import html
import re
from urllib.parse import parse_qs

import pytest

from casestudies.models import CaseStudyPage

SIPD_CASE = "baubau-menerapkan-sipd"
FACET_LINK_RE = re.compile(r'<a class="facet__link" href="\?([^"]*)" data-count="(\d+)"(>| aria)')


def get(client, params: dict | str):
    url = f"/cari/?{params}" if isinstance(params, str) else "/cari/"
    response = client.get(url, params if isinstance(params, dict) else None)
    assert response.status_code == 200
    return response


def facet_links(body: str, selected: bool = False) -> list[tuple[str, int]]:
    """(querystring, count) of each facet value link, unselected ones (or selected ones)."""
    return [(html.unescape(qs), int(count)) for qs, count, after in FACET_LINK_RE.findall(body)
            if (after == " aria") == selected]


def sipd_case_url() -> str:
    return CaseStudyPage.objects.live().get(slug=SIPD_CASE).url


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["q=sipd", "q=menerapkan+sipd", "topik=sipd",
                                   "q=baubau&jenis=casestudy"])
def test_each_facet_count_is_the_number_of_results_its_link_finds(client, start):
    response = get(client, start)
    body = response.content.decode()
    # A selected value counts the results shown; its link removes it.
    for _querystring, count in facet_links(body, selected=True):
        assert count == response.context["results"].total
    links = facet_links(body)
    facets = set().union(*(parse_qs(qs) for qs, _count in links)) - {"q"}
    assert len(links) >= 4 and len(facets) >= 3, links
    for querystring, count in links:
        followed = get(client, querystring)
        assert followed.context["results"].total == count, querystring


@pytest.mark.django_db
def test_a_selected_facet_is_marked_and_its_link_removes_it(client):
    body = get(client, "q=sipd&jenis=casestudy").content.decode()
    selected = re.findall(r'<a class="facet__link" href="\?([^"]*)" data-count="\d+" '
                          r'aria-current="true"', body)
    assert len(selected) == 1
    assert "jenis" not in parse_qs(html.unescape(selected[0]))
    assert parse_qs(html.unescape(selected[0]))["q"] == ["sipd"]
    # The "clear all filters" link keeps the words and drops every filter.
    clear = re.search(r'class="active-filters__clear" href="\?([^"]*)"', body).group(1)
    assert parse_qs(html.unescape(clear)) == {"q": ["sipd"]}


@pytest.mark.django_db
def test_newest_first_follows_the_sort_link_and_orders_by_date(client):
    body = get(client, "q=sipd").content.decode()
    link = re.search(r'class="sort-switch__link" href="\?([^"]*urut=terbaru[^"]*)"', body)
    assert link, "no link to sort by date"
    results = get(client, html.unescape(link.group(1))).context["results"]
    dates = [hit.date for hit in results.hits]
    assert len(dates) >= 5 and None not in dates
    assert dates == sorted(dates, reverse=True)
    assert results.params.sort == "date"


@pytest.mark.django_db
def test_pages_keep_the_query_and_a_page_past_the_end_shows_the_last_page(client):
    first = get(client, {"q": "sipd"})
    results = first.context["results"]
    assert results.num_pages >= 2
    next_link = re.search(r'rel="next" href="\?([^"]*)"', first.content.decode()).group(1)
    assert parse_qs(html.unescape(next_link)) == {"q": ["sipd"], "page": ["2"]}

    past = get(client, {"q": "sipd", "page": 99999})
    last = past.context["results"]
    assert last.page == results.num_pages and last.hits
    assert 'class="search-note"' in past.content.decode()
    seen = {hit.key for page in range(1, results.num_pages + 1)
            for hit in get(client, {"q": "sipd", "page": page}).context["results"].hits}
    assert len(seen) == results.total


@pytest.mark.django_db
def test_query_words_are_highlighted_in_titles_and_snippets(client):
    body = get(client, {"q": "menerapkan sipd"}).content.decode()
    assert re.search(r'class="search-result__title"><a href="[^"]+">[^<]*<mark>SIPD</mark>', body)
    assert re.search(r'class="search-result__text">[^<]*(<mark>[^<]*</mark>[^<]*)*'
                     r'<mark>menerapkan</mark>', body, re.IGNORECASE)
    assert sipd_case_url() in body


@pytest.mark.django_db
def test_a_typo_is_corrected_and_the_page_says_so(client):
    response = get(client, {"q": "sipdd"})
    assert response.context["results"].total > 0
    assert sipd_case_url() in response.content.decode()
    assert re.search(r'search-note--correction">[^<]*<strong>sipd</strong>',
                     response.content.decode())


@pytest.mark.django_db
def test_a_topic_search_shows_who_has_solved_it(client):
    body = get(client, {"q": "sipd"}).content.decode()
    panel = body[body.index('class="solvers-panel"'):body.index('class="search-results"')]
    assert panel.index("Kota Baubau") < panel.index("Kabupaten Tuban")
    assert sipd_case_url() in panel
    assert 'href="/topik/sipd/"' in panel


@pytest.mark.django_db
def test_no_result_says_so_with_suggestions_and_library_links(client):
    body = get(client, {"q": "kapal selam nuklir"}).content.decode()
    assert 'class="empty-state"' in body and 'class="search-result"' not in body
    assert 'href="/topik/sipd/"' in body
    assert 'class="browse-links__link"' in body


@pytest.mark.django_db
def test_an_empty_search_invites_a_query_without_facets(client):
    body = get(client, {}).content.decode()
    assert "empty-state" in body and "search-filters" not in body
    assert 'href="/topik/sipd/"' in body


@pytest.mark.django_db
def test_suggestions_answer_json_with_titles_urls_and_kinds(client):
    response = client.get("/cari/saran/", {"q": "sip"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "sip"
    assert 1 <= len(data["suggestions"]) <= 8
    for suggestion in data["suggestions"]:
        assert set(suggestion) == {"title", "url", "kind", "kind_label"}
        assert "sip" in suggestion["title"].lower() and suggestion["url"].startswith("/")
    assert sipd_case_url() in [s["url"] for s in data["suggestions"]]


@pytest.mark.django_db
def test_suggestions_cut_a_long_query_and_ignore_one_letter(client):
    long = client.get("/cari/saran/", {"q": "sipd " + "x" * 400}).json()
    assert len(long["query"]) == 200 and long["suggestions"] == []
    assert client.get("/cari/saran/", {"q": "s"}).json()["suggestions"] == []


@pytest.mark.django_db
def test_results_page_parts_are_labelled_for_assistive_technology(client):
    body = get(client, {"q": "sipd"}).content.decode()
    assert '<form class="search-form"' in body and 'role="search"' in body
    assert '<label class="search-form__label" for="search-q">' in body
    assert 'aria-labelledby="search-filters-title"' in body
    assert '<nav class="sort-switch" aria-label=' in body
    assert '<summary class="search-filters__toggle">' in body
