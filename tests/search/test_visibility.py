"""
Search shows only what the viewer may read: a draft never, a case study internal to
Kota Baubau only to Baubau's people and to organisers; unpublishing takes a page out of
the results at once, publishing puts it in.

The pages are built here through Wagtail's API (add_child, save_revision().publish()),
each with its own made-up word, so that a search for that word finds exactly them.
Indexing runs when the transaction commits (search.signals), so publishing and
unpublishing happen inside `django_capture_on_commit_callbacks(execute=True)`.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from directory.models import Participant, Region
from search.indexer import rebuild
from search.service import SearchParams, search

PRIVATE_WORD = "kvoxtrelintern"
DRAFT_WORD = "zumbraqdraf"
PUBLIC_WORD = "plindovterbit"


def user(username: str):
    """A fresh user object each time, so that no role or region is cached between calls."""
    return get_user_model().objects.get(username=username)


def keys_found(word: str, viewer) -> set[str]:
    results = search(SearchParams(q=word, per_page=50), viewer)
    return {hit.key for hit in results.hits}


def case_study(word: str, *, slug: str, private: bool = False) -> CaseStudyPage:
    """A case study of Kota Baubau about `word`, added as a draft (not yet published)."""
    page = CaseStudyPage(
        title=f"Uji pencarian {word}", slug=slug,
        region=Region.objects.get(slug="kota-baubau"), date=datetime.date(2024, 5, 2),
        summary=f"Catatan {word} untuk menguji hasil pencarian.",
        problem=f"<p>Masalah {word}.</p>",
        approach=[("step", {"title": "Langkah", "text": f"<p>Langkah {word}.</p>"})],
        private_to_region=private, live=False,
    )
    CaseStudyIndexPage.objects.get().add_child(instance=page)
    return page


def publish(page, capture) -> None:
    with capture(execute=True):
        page.save_revision().publish()


def unpublish(page, capture) -> None:
    live = CaseStudyPage.objects.get(pk=page.pk)  # publishing saved another instance
    assert live.live
    with capture(execute=True):
        live.unpublish()


@pytest.fixture
def baubau_participant():
    account = get_user_model().objects.create_user(username="peserta.baubau.uji", password="x")
    account.groups.set(Group.objects.filter(name="Peserta"))
    Participant.objects.create(user=account, full_name="Peserta Baubau Uji",
                               region=Region.objects.get(slug="kota-baubau"))
    return account


@pytest.fixture
def private_case(django_capture_on_commit_callbacks):
    page = case_study(PRIVATE_WORD, slug="uji-internal-baubau", private=True)
    publish(page, django_capture_on_commit_callbacks)
    return page


@pytest.fixture
def draft_case(django_capture_on_commit_callbacks):
    page = case_study(DRAFT_WORD, slug="uji-draf-baubau")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()  # a draft revision, never published
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, "peserta", "koordinator.malut"])
def test_a_case_study_internal_to_baubau_is_hidden_from_other_regions(private_case, username):
    viewer = AnonymousUser() if username is None else user(username)
    assert keys_found(PRIVATE_WORD, viewer) == set()


@pytest.mark.django_db
def test_baubau_people_and_organisers_find_the_internal_case_study(private_case,
                                                                   baubau_participant):
    key = f"page:{private_case.pk}"
    for viewer in [baubau_participant, user("fasilitator"), user("penyelenggara"),
                   user("admin")]:
        assert keys_found(PRIVATE_WORD, viewer) == {key}, viewer.username


@pytest.mark.django_db
def test_the_internal_case_study_is_never_suggested_to_other_regions(private_case):
    from search.service import suggest

    title = private_case.title
    assert all(s["title"] != title for s in suggest(PRIVATE_WORD, AnonymousUser()))
    assert all(s["title"] != title for s in suggest(PRIVATE_WORD, user("peserta")))
    assert any(s["title"] == title for s in suggest(PRIVATE_WORD, user("penyelenggara")))


@pytest.mark.django_db
@pytest.mark.parametrize("rebuilt", [False, True])
def test_a_draft_never_appears_for_anyone(draft_case, baubau_participant, rebuilt):
    if rebuilt:  # nor after a full rebuild of the index
        rebuild()
    assert not CaseStudyPage.objects.get(pk=draft_case.pk).live
    for viewer in [AnonymousUser(), user("peserta"), user("koordinator.malut"),
                   baubau_participant, user("fasilitator"), user("penyelenggara"),
                   user("admin")]:
        assert keys_found(DRAFT_WORD, viewer) == set(), getattr(viewer, "username", "anon")


@pytest.mark.django_db
def test_a_full_rebuild_keeps_the_internal_case_study_internal(private_case):
    rebuild()
    assert keys_found(PRIVATE_WORD, AnonymousUser()) == set()
    assert keys_found(PRIVATE_WORD, user("peserta")) == set()
    assert keys_found(PRIVATE_WORD, user("penyelenggara")) == {f"page:{private_case.pk}"}


@pytest.mark.django_db
def test_unpublishing_removes_a_page_and_publishing_adds_it(django_capture_on_commit_callbacks):
    page = case_study(PUBLIC_WORD, slug="uji-terbit-baubau")
    key = f"page:{page.pk}"
    assert keys_found(PUBLIC_WORD, AnonymousUser()) == set()  # added, not published

    publish(page, django_capture_on_commit_callbacks)
    assert keys_found(PUBLIC_WORD, AnonymousUser()) == {key}

    unpublish(page, django_capture_on_commit_callbacks)
    assert keys_found(PUBLIC_WORD, AnonymousUser()) == set()
    assert keys_found(PUBLIC_WORD, user("penyelenggara")) == set()

    publish(CaseStudyPage.objects.get(pk=page.pk), django_capture_on_commit_callbacks)
    assert keys_found(PUBLIC_WORD, AnonymousUser()) == {key}


@pytest.mark.django_db
@pytest.mark.parametrize("username, status", [
    (None, 404), ("peserta", 404), ("koordinator.malut", 404), ("koordinator.konut", 404),
    ("peserta.baubau.uji", 200), ("penyelenggara", 200), ("admin", 200),
])
def test_the_internal_case_study_page_is_served_only_to_its_region_and_organisers(
        client, private_case, baubau_participant, username, status):
    if username:
        client.force_login(user(username))
    response = client.get(CaseStudyPage.objects.get(pk=private_case.pk).url)
    assert response.status_code == status


@pytest.mark.django_db
def test_public_listings_leave_the_internal_case_study_out(client, private_case):
    url = CaseStudyPage.objects.get(pk=private_case.pk).url
    for listing in ("/", CaseStudyIndexPage.objects.get().url, "/topik/sipd/"):
        assert url not in client.get(listing).content.decode()
