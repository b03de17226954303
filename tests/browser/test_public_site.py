"""A reader's path through the public site in a real browser."""

import io

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())


def test_search_from_home_to_the_case_study(page, demo):
    page.goto(page.base_url + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.get_by_role("searchbox").first.fill("SIPD")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari/?q=SIPD*")
    page.get_by_role("link", name="Baubau", exact=False).first.click()
    page.wait_for_load_state()
    assert "SIPD" in page.locator("h1").inner_text()


def test_keyboard_users_get_a_skip_link_first(page, demo):
    page.goto(page.base_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"


def test_course_to_first_lesson_and_next(page, demo):
    page.goto(page.base_url + "/kursus/")
    page.locator("main a[href*='/kursus/']").first.click()
    page.wait_for_load_state()
    course_title = page.locator("h1").inner_text()
    page.get_by_role("link", name="Mulai belajar").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() != course_title
    first_lesson_url = page.url
    page.get_by_role("link", name="Berikutnya", exact=False).first.click()
    page.wait_for_load_state()
    assert page.url != first_lesson_url


def test_phone_menu_opens_and_closes(phone, demo):
    phone.goto(phone.base_url + "/")
    toggle = phone.locator("button[aria-expanded]").first
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone.get_by_role("link", name="Studi Kasus").first.is_visible()
    overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False
