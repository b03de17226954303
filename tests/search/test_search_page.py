"""The site-wide search page over published pages (Wagtail's database backend)."""

import pytest

from casestudies.models import CaseStudyPage

SIPD_SLUG = "baubau-menerapkan-sipd"


def results_of(client, query: str, **params) -> str:
    response = client.get("/cari/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["SIPD", "sistem informasi pemerintah daerah"])
def test_finds_the_baubau_sipd_case_study(client, query):
    case = CaseStudyPage.objects.live().get(slug=SIPD_SLUG)
    assert case.url in results_of(client, query)


@pytest.mark.django_db
def test_finds_nothing_for_unknown_words_and_says_so(client):
    body = results_of(client, "zzqx-tidak-ada-kata-ini")
    assert CaseStudyPage.objects.live().get(slug=SIPD_SLUG).url not in body
    assert 'class="empty-state"' in body
    assert 'class="search-result"' not in body


@pytest.mark.django_db
def test_drafts_are_never_found(client, django_capture_on_commit_callbacks):
    case = CaseStudyPage.objects.live().get(slug=SIPD_SLUG)
    url = case.url
    with django_capture_on_commit_callbacks(execute=True):  # the index updates on commit
        case.unpublish()
    assert url not in results_of(client, "SIPD")


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "", "a" * 1000, "🙂 sipd", "\"sipd'", "'; DROP TABLE wagtailcore_page; --", "%", "\\",
])
def test_odd_input_never_fails(client, query):
    results_of(client, query)
    results_of(client, query, page="x")
