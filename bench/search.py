"""
Search: relevance, speed and SQL queries of the one search service, at demo size and
among 10,000 generated documents.

Run from the repo root inside the virtualenv:  python bench/search.py
It builds its own SQLite database in a temporary folder, or uses BENCH_DATABASE_URL
(PostgreSQL: created when missing, and then dropped at the end; an existing database
is used as it is and its index rebuilt at the end). It migrates, loads `seed_demo`,
rebuilds the search index (search.indexer.rebuild), and runs every query of
tests/search/relevance.tsv through `search.service.search` as an anonymous visitor:
- mrr: mean over the distinct queries of 1 / the rank of the first relevant result (a
  query's relevant pages are the targets of its rows; 0 when none is in the first 10);
  recall_at_3: share of rows (relevant pages) found in the top 3; relevance_passed: rows
  whose target is within the rank the TSV asks for;
- p50_ms / p95_ms: over the distinct queries, each the median of 5 timed searches;
- queries_per_search: the most SQL queries one search made (CaptureQueriesContext).
Then it replaces the index with the demo's records plus 10,000 generated ones
(bench/search_data.py; followed by VACUUM ANALYZE on PostgreSQL and ANALYZE on SQLite,
as autovacuum and a periodic optimize would do) and
measures the same: mrr_10k, recall_at_3_10k, p50_ms_10k, p95_ms_10k,
queries_per_search_10k, documents_10k.
Targets: mrr >= 0.9, recall_at_3 >= 0.95, p95_ms_10k < 50, queries_per_search <= 10 and
the same at both sizes (within_target). When p95_ms_10k misses its target, it prints the
slowest searches with the time of each of their SQL statements and the plan of the
slowest one. The last line printed is one JSON object with every figure.
"""

import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is bench/search.py: with bench/ on the path, "search" would be this file
# rather than the search app.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))
GENERATED = 10_000
RUNS = 5
P95_TARGET_MS = 50


def ensure_postgres(url: str) -> bool:
    """Create the PostgreSQL database of `url` when missing; True when it was created."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    if "postgresql" not in config["ENGINE"]:
        return False
    with psycopg.connect(**admin_params(config)) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                         [config["NAME"]]).fetchone():
            return False
        admin.execute(f'CREATE DATABASE "{config["NAME"]}"')
    print(f"created database {config['NAME']}")
    return True


def admin_params(config: dict) -> dict:
    return {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432,
            "user": config["USER"] or "postgres", "password": config["PASSWORD"] or None,
            "dbname": "postgres", "autocommit": True}


def drop_postgres(url: str) -> None:
    import dj_database_url
    import psycopg
    from django.db import connections

    connections.close_all()
    config = dj_database_url.parse(url)
    with psycopg.connect(**admin_params(config)) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}"')
    print(f"dropped database {config['NAME']}")


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3"
    )
    os.environ.pop("ELASTICSEARCH_URL", None)  # the database backend is what is measured
    import django

    django.setup()


def search_once(query: str):
    from django.contrib.auth.models import AnonymousUser

    from search.service import SearchParams, search

    return search(SearchParams(q=query, per_page=10), AnonymousUser())


def queries_of(call) -> tuple[int, list[dict]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured), list(captured.captured_queries)


def relevance(rows: list[dict]) -> dict:
    """mrr, recall_at_3 and relevance_passed (printing the rows that missed their rank).

    mrr is per distinct query: the reciprocal rank of the first of its expected targets
    in the first 10 hits (a query with two expected targets, "SIPD", is answered as soon
    as one of them leads). mrr_rows counts every row alone, for comparison."""
    from tests.search.relevance import hit_target, target_of

    rank_of: dict[tuple[str, str], int | None] = {}
    totals: dict[str, tuple[int, list[str]]] = {}
    for query in dict.fromkeys(row["query"] for row in rows):
        results = search_once(query)
        totals[query] = (results.total, [hit_target(hit) for hit in results.hits])
    misses = []
    for row in rows:
        total, found = totals[row["query"]]
        target = target_of(row["expected_slug"])
        rank = found.index(target) + 1 if target in found else None
        rank_of[(row["query"], row["expected_slug"])] = rank
        if not (rank and rank <= row["rank"]):
            misses.append(f"  miss: {row['query']!r} -> {row['expected_slug']} (wanted top "
                          f"{row['rank']}, got {rank or 'none'} of {total}); first: {found[:3]}")
    for miss in misses:
        print(miss)
    best: dict[str, float] = {}
    for (query, _expected), rank in rank_of.items():
        best[query] = max(best.get(query, 0.0), 1 / rank if rank else 0.0)
    ranks = list(rank_of.values())
    return {"mrr": round(statistics.mean(best.values()), 3),
            "mrr_rows": round(statistics.mean(1 / r if r else 0.0 for r in ranks), 3),
            "recall_at_3": round(sum(bool(r and r <= 3) for r in ranks) / len(rows), 3),
            "relevance_passed": len(rows) - len(misses), "relevance_rows": len(rows)}


def speed(queries: list[str]) -> dict:
    """Median ms of RUNS searches per query; p50/p95 over queries; max SQL queries."""
    medians, most_sql, slowest = {}, 0, []
    for query in queries:
        search_once(query)  # warm: the first search of a query pays the caches
        timings = []
        for _run in range(RUNS):
            start = time.perf_counter()
            search_once(query)
            timings.append((time.perf_counter() - start) * 1000)
        medians[query] = statistics.median(timings)
        count, _sql = queries_of(lambda query=query: search_once(query))
        most_sql = max(most_sql, count)
    values = sorted(medians.values())
    slowest = sorted(medians.items(), key=lambda item: -item[1])[:5]
    return {"p50_ms": round(percentile(values, 50), 1),
            "p95_ms": round(percentile(values, 95), 1),
            "queries_per_search": most_sql, "slowest": slowest}


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of sorted `values`."""
    if not values:
        return 0.0
    index = max(0, min(len(values) - 1, round(pct / 100 * len(values) + 0.5) - 1))
    return values[index]


def analyse() -> None:
    from django.db import connection

    with connection.cursor() as cursor:  # outside any transaction (autocommit)
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def profile(slowest: list[tuple[str, float]]) -> None:
    """Print each SQL statement's time of the slowest searches, and the plan of the
    slowest statement."""
    from django.db import connection

    worst: tuple[float, str, list] = (0.0, "", [])
    for query, milliseconds in slowest:
        _count, statements = queries_of(lambda query=query: search_once(query))
        in_sql = sum(float(statement["time"]) for statement in statements) * 1000
        print(f"  slow search {query!r}: {milliseconds:.1f} ms, {len(statements)} SQL "
              f"executing {in_sql:.0f} ms; the rest is Python (reading rows, scoring, "
              f"facets, snippets)")
        for statement in statements:
            seconds = float(statement["time"])
            print(f"    {seconds * 1000:7.1f} ms  {statement['sql'][:160]}")
            if seconds * 1000 > worst[0]:
                worst = (seconds * 1000, statement["sql"], [])
    if not worst[1]:
        return
    prefix = "EXPLAIN ANALYZE " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    print(f"  plan of the slowest statement ({worst[0]:.1f} ms):\n    {worst[1][:2000]}")
    try:
        with connection.cursor() as cursor:
            cursor.execute(prefix + worst[1])
            for row in cursor.fetchall():
                print("    " + " | ".join(str(cell) for cell in row))
    except Exception as error:  # the logged SQL has its parameters inlined; may not parse
        print(f"    (no plan: {error})")


def measure(rows: list[dict], label: str) -> dict:
    queries = list(dict.fromkeys(row["query"] for row in rows))
    figures = relevance(rows)
    print(f"{label}: mrr {figures['mrr']}, recall@3 {figures['recall_at_3']}, "
          f"{figures['relevance_passed']}/{figures['relevance_rows']} rows within their rank")
    figures.update(speed(queries))
    print(f"{label}: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms over "
          f"{len(queries)} queries (median of {RUNS} each), at most "
          f"{figures['queries_per_search']} SQL queries per search")
    return figures


def main() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", "")
    created = ensure_postgres(url) if url.startswith("postgres") else False
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.core.management import call_command
        from django.db import connection

        from bench import search_data
        from search.indexer import rebuild
        from search.models import SearchDocument
        from tests.search.relevance import relevance_rows

        try:
            call_command("migrate", verbosity=0)
            call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
            rebuild()
            analyse()
            rows = relevance_rows()
            documents = SearchDocument.objects.count()
            vendor = connection.vendor
            print(f"{vendor}: {documents} demo documents, {len(rows)} relevance rows")
            small = measure(rows, "demo")

            start = time.perf_counter()
            documents_10k = search_data.load(GENERATED)
            analyse()
            print(f"loaded {documents_10k} documents ({GENERATED} generated) in "
                  f"{time.perf_counter() - start:.0f} s")
            large = measure(rows, "10k")
            if large["p95_ms"] >= P95_TARGET_MS:
                profile(large["slowest"])
            if not created:
                rebuild()  # leave an existing database with its real index
        finally:
            if created:
                drop_postgres(url)
    result = {
        "mrr": small["mrr"],
        "mrr_rows": small["mrr_rows"],
        "recall_at_3": small["recall_at_3"],
        "relevance_passed": small["relevance_passed"],
        "relevance_rows": small["relevance_rows"],
        "p50_ms": small["p50_ms"],
        "p95_ms": small["p95_ms"],
        "queries_per_search": small["queries_per_search"],
        "mrr_10k": large["mrr"],
        "recall_at_3_10k": large["recall_at_3"],
        "p50_ms_10k": large["p50_ms"],
        "p95_ms_10k": large["p95_ms"],
        "queries_per_search_10k": large["queries_per_search"],
        "documents_10k": documents_10k,
        "database": vendor,
    }
    result["within_target"] = (
        result["mrr"] >= 0.9 and result["recall_at_3"] >= 0.95
        and result["p95_ms_10k"] < P95_TARGET_MS and result["queries_per_search"] <= 10
        and result["queries_per_search"] == result["queries_per_search_10k"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
