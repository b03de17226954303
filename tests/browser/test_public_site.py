"""A reader's path through the public site in a real browser."""

import pytest

pytestmark = pytest.mark.browser


def test_search_from_home_to_the_case_study(page):
    page.goto(page.base_url + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.locator("input[type=search]").first.fill("SIPD")  # a combobox once search.js runs
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari/?q=SIPD*")
    page.locator(".search-result__title a", has_text="Baubau").first.click()
    page.wait_for_load_state()
    assert "SIPD" in page.locator("h1").inner_text()


def test_keyboard_users_get_a_skip_link_first(page):
    page.goto(page.base_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"


def test_course_to_first_lesson_and_next(page):
    page.goto(page.base_url + "/kursus/")
    page.locator("main a[href*='/kursus/']").first.click()
    page.wait_for_load_state()
    course_title = page.locator("h1").inner_text()
    page.get_by_role("link", name="Mulai belajar").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() != course_title
    first_lesson_url = page.url
    page.get_by_role("link", name="Berikutnya", exact=False).first.click()
    page.wait_for_load_state()
    assert page.url != first_lesson_url


def test_phone_menu_opens_and_closes(phone):
    phone.goto(phone.base_url + "/")
    toggle = phone.locator("button[aria-expanded]").first
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone.get_by_role("link", name="Studi Kasus").first.is_visible()
    overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False


def test_language_switcher_turns_the_site_english_and_back(page):
    page.goto(page.base_url + "/")
    page.get_by_role("button", name="English").first.click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Skip to main content").count() == 1
    page.get_by_role("button", name="Bahasa Indonesia").first.click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "id"
