"""Indonesian by default, English on request; times in the zone of the place."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from directory.models import Region


@pytest.mark.django_db
def test_indonesian_is_served_by_default(client):
    body = client.get("/").content.decode()
    assert 'lang="id"' in body
    assert "Langsung ke konten utama" in body  # the skip link
    assert "Skip to main content" not in body


@pytest.mark.django_db
def test_an_english_browser_still_gets_indonesian_until_the_user_chooses(client):
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="id"' in body
    assert "Langsung ke konten utama" in body


@pytest.mark.django_db
def test_english_on_request_across_pages(client, home):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    for url in ["/", "/cari/?q=SIPD", "/kursus/"]:
        body = client.get(url).content.decode()
        assert 'lang="en"' in body, url
        assert "Skip to main content" in body, url
        assert "Langsung ke konten utama" not in body, url


@pytest.mark.django_db
def test_an_unknown_language_cookie_falls_back_to_indonesian(client):
    client.cookies["django_language"] = "xx"
    assert 'lang="id"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_language_switcher_remembers_the_choice(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert 'lang="en"' in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "id", "next": "/"})
    assert 'lang="id"' in client.get("/").content.decode()


def test_every_message_has_an_indonesian_translation():
    from babel.messages.pofile import read_po

    with open("locale/id/LC_MESSAGES/django.po", "rb") as handle:
        catalog = read_po(handle)
    missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert missing == []


def test_model_labels_are_translated():
    with translation.override("id"):
        assert str(Region._meta.verbose_name) == "daerah"
    with translation.override("en"):
        assert str(Region._meta.verbose_name) == "region"


@pytest.mark.django_db
@pytest.mark.parametrize("slug, expected", [
    ("kota-baubau", "24 Sep. 2021, 10.00 WITA"),
    ("kab-tuban", "24 Sep. 2021, 9.00 WIB"),
    ("prov-maluku-utara", "24 Sep. 2021, 11.00 WIT"),
])
def test_times_are_shown_in_the_zone_of_the_place(slug, expected):
    moment = datetime.datetime(2021, 9, 24, 2, 0, tzinfo=datetime.UTC)
    template = Template("{% load lms_tags %}{{ moment|in_zone:region }}")
    with translation.override("id"):
        rendered = template.render(
            Context({"moment": moment, "region": Region.objects.get(slug=slug)})
        )
    assert rendered == expected


@pytest.mark.django_db
def test_case_study_shows_its_publication_time_in_the_regions_zone(client):
    from casestudies.models import CaseStudyPage

    case = CaseStudyPage.objects.live().get(slug="sulsel-spbe-di-hampir-semua-opd")
    assert case.region.timezone_abbreviation == "WITA"
    assert " WITA" in client.get(case.url).content.decode()
