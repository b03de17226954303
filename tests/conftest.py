"""
Shared fixtures. The demo content is loaded once per test session into the test
database (it is what users see, so most page tests run against it); each test runs in a
transaction that is rolled back. Browser tests run their own server (tests/browser).
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage
from lms.demo.data.people import DEMO_PASSWORD


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_search_memo():
    """The search service keeps synonyms, labels and rankings in the process; a test's
    rolled-back changes must not leak into the next test through them."""
    from search.service import forget_cached

    forget_cached()
    yield
    forget_cached()


@pytest.fixture
def home(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def demo_password() -> str:
    return DEMO_PASSWORD


@pytest.fixture
def admin_client(client, db):
    """A client signed in as the demo superuser, through the admin login form."""
    response = client.post(
        "/admin/login/", {"username": "admin", "password": DEMO_PASSWORD}, follow=False
    )
    assert response.status_code == 302, "demo admin could not sign in"
    return client


def live(model):
    """The live pages of a model, for picking demo content in tests."""
    return model.objects.live().order_by("path")


def page_by_slug(slug: str) -> Page:
    return Page.objects.get(slug=slug).specific
