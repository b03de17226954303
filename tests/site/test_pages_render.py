"""Every public page type answers 200 with the demo content, and indexes list children."""

import pytest
from wagtail.models import Page

from casestudies.models import ArticleIndexPage, ArticlePage, CaseStudyIndexPage, CaseStudyPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage

PUBLIC_TYPES = [HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage,
                CaseStudyIndexPage, CaseStudyPage, ArticleIndexPage, ArticlePage]


def text_of(response) -> str:
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("model", PUBLIC_TYPES, ids=lambda m: m.__name__)
def test_every_live_page_renders_with_its_title(client, model):
    pages = model.objects.live()
    assert pages.exists(), f"no demo {model.__name__}"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.split(" (")[0] in text_of(response)


@pytest.mark.django_db
def test_home_features_case_studies_courses_and_a_search_box(client, home):
    body = text_of(client.get("/"))
    assert 'name="q"' in body
    for page in CaseStudyPage.objects.live()[:1]:
        assert page.url in body
    for page in CoursePage.objects.live()[:1]:
        assert page.url in body
    for index in (CourseIndexPage, CaseStudyIndexPage, ArticleIndexPage):
        assert f'href="{index.objects.get().url}"' in body


@pytest.mark.django_db
def test_course_page_lists_modules_and_lessons_in_tree_order(client):
    course = CoursePage.objects.live().order_by("path").first()
    body = text_of(client.get(course.url))
    positions = [body.index(page.title) for page in
                 Page.objects.descendant_of(course).live().order_by("path")
                 if page.title in body]
    lessons = LessonPage.objects.descendant_of(course).live()
    assert len(positions) == ModulePage.objects.child_of(course).count() + lessons.count()
    assert positions == sorted(positions)
    assert lessons.order_by("path").first().url in body  # the "start learning" link


@pytest.mark.django_db
def test_lesson_page_links_previous_and_next_lessons(client):
    course = CoursePage.objects.live().order_by("path").first()
    first, second, third = LessonPage.objects.descendant_of(course).live().order_by("path")[:3]
    body = text_of(client.get(second.url))
    assert first.url in body and third.url in body
    assert course.url in body
    first_body = text_of(client.get(first.url))
    assert second.url in first_body


@pytest.mark.django_db
@pytest.mark.parametrize("index_model, child_model", [
    (CourseIndexPage, CoursePage),
    (CaseStudyIndexPage, CaseStudyPage),
    (ArticleIndexPage, ArticlePage),
], ids=["courses", "case-studies", "articles"])
def test_index_lists_its_live_children(client, index_model, child_model):
    index = index_model.objects.live().get()
    body = text_of(client.get(index.url))
    children = child_model.objects.child_of(index).live()
    assert children.exists()
    for child in children[:12]:
        assert child.url in body


@pytest.mark.django_db
def test_unpublished_pages_are_not_listed_or_served(client):
    case = CaseStudyPage.objects.live().order_by("path").first()
    url = case.url
    case.unpublish()
    assert client.get(url).status_code == 404
    index = CaseStudyIndexPage.objects.get()
    assert url not in text_of(client.get(index.url))


@pytest.mark.django_db
def test_case_study_index_filters_by_topic_and_region(client):
    index = CaseStudyIndexPage.objects.get()
    sipd = CaseStudyPage.objects.live().filter(topics__slug="sipd")
    not_sipd = CaseStudyPage.objects.live().exclude(topics__slug="sipd")
    assert sipd.exists() and not_sipd.exists()
    body = text_of(client.get(index.url, {"topik": "sipd"}))
    assert all(page.url in body for page in sipd)
    assert not any(page.url in body for page in not_sipd)

    sulsel = CaseStudyPage.objects.live().filter(region__slug="prov-sulawesi-selatan")
    body = text_of(client.get(index.url, {"daerah": "prov-sulawesi-selatan"}))
    assert sulsel.exists() and all(page.url in body for page in sulsel)
    others = CaseStudyPage.objects.live().exclude(region__slug="prov-sulawesi-selatan")
    assert not any(page.url in body for page in others)


@pytest.mark.django_db
def test_article_index_filters_by_topic(client):
    index = ArticleIndexPage.objects.get()
    spbe = ArticlePage.objects.live().filter(topics__slug="spbe")
    others = ArticlePage.objects.live().exclude(topics__slug="spbe")
    body = text_of(client.get(index.url, {"topik": "spbe"}))
    assert spbe.exists() and all(page.url in body for page in spbe)
    assert not any(page.url in body for page in others)


@pytest.mark.django_db
@pytest.mark.parametrize("params", [
    {"page": "abc"}, {"page": "9999"}, {"topik": "tidak-ada"}, {"daerah": "'; DROP TABLE"},
])
def test_index_pages_survive_bad_query_parameters(client, params):
    for index_model in (CourseIndexPage, CaseStudyIndexPage, ArticleIndexPage):
        assert client.get(index_model.objects.get().url, params).status_code == 200


@pytest.mark.django_db
def test_case_study_shows_where_when_and_whom_to_ask(client):
    case = CaseStudyPage.objects.live().filter(region__slug="kota-baubau",
                                               topics__slug="sipd").first()
    body = text_of(client.get(case.url))
    assert "Kota Baubau" in body
    assert "Permendagri 70/2019" in body
    contact = case.contacts.first()
    assert contact and contact.name in body
    event = case.timeline_events.first()
    assert event and event.title in body


@pytest.mark.django_db
def test_unknown_url_gives_the_site_404_page(client):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    assert "Lintas" in text_of(response)
