"""
The library's topic page (topik/<slug>/) with "Who has solved this?", the regulation
page (regulasi/<pk>/) and the ranking itself (search.solvers.who_has_solved).

In the demo, Kota Baubau has one SIPD case study with results and hosted two SIPD
programmes (2 + 2 points); Kabupaten Tuban one case study with results and one
programme (2 + 1).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casestudies.models import ArticlePage, CaseStudyPage
from directory.models import Regulation, Topic
from search.solvers import who_has_solved
from training.models import Programme

SIPD_CASE = "baubau-menerapkan-sipd"
TUBAN_CASE = "tuban-mendampingi-baubau-sipd"


def case(slug: str) -> CaseStudyPage:
    return CaseStudyPage.objects.get(slug=slug)


def solvers_section(body: str) -> str:
    start = body.index('class="section section--band solvers-section"')
    return body[start:body.index("</section>", start)]


@pytest.mark.django_db
def test_sipd_topic_page_ranks_baubau_first_with_links_to_its_case_studies(client):
    response = client.get("/topik/sipd/")
    assert response.status_code == 200
    solvers = response.context["solvers"]
    assert [s.region.slug for s in solvers[:2]] == ["kota-baubau", "kab-tuban"]
    section = solvers_section(response.content.decode())
    assert section.index("Kota Baubau") < section.index("Kabupaten Tuban")
    baubau = section[section.index("Kota Baubau"):section.index("Kabupaten Tuban")]
    assert f'href="{case(SIPD_CASE).url}"' in baubau
    for programme in Programme.objects.filter(published=True, topics__slug="sipd",
                                              host_region__slug="kota-baubau"):
        assert f'href="/program/{programme.slug}/"' in baubau


@pytest.mark.django_db
def test_topic_page_lists_the_topics_library_and_links_to_the_filtered_search(client):
    topic = Topic.objects.get(slug="sipd")
    body = client.get("/topik/sipd/").content.decode()
    assert topic.name in body and topic.description[:40] in body
    for page in CaseStudyPage.objects.live().filter(topics=topic, private_to_region=False):
        assert page.url in body
    for page in ArticlePage.objects.live().filter(topics=topic):
        assert page.url in body
    for programme in Programme.objects.filter(published=True, topics=topic):
        assert f"/program/{programme.slug}/" in body
    assert 'href="/cari/?topik=sipd"' in body


@pytest.mark.django_db
def test_unknown_topic_and_regulation_are_404(client):
    assert client.get("/topik/tidak-ada/").status_code == 404
    assert client.get("/regulasi/999999/").status_code == 404


@pytest.mark.django_db
def test_score_counts_a_case_study_with_results_double_and_each_programme_hosted(
        client, django_capture_on_commit_callbacks):
    solvers = {s.region.slug: s for s in who_has_solved(Topic.objects.get(slug="sipd"))}
    baubau, tuban = solvers["kota-baubau"], solvers["kab-tuban"]
    assert (baubau.case_study_count, baubau.with_results_count, baubau.programmes_hosted) == (
        1, 1, 2)
    assert (baubau.score, tuban.score) == (4, 3)

    study = case(TUBAN_CASE)
    study.results = []
    with django_capture_on_commit_callbacks(execute=True):  # the index updates on commit
        study.save_revision().publish()
    tuban = {s.region.slug: s for s in who_has_solved(Topic.objects.get(slug="sipd"))}[
        "kab-tuban"]
    assert (tuban.with_results_count, tuban.score) == (0, 2)


@pytest.mark.django_db
def test_drafts_and_case_studies_internal_to_a_region_never_count(
        client, django_capture_on_commit_callbacks):
    url = case(SIPD_CASE).url
    study = case(SIPD_CASE)
    study.private_to_region = True
    with django_capture_on_commit_callbacks(execute=True):  # the index updates on commit
        study.save_revision().publish()
    body = client.get("/topik/sipd/").content.decode()
    assert url not in body
    baubau = {s.region.slug: s for s in who_has_solved(Topic.objects.get(slug="sipd"))}[
        "kota-baubau"]
    assert (baubau.case_study_count, baubau.case_studies) == (0, [])

    with django_capture_on_commit_callbacks(execute=True):
        case(TUBAN_CASE).unpublish()
    assert case(TUBAN_CASE).url not in client.get("/topik/sipd/").content.decode()
    tuban = {s.region.slug: s for s in who_has_solved(Topic.objects.get(slug="sipd"))}[
        "kab-tuban"]  # still there: it hosted a programme
    assert (tuban.case_study_count, tuban.programmes_hosted, tuban.score) == (0, 1, 1)


@pytest.mark.django_db
def test_who_has_solved_takes_the_same_number_of_queries_for_any_topic():
    counts = []
    for slug in ["sipd", "e-government", "smart-city"]:
        topic = Topic.objects.get(slug=slug)
        with CaptureQueriesContext(connection) as queries:
            solvers = who_has_solved(topic)
        assert solvers
        counts.append(len(queries))
    assert len(set(counts)) == 1 and counts[0] <= 3, counts


@pytest.mark.django_db
def test_regulation_page_shows_the_regulation_and_the_case_studies_citing_it(client):
    regulation = Regulation.objects.get(short_name="Permendagri 70/2019")
    response = client.get(f"/regulasi/{regulation.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert regulation.short_name in body and regulation.title in body
    assert f"{regulation.number}/{regulation.year}" in body and regulation.issuer in body
    if regulation.url:
        assert f'href="{regulation.url}"' in body
    assert case(SIPD_CASE).url in body
    assert f'href="/cari/?regulasi={regulation.pk}"' in body
