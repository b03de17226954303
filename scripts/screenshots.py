"""
Full-page screenshots of the public site, at desktop and phone widths.

    python scripts/screenshots.py [--base-url http://127.0.0.1:8000] [--out screenshots/]
                                  [--people]

Starts from the home page and finds every other page by following links, the way a
reader would: the course catalogue and the case study index from the main menu, the
first course from the catalogue, its first lesson from the "start learning" button, the
first case study from the index, and a search for "SIPD" through the header search form.

The search pages (issue 7), typed into the header search box as a reader does: the
results for "menerapkan sipd" with their facets and highlights, the suggestion list
open under the box after typing "sip", the SIPD topic page with "Who has solved
this?" (followed from the results), and a search that finds nothing.

--people also captures the signed-in pages (and, for issue 8, the visit request form as
koordinator.konut; the host inbox, a visit timeline and its follow-up plan as
koordinator.baubau; the public profile of Konawe Utara), signing in the way people do (the demo
accounts of `manage.py seed_demo`): the site's sign-in page; as koordinator.konut, the
first delegation from /delegasi/ and the preview of a member import whose generated CSV
has one invalid NIP (uploaded through the delegation's import form); and, signed in at
/admin/login/ as penyelenggara, the admin dashboard with its review queue; as peserta,
"My courses", the pre-test result and the lesson "Lanjutkan" resumes; as penyelenggara,
the learning report with its charts, and the admin report of search queries (top and
zero-result queries) at /admin/reports/search-queries/. Each import
run leaves one unconfirmed import preview in the database; nothing is imported.

Needs the `playwright` package and Chromium at /usr/bin/chromium
(`apt-get install chromium`).
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

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
# The search captures: a query with results, facets and highlights; what to type to see
# suggestions; a query that finds nothing.
SEARCH_RESULTS_QUERY = "menerapkan sipd"
SUGGEST_PREFIX = "sip"
NO_RESULTS_QUERY = "kapal selam nuklir"
DEMO_PASSWORD = "lintas-demo-2026"  # lms/demo/data/people.py
COORDINATOR, ORGANISER, PARTICIPANT = "koordinator.konut", "penyelenggara", "peserta"
HOST = "koordinator.baubau"  # the host of Konut's study visit (issue 8)
# A member import for the Konut delegation: the headers of visits/importing.py COLUMNS
# (Indonesian, part of the file format), two good rows and one NIP with no 13th month.
IMPORT_CSV = (
    "NIP,Nama lengkap,Jabatan,Pangkat/golongan,OPD,Telepon,Email\n"
    "199204152019031006,\"Laode Muh. Fajar, S.T.\",Perencana Ahli Pertama,III/a,Bappeda,"
    "0812-0000-3001,fajar.contoh@example.id\n"
    "198513122010011004,\"Wa Ode Sitti Hajar, S.E.\",Analis Keuangan Daerah,III/c,BPKAD,"
    "0812-0000-3002,hajar.contoh@example.id\n"
    "199008212015032002,\"Nirwana Tosuki, S.Kom.\",Pranata Komputer Ahli Pertama,III/b,"
    "Diskominfo,0812-0000-3003,nirwana.contoh@example.id\n"
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="screenshots/", type=Path)
    parser.add_argument(
        "--people", action="store_true",
        help="also sign in as the demo coordinator and organiser and capture their pages",
    )
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


class StepFailed(Exception):
    """A page of the signed-in flow could not be reached; the later ones are skipped."""


def open_ok(page: Page, url: str) -> None:
    """Like `visit`, but a page that is missing or not ready stops only its own flow."""
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200:
        status = response.status if response else "no response"
        raise StepFailed(f"{url} answered {status}")
    page.evaluate("document.fonts.ready")


def submit(page: Page, form_selector: str) -> None:
    """Submit a form with its submit button, as a person does, and wait for the answer."""
    with page.expect_navigation(wait_until="networkidle"):
        page.click(f"{form_selector} [type=submit]")
    page.evaluate("document.fonts.ready")


def sign_in(page: Page, login_url: str, username: str) -> None:
    """Fill in a sign-in form (the site's or the admin's) and check that it let us in."""
    open_ok(page, login_url)
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    submit(page, "form:has(input[name=password])")
    if page.query_selector("input[name=password]"):
        raise StepFailed(f"{username} could not sign in at {login_url}")


def follow(page: Page, selectors: list[str], what: str) -> str:
    """Open the first link matching one of `selectors`; return its URL."""
    for selector in selectors:
        url = first_href(page, selector)
        if url:
            open_ok(page, url)
            return url
    raise StepFailed(f"no link to {what} on {page.url}")


def coordinator_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """Sign-in page, then the coordinator's first delegation and an import preview."""
    login_url = urljoin(base_url, "/akun/masuk/")
    open_ok(page, login_url)
    shoot("sign-in")
    sign_in(page, login_url, COORDINATOR)
    open_ok(page, urljoin(base_url, "/delegasi/"))
    follow(page, [".card--delegation .card__link", "main a[href*='/delegasi/'][href$='/']"],
           "a delegation")
    shoot("delegation")
    follow(page, ["a[href$='/impor/']"], "the member import")
    page.set_input_files("input[name=file]", files=[{
        "name": "anggota-delegasi.csv", "mimeType": "text/csv",
        "buffer": IMPORT_CSV.encode("utf-8"),
    }])
    submit(page, "form:has(input[name=file])")
    if page.query_selector("input[name=file]"):
        raise StepFailed(f"the import form refused the file at {page.url}")
    shoot("import-preview")


def organiser_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """The admin dashboard of an organiser, with the courses awaiting their review."""
    sign_in(page, urljoin(base_url, "/admin/login/"), ORGANISER)
    open_ok(page, urljoin(base_url, "/admin/"))
    shoot("admin-review-queue")


def learner_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """The participant's "My courses", the lesson they resume, and their pre-test result."""
    sign_in(page, urljoin(base_url, "/akun/masuk/"), PARTICIPANT)
    open_ok(page, urljoin(base_url, "/kursus-saya/"))
    shoot("my-courses")
    follow(page, [".enrolment__title a"], "an enrolled course")
    follow(page, ["a[href*='/kursus-saya/kuis/hasil/']"], "a quiz result")
    shoot("quiz-result")
    open_ok(page, urljoin(base_url, "/kursus-saya/"))
    follow(page, [".enrolment a.button[href*='/kursus/']"], "the lesson to resume")
    shoot("lesson-progress")


def report_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """The organiser's learning report with its charts."""
    sign_in(page, urljoin(base_url, "/akun/masuk/"), ORGANISER)
    open_ok(page, urljoin(base_url, "/laporan/belajar/"))
    shoot("learning-report")


# --- search (issue 7) --------------------------------------------------------------

def header_search(page: Page, base_url: str, query: str) -> None:
    """Type `query` into the header search box of the home page, as a reader does (on
    a phone the box is in the folded menu: open it first)."""
    open_ok(page, urljoin(base_url, "/"))
    toggle = page.query_selector(".nav-toggle:not([hidden])")
    if toggle and toggle.is_visible():
        toggle.click()
    page.click("#header-search-q")
    page.type("#header-search-q", query, delay=40)


def search_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """Results with facets, suggestions open, the topic page, a search with no result."""
    header_search(page, base_url, SEARCH_RESULTS_QUERY)
    with page.expect_navigation(wait_until="networkidle"):
        page.press("#header-search-q", "Enter")
    if not page.query_selector(".search-result mark"):
        raise StepFailed(f"no highlighted result for {SEARCH_RESULTS_QUERY!r} at {page.url}")
    page.evaluate("document.fonts.ready")
    shoot("search-results")

    topic_url = first_href(page, ".solvers-panel__more a")
    if not topic_url:
        raise StepFailed(f"no 'who has solved this?' panel at {page.url}")

    header_search(page, base_url, SUGGEST_PREFIX)
    listbox = page.locator("#header-search-q ~ [role=listbox]")
    try:
        listbox.wait_for(state="visible", timeout=5000)
    except PlaywrightError as error:
        raise StepFailed(f"no suggestions opened after typing {SUGGEST_PREFIX!r}") from error
    page.keyboard.press("ArrowDown")
    shoot("search-autocomplete")

    open_ok(page, topic_url)
    shoot("topic-who-has-solved")

    header_search(page, base_url, NO_RESULTS_QUERY)
    with page.expect_navigation(wait_until="networkidle"):
        page.press("#header-search-q", "Enter")
    if not page.query_selector(".empty-state"):
        raise StepFailed(f"{NO_RESULTS_QUERY!r} found something at {page.url}")
    page.evaluate("document.fonts.ready")
    shoot("search-no-results")


def search_report_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """The organiser's report of what people searched, and what found nothing."""
    sign_in(page, urljoin(base_url, "/admin/login/"), ORGANISER)
    open_ok(page, urljoin(base_url, "/admin/reports/search-queries/"))
    # The admin scrolls inside its own panel: make the window as tall as the report so
    # the full-page capture holds both tables.
    tallest = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('body *')].map(e => e.scrollHeight))")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": min(max(tallest, 600), 8000)})
    shoot("admin-search-queries")


def link_matching(page: Page, pattern: str, what: str) -> str:
    """The first link on the page whose path matches the regular expression `pattern`."""
    href = page.evaluate(
        "p => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
        ".find(h => new RegExp(p).test(h))", pattern)
    if not href:
        raise StepFailed(f"no link to {what} on {page.url}")
    return urljoin(page.url, href)


def visit_request_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """koordinator.konut opens the request form from their visits list."""
    sign_in(page, urljoin(base_url, "/akun/masuk/"), COORDINATOR)
    open_ok(page, urljoin(base_url, "/kunjungan/"))
    open_ok(page, link_matching(page, r"^/kunjungan/ajukan/$", "the request form"))
    shoot("visit-request-form")


def host_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """koordinator.baubau (the host): the inbox, Konut's request with its timeline, and
    the follow-up plan Konut keeps."""
    sign_in(page, urljoin(base_url, "/akun/masuk/"), HOST)
    open_ok(page, urljoin(base_url, "/kunjungan/masuk/"))
    shoot("visit-inbox")
    open_ok(page, link_matching(page, r"^/kunjungan/\d+/$", "a request"))
    shoot("visit-timeline")
    open_ok(page, link_matching(page, r"^/kunjungan/\d+/tindak-lanjut/$", "the plan"))
    shoot("followup-plan")


def region_flow(page: Page, base_url: str, shoot: Callable[[str], None]) -> None:
    """The public profile of Konawe Utara, with its Renja-in-SIPD indicator chart."""
    open_ok(page, urljoin(base_url, "/daerah/kab-konawe-utara/"))
    shoot("region-profile")


def run_flows(browser: Browser, base_url: str, out: Path, first_number: int, flows
              ) -> list[Path]:
    """Run each flow at each size, each in a fresh browser context; a failed step skips
    the rest of its flow only."""
    numbers: dict[str, int] = {}
    written: list[Path] = []
    failed: list[str] = []
    for size, options in VIEWPORTS.items():
        for _name, flow in flows:
            context = browser.new_context(**options)
            page = context.new_page()

            def shoot(name: str, page: Page = page, size: str = size) -> None:
                number = numbers.setdefault(name, first_number + len(numbers))
                path = out / f"{number:02d}-{name}-{size}.png"
                page.screenshot(path=str(path), full_page=True)
                print(path)
                written.append(path)

            try:
                flow(page, base_url, shoot)
            except StepFailed as error:
                failed.append(f"{size}: {error}")
            finally:
                context.close()
    for message in failed:
        print(f"Skipped the rest of a flow, {message}", file=sys.stderr)
    return written


def capture_people(browser: Browser, base_url: str, out: Path, first_number: int
                   ) -> list[Path]:
    """The signed-in flows, each at each size in a fresh browser context."""
    flows = [("sign-in", coordinator_flow), ("admin-review-queue", organiser_flow),
             ("my-courses", learner_flow), ("learning-report", report_flow),
             ("admin-search-queries", search_report_flow),
             ("visit-request-form", visit_request_flow), ("visit-inbox", host_flow),
             ("region-profile", region_flow)]
    return run_flows(browser, base_url, out, first_number, flows)


def capture_search(browser: Browser, base_url: str, out: Path, first_number: int
                   ) -> list[Path]:
    return run_flows(browser, base_url, out, first_number, [("search", search_flow)])


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
            searched = capture_search(browser, args.base_url, args.out,
                                      first_number=len(urls) + 1)
            if args.people:
                capture_people(browser, args.base_url, args.out,
                               first_number=len(urls) + 1 + len(searched) // len(VIEWPORTS))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
