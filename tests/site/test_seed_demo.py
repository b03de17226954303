"""seed_demo loads the real demo content and a second run changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from casestudies.models import ArticlePage, CaseStudyPage
from courses.models import CoursePage, LessonPage, ModulePage
from directory.models import Agency, Region, Regulation, Topic
from lms.demo.data.people import USERS


def counts() -> dict[str, int]:
    models = [Page, Revision, Region, Agency, Topic, Regulation, get_user_model(),
              CoursePage, ModulePage, LessonPage, CaseStudyPage, ArticlePage]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.django_db
def test_second_run_creates_nothing():
    before = counts()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert counts() == before
    assert "created" in out.getvalue()
    assert all(line.endswith(": 0 created") for line in out.getvalue().splitlines()
               if line.endswith("created"))


@pytest.mark.django_db
def test_demo_has_the_real_regions_topics_and_regulations():
    names = set(Region.objects.values_list("name", flat=True))
    for expected in ["Kota Baubau", "Kabupaten Konawe Utara", "Provinsi Sulawesi Tenggara",
                     "Kabupaten Tuban", "Kota Semarang", "Kabupaten Gresik",
                     "Kabupaten Bojonegoro", "Provinsi Sulawesi Selatan",
                     "Provinsi Maluku Utara", "Kementerian Dalam Negeri",
                     "Kementerian Komunikasi dan Informatika"]:
        assert expected in names
    assert Region.objects.get(slug="kota-baubau").parent.slug == "prov-sulawesi-tenggara"
    assert set(Topic.objects.values_list("name", flat=True)) >= {
        "SIPD", "SPBE", "Smart City", "E-Government", "Manajemen Kinerja ASN"}
    assert set(Regulation.objects.values_list("short_name", flat=True)) >= {
        "Permendagri 70/2019", "Inpres 3/2003", "Perwali Baubau 57/2016", "Perpres 95/2018",
        "PermenPANRB 59/2020"}
    assert Agency.objects.filter(region__slug="kota-baubau", acronym="Bappeda").exists()


@pytest.mark.django_db
def test_demo_courses_and_case_studies_are_substantial():
    courses = CoursePage.objects.live()
    assert courses.count() >= 3
    for course in courses:
        assert ModulePage.objects.child_of(course).live().count() >= 3
        assert LessonPage.objects.descendant_of(course).live().count() >= 8
    assert CaseStudyPage.objects.live().count() >= 6
    assert ArticlePage.objects.live().exists()


@pytest.mark.django_db
def test_one_account_per_role_signs_in(client, demo_password):
    for username, *_rest in USERS:
        assert client.login(username=username, password=demo_password), username
    assert get_user_model().objects.get(username="admin").is_superuser


@pytest.mark.django_db
def test_scale_adds_numbered_copies_once():
    call_command("seed_demo", scale=2, stdout=io.StringIO())
    once = counts()
    assert once["CoursePage"] == 2 * CoursePage.objects.exclude(slug__contains="salinan").count()
    call_command("seed_demo", scale=2, stdout=io.StringIO())
    assert counts() == once


@pytest.mark.django_db
def test_demo_links_are_all_resolved():
    """Every topic, regulation and course named in the demo data is linked on its page."""
    from lms.demo.data.casestudies import CASE_STUDIES

    for spec in CASE_STUDIES:
        page = CaseStudyPage.objects.get(slug=spec["slug"])
        assert page.topics.count() == len(spec["topics"]), spec["slug"]
        assert page.regulations.count() == len(spec["regulations"]), spec["slug"]
        assert page.related_courses.count() == len(spec["related_courses"]), spec["slug"]
        assert page.contacts.filter(agency__isnull=False).count() == len(spec["contacts"])
