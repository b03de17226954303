"""Each page type can be created only where it belongs, checked through the admin."""

import pytest
from wagtail.models import Page

from casestudies.models import ArticleIndexPage, ArticlePage, CaseStudyIndexPage, CaseStudyPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage

PAGE_MODELS = [
    HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage,
    CaseStudyIndexPage, CaseStudyPage, ArticleIndexPage, ArticlePage,
]
# child model -> the parent model it may be created under (from the demo tree)
ALLOWED_PARENT = {
    CoursePage: CourseIndexPage,
    ModulePage: CoursePage,
    LessonPage: ModulePage,
    CaseStudyPage: CaseStudyIndexPage,
    ArticlePage: ArticleIndexPage,
}
PARENTS = [HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage,
           CaseStudyIndexPage, CaseStudyPage, ArticleIndexPage, ArticlePage]


def add_url(model, parent: Page) -> str:
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def first_live(model) -> Page:
    return model.objects.live().order_by("path").first()


@pytest.mark.django_db
@pytest.mark.parametrize("child", list(ALLOWED_PARENT), ids=lambda m: m.__name__)
@pytest.mark.parametrize("parent", PARENTS, ids=lambda m: m.__name__)
def test_admin_offers_the_create_form_only_under_the_right_parent(admin_client, child, parent):
    response = admin_client.get(add_url(child, first_live(parent)))
    if ALLOWED_PARENT[child] is parent:
        assert response.status_code == 200
        assert b'name="title"' in response.content
    else:
        assert response.status_code in (302, 403), response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize("index", [CourseIndexPage, CaseStudyIndexPage, ArticleIndexPage],
                         ids=lambda m: m.__name__)
def test_index_pages_live_once_under_home(admin_client, home, index):
    # One exists already (demo content): a second is refused, and nowhere else allowed.
    assert admin_client.get(add_url(index, home)).status_code in (302, 403)
    assert admin_client.get(add_url(index, first_live(CoursePage))).status_code in (302, 403)


@pytest.mark.django_db
def test_add_subpage_menu_lists_only_allowed_types(admin_client):
    course = first_live(CoursePage)
    response = admin_client.get(f"/admin/pages/{course.pk}/add_subpage/")
    # A course has one child type, so Wagtail goes straight to the module form.
    assert response.status_code == 302
    assert response["Location"].endswith(add_url(ModulePage, course))


@pytest.mark.django_db
def test_lessons_take_no_children(admin_client):
    lesson = first_live(LessonPage)
    for model in PAGE_MODELS:
        assert admin_client.get(add_url(model, lesson)).status_code in (302, 403)
