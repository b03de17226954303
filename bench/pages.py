"""
Public page speed and SQL query counts, on the demo content and on content grown 10x.

Run from the repo root inside the virtualenv:  python bench/pages.py [--requests 100]
It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL),
loads `seed_demo`, measures, grows the content with `seed_demo --scale 10`, and measures
again. The last line printed is one JSON object with the figures issue 2 names:
median milliseconds over N requests and SQL queries per request for each page, at both
sizes, and whether each page's query count is the same at both sizes (target: <= 15).
"""

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERY_LIMIT = 15


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    import django

    django.setup()


def page_urls() -> dict[str, str]:
    """The pages measured: the same pages at both sizes."""
    from casestudies.models import CaseStudyPage
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    case = CaseStudyPage.objects.live().order_by("path").first()
    return {
        "home": "/",
        "course": course.url,
        "lesson": lesson.url,
        "case_study": case.url,
        "search": "/cari/?q=SIPD",
    }


def measure(urls: dict[str, str], requests: int) -> dict[str, dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    figures = {}
    for name, url in urls.items():
        for _ in range(5):  # warm caches the way a running server would have them
            assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries)  # read now: later requests clear the connection's log
        timings = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        figures[name] = {
            "median_ms": round(statistics.median(timings), 2),
            "queries": query_count,
        }
        print(f"  {name:<11} {figures[name]['median_ms']:>8.2f} ms  "
              f"{figures[name]['queries']:>3} queries  {url}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command
        from wagtail.models import Page

        call_command("migrate", verbosity=0)
        call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
        urls = page_urls()
        print(f"demo content ({Page.objects.count()} pages), {args.requests} requests each:")
        base = measure(urls, args.requests)
        call_command("seed_demo", scale=args.scale, quiet_logins=True, stdout=io.StringIO())
        print(f"content x{args.scale} ({Page.objects.count()} pages):")
        grown = measure(urls, args.requests)
    result = {
        "requests_per_page": args.requests,
        "query_limit": QUERY_LIMIT,
        "demo": base,
        f"x{args.scale}": grown,
        "same_query_count": {name: base[name]["queries"] == grown[name]["queries"]
                             for name in base},
        "max_queries": max(f["queries"] for f in [*base.values(), *grown.values()]),
    }
    result["within_target"] = result["max_queries"] <= QUERY_LIMIT and all(
        result["same_query_count"].values()
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
