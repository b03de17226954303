"""
Search in a real browser: suggestions under the header search box (js/search.js), chosen
with the keyboard, and the results page's facets folded into "Filter" on a phone.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SIPD_CASE_PATH = "/studi-kasus/baubau-menerapkan-sipd/"


def test_typing_in_the_header_search_suggests_and_arrow_keys_choose(page):
    page.goto(page.base_url + "/")
    box = page.locator("#header-search-q")
    box.press_sequentially("sip", delay=60)

    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    urls = [options.nth(i).get_attribute("data-url") for i in range(options.count())]
    assert SIPD_CASE_PATH in urls, urls

    for _step in range(urls.index(SIPD_CASE_PATH) + 1):
        box.press("ArrowDown")
    chosen = options.nth(urls.index(SIPD_CASE_PATH))
    expect(chosen).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", chosen.get_attribute("id"))
    expect(box).to_be_focused()

    box.press("Enter")
    page.wait_for_url(re.compile(re.escape(SIPD_CASE_PATH) + "$"))
    expect(page.locator("h1")).to_contain_text("SIPD")


def test_escape_closes_the_suggestions_and_enter_then_searches(page):
    page.goto(page.base_url + "/")
    box = page.locator("#header-search-q")
    box.press_sequentially("sipd", delay=60)
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/cari/\?q=sipd$"))
    expect(page.locator(".search-result").first).to_be_visible()


def test_on_a_phone_the_facets_fold_into_filter_and_a_facet_link_filters(phone):
    phone.goto(phone.base_url + "/cari/?q=sipd")
    facets = phone.locator(".search-filters")
    first_facet = facets.locator(".facet__link").first
    expect(first_facet).to_be_hidden()
    facets.locator("summary").click()
    expect(first_facet).to_be_visible()
    count = int(first_facet.get_attribute("data-count"))
    first_facet.click()
    phone.wait_for_url(re.compile(r"/cari/\?q=sipd&"))
    expect(phone.locator(".search-summary__count")).to_contain_text(str(count))
