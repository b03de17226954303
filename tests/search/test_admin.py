"""
Search in the Wagtail admin: the "Search queries" report (organisers only) with its
downloads, the synonym snippet (a group saved or deleted there changes what a search
finds at once), promoted results, and the "Search" menu.
"""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from search.models import QueryLog, SynonymGroup
from search.querylog import period_start, top_queries
from search.service import SearchParams, search

REPORT = "/admin/reports/search-queries/"
SYNONYMS = "/admin/snippets/search/synonymgroup/"
SULSEL_CASE = "/studi-kasus/sulsel-spbe-di-hampir-semua-opd/"


@pytest.fixture
def logged(db):
    """A fresh query log: searches today, ten days ago and two hundred days ago."""
    QueryLog.objects.all().delete()
    today = timezone.localdate()
    for query, days_ago, searches, zero, last in [
        ("sipd baubau", 0, 9, 0, 14),
        ("spbe", 0, 4, 0, 21),
        ("tunjangan kinerja", 0, 3, 3, 0),
        ("sekolah lapang", 10, 2, 2, 0),
        ("rapat koordinasi", 200, 30, 30, 0),
    ]:
        QueryLog.objects.create(query=query, day=today - datetime.timedelta(days=days_ago),
                                searches=searches, zero_result_searches=zero,
                                last_result_count=last)
    return today


def signed_in(client, django_user_model, username):
    client.force_login(django_user_model.objects.get(username=username))
    return client


def table(body: str, name: str) -> str:
    start = body.index(f'data-report="{name}"')
    return body[start:body.index("</table>", start)]


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["penyelenggara", "admin"])
def test_the_report_shows_top_and_zero_result_queries_to_organisers(
        client, django_user_model, logged, username):
    response = signed_in(client, django_user_model, username).get(REPORT)
    assert response.status_code == 200
    body = response.content.decode()
    top, zero = table(body, "top"), table(body, "zero")
    # Last 30 days by default, most searched first, each linking to its results page.
    assert top.index("sipd baubau") < top.index("spbe") < top.index("tunjangan kinerja")
    assert 'href="/cari/?q=sipd+baubau"' in top
    assert "sekolah lapang" in top and "rapat koordinasi" not in body
    assert "tunjangan kinerja" in zero and "sekolah lapang" in zero
    assert "sipd baubau" not in zero and "spbe" not in zero
    assert 'href="/cari/?q=tunjangan+kinerja"' in zero


@pytest.mark.django_db
@pytest.mark.parametrize("period, shown, hidden", [
    ("7", ["sipd baubau", "tunjangan kinerja"], ["sekolah lapang", "rapat koordinasi"]),
    ("30", ["sekolah lapang"], ["rapat koordinasi"]),
    ("365", ["sekolah lapang", "rapat koordinasi"], []),
    ("12", ["sekolah lapang"], ["rapat koordinasi"]),  # not offered: the default, 30 days
    ("x'; --", ["sekolah lapang"], ["rapat koordinasi"]),
])
def test_the_period_filter(client, django_user_model, logged, period, shown, hidden):
    response = signed_in(client, django_user_model, "penyelenggara").get(
        REPORT, {"periode": period})
    assert response.status_code == 200
    body = response.content.decode()
    assert all(query in body for query in shown)
    assert not [query for query in hidden if query in body]


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["fasilitator", "koordinator.konut", "peserta", None])
@pytest.mark.parametrize("url", [REPORT, REPORT + "unduh.csv", REPORT + "unduh.xlsx"])
def test_the_report_is_refused_to_everyone_else(client, django_user_model, logged,
                                                username, url):
    if username:
        signed_in(client, django_user_model, username)
    response = client.get(url)
    assert response.status_code == 302
    if username == "fasilitator":  # may use the admin: Wagtail's "no permission" redirect
        assert response["Location"] == "/admin/"
    else:
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_the_csv_download_holds_every_query_of_the_period(client, django_user_model, logged):
    response = signed_in(client, django_user_model, "penyelenggara").get(
        REPORT + "unduh.csv", {"periode": "30"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    expected = [[row.query, str(row.searches), str(row.zero_result_searches),
                 str(row.last_result_count), row.last_day.isoformat()]
                for row in top_queries(period_start(30), limit=None)]
    assert len(rows[0]) == 5
    assert rows[1:] == expected
    assert [row[0] for row in rows[1:]] == ["sipd baubau", "spbe", "tunjangan kinerja",
                                            "sekolah lapang"]


@pytest.mark.django_db
def test_the_xlsx_download_holds_the_same_rows(client, django_user_model, logged):
    response = signed_in(client, django_user_model, "admin").get(
        REPORT + "unduh.xlsx", {"periode": "7"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = list(workbook.active.iter_rows(values_only=True))
    assert [row[:4] for row in values[1:]] == [
        ("sipd baubau", 9, 0, 14), ("spbe", 4, 0, 21), ("tunjangan kinerja", 3, 3, 0)]


def finds(user, query: str) -> list[str]:
    return [hit.url for hit in search(SearchParams(q=query), user).hits]


@pytest.mark.django_db
def test_a_synonym_saved_or_deleted_in_the_admin_changes_the_search_at_once(
        client, django_user_model, django_capture_on_commit_callbacks):
    """The demo's "Wagub, Wakil Gubernur": the Sulsel case study says only the latter."""
    organiser = django_user_model.objects.get(username="penyelenggara")
    client.force_login(organiser)
    group = SynonymGroup.objects.get(terms__istartswith="Wagub,")
    assert SULSEL_CASE in finds(organiser, "wagub")

    listing = client.get(SYNONYMS, {"q": "gubernur"})
    assert listing.status_code == 200
    assert "Wakil Gubernur" in listing.content.decode()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(f"{SYNONYMS}delete/{group.pk}/")
    assert response.status_code == 302 and len(callbacks) == 1
    assert not SynonymGroup.objects.filter(pk=group.pk).exists()
    assert SULSEL_CASE not in finds(organiser, "wagub")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(f"{SYNONYMS}add/", {"terms": "Wagub, Wakil Gubernur",
                                                   "note": "Wakil gubernur"})
    assert response.status_code == 302 and len(callbacks) == 1
    assert SynonymGroup.objects.filter(terms="Wagub, Wakil Gubernur").exists()
    assert SULSEL_CASE in finds(organiser, "wagub")
    assert SULSEL_CASE in finds(organiser, "Wakil Gubernur")


@pytest.mark.django_db
def test_changes_in_one_transaction_rebuild_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        first = SynonymGroup.objects.create(terms="SIMPEG, Sistem Informasi Kepegawaian")
        SynonymGroup.objects.create(terms="tukin, tunjangan kinerja")
        first.delete()
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_trainers_cannot_edit_synonyms(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="fasilitator"))
    before = SynonymGroup.objects.count()
    assert client.get(SYNONYMS).status_code == 302
    response = client.post(f"{SYNONYMS}add/", {"terms": "x, y", "note": ""})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert SynonymGroup.objects.count() == before


@pytest.mark.django_db
def test_the_demo_ships_synonyms_and_promoted_results():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    assert SynonymGroup.objects.count() >= 30
    firsts = {group.term_list()[0] for group in SynonymGroup.objects.all()}
    assert {"SIPD", "SPBE", "OPD", "ASN", "bimtek", "Konut", "studi banding"} <= firsts
    promoted = dict(SearchPromotion.objects.values_list("query__query_string", "page__slug"))
    assert promoted["sipd"] == "baubau-menerapkan-sipd"
    assert promoted["studi banding"] == "tujuh-langkah-studi-banding-yang-berbuah-hasil"


@pytest.mark.django_db
def test_seeding_again_changes_nothing_and_keeps_admin_edits():
    from lms.demo.data.search import seed_search
    from lms.demo.loader import Counter

    group = SynonymGroup.objects.get(terms__istartswith="SIPD,")
    group.terms = "SIPD, Sistem Informasi Pemerintahan Daerah, SIPD RI"
    group.save()
    counter = Counter()
    seed_search(counter)
    assert counter.created == {"search synonym groups": 0, "promoted search results": 0}
    group.refresh_from_db()
    assert group.terms.endswith("SIPD RI")


@pytest.mark.django_db
def test_organisers_get_the_search_menu_and_trainers_do_not(client, django_user_model):
    links = [SYNONYMS, "/admin/searchpicks/", REPORT]
    client.force_login(django_user_model.objects.get(username="penyelenggara"))
    body = client.get("/admin/").content.decode()
    assert all(link in body for link in links)
    assert client.get("/admin/searchpicks/").status_code == 200

    client.force_login(django_user_model.objects.get(username="fasilitator"))
    body = client.get("/admin/").content.decode()
    assert not [link for link in links if link in body]
    assert client.get("/admin/searchpicks/").status_code == 302
