"""Every factory builds a valid object in the right place of the page tree."""

import pytest

from tests.factories.directory import (
    AgencyFactory,
    RegionFactory,
    RegulationFactory,
    TopicFactory,
)
from tests.factories.pages import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)


@pytest.mark.django_db
def test_directory_factories_build_valid_objects():
    for factory in (RegionFactory, AgencyFactory, TopicFactory, RegulationFactory):
        obj = factory()
        obj.full_clean()


@pytest.mark.django_db
def test_page_factories_build_a_servable_tree(home, client):
    catalogue = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=catalogue)
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(parent=module)
    cases = CaseStudyIndexPageFactory(parent=home)
    case = CaseStudyPageFactory(parent=cases)
    articles = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=articles)
    for page in (course, module, lesson, case, article):
        page.full_clean()
        assert client.get(page.url).status_code == 200
