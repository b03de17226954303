"""
Relevance on the database backend: every row of relevance.tsv (a query a planner would
type, the page, programme or regulation they expect, and whether it must come first or
within the top 3) against the seeded demo, as an anonymous visitor.

Targets are page or programme slugs (the last segment of a hit's url), or
`regulation:<short name>` (resolved to the hit key "regulation:<pk>"). All misses are
reported together, each with what came first instead.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from search.service import SearchParams, search

from .relevance import hit_target, relevance_rows, target_of

MIN_ROWS = 40


def test_the_relevance_set_is_large_and_well_formed():
    rows = relevance_rows()
    assert len(rows) >= MIN_ROWS
    assert all(row["query"].strip() and row["expected_slug"].strip() for row in rows)
    assert {row["rank"] for row in rows} <= {1, 3}


@pytest.mark.django_db
def test_every_query_finds_its_target_within_its_rank():
    anonymous = AnonymousUser()
    failures = []
    for row in relevance_rows():
        results = search(SearchParams(q=row["query"], per_page=10), anonymous)
        assert results.backend == "database"
        found = [hit_target(hit) for hit in results.hits]
        target = target_of(row["expected_slug"])
        if target not in found[:row["rank"]]:
            rank = found.index(target) + 1 if target in found else None
            failures.append(
                f"{row['query']!r}: expected {row['expected_slug']} in the top {row['rank']}, "
                f"got rank {rank or 'none'} of {results.total}; first: {found[:3]}")
    assert not failures, f"{len(failures)} relevance misses:\n" + "\n".join(failures)
