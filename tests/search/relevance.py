"""
The relevance set (relevance.tsv), read the same way by tests/search/test_relevance.py and
bench/search.py: each row a query, the target it must find, and the rank it must reach.

Targets are page or programme slugs (the last segment of a hit's url), or
`regulation:<short name>` (resolved to the hit key "regulation:<pk>").
"""

import csv
from pathlib import Path

TSV = Path(__file__).with_name("relevance.tsv")


def relevance_rows() -> list[dict]:
    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["rank"] = int(row["rank"])
    return rows


def target_of(expected: str) -> str:
    """A TSV target as hits are identified: a slug, or 'regulation:<pk>'."""
    from directory.models import Regulation

    if expected.startswith("regulation:"):
        short_name = expected.split(":", 1)[1]
        return f"regulation:{Regulation.objects.get(short_name=short_name).pk}"
    return expected


def hit_target(hit) -> str:
    if hit.key.startswith("regulation:"):
        return hit.key
    return hit.url.rstrip("/").rsplit("/", 1)[-1]
