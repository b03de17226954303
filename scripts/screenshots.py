"""
Full-page screenshots of the public site, at desktop and phone widths.

    python scripts/screenshots.py [--base-url http://127.0.0.1:8000] [--out screenshots/]

Starts from the home page and finds every other page by following links, the way a
reader would: the course catalogue and the case study index from the main menu, the
first course from the catalogue, its first lesson from the "start learning" button, the
first case study from the index, and a search for "SIPD" through the header search form.
Needs the `playwright` package and Chromium at /usr/bin/chromium
(`apt-get install chromium`).
"""

import argparse
import sys
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}, "locale": "id-ID"},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "id-ID",
    },
}
SEARCH_TERM = "SIPD"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="screenshots/", type=Path)
    return parser.parse_args()


def visit(page: Page, url: str) -> None:
    """Open `url`, fail loudly on an error status, and wait until the fonts are in."""
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200:
        status = response.status if response else "no response"
        raise SystemExit(f"{url} answered {status}")
    page.evaluate("document.fonts.ready")


def first_href(page: Page, selector: str) -> str | None:
    link = page.query_selector(selector)
    return urljoin(page.url, link.get_attribute("href")) if link else None


def discover(page: Page, base_url: str) -> dict[str, str]:
    """Find the pages to capture by following links from the home page."""
    home = urljoin(base_url, "/")
    visit(page, home)
    urls = {"home": home}
    menu = [
        urljoin(page.url, link.get_attribute("href"))
        for link in page.query_selector_all(".primary-nav a")
    ]
    for url in menu:
        visit(page, url)
        if "catalogue" not in urls and page.query_selector(".card--course"):
            urls["catalogue"] = url
            urls["course"] = first_href(page, ".card--course .card__link")
        elif "case-studies" not in urls and page.query_selector(".card--case"):
            urls["case-studies"] = url
            urls["case-study"] = first_href(page, ".card--case .card__link")
    if urls.get("course"):
        visit(page, urls["course"])
        urls["lesson"] = first_href(page, ".course-hero__actions a.button")

    visit(page, home)  # search the way a reader does: the header search form
    page.fill("#header-search-q", SEARCH_TERM)
    with page.expect_navigation():
        page.press("#header-search-q", "Enter")
    urls["search"] = page.url

    wanted = ["home", "course", "lesson", "case-study", "case-studies", "search"]
    missing = [name for name in wanted if not urls.get(name)]
    if missing:
        print(f"Could not find a link to: {', '.join(missing)}", file=sys.stderr)
    return {name: urls[name] for name in wanted if urls.get(name)}


def capture(browser: Browser, urls: dict[str, str], out: Path) -> list[Path]:
    written = []
    for size, options in VIEWPORTS.items():
        context = browser.new_context(**options)
        page = context.new_page()
        for number, (name, url) in enumerate(urls.items(), start=1):
            visit(page, url)
            path = out / f"{number:02d}-{name}-{size}.png"
            page.screenshot(path=str(path), full_page=True)
            print(path)
            written.append(path)
        context.close()
    return written


def main() -> None:
    args = parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(**VIEWPORTS["desktop"])
            urls = discover(context.new_page(), args.base_url)
            context.close()
            capture(browser, urls, args.out)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
