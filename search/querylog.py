"""
The search query log: what people searched and what it found, with nothing personal.

One `QueryLog` row per (normalised query, day) counts the searches, the searches that
found nothing, and how many results the latest search found. No user, IP address,
session, referrer or time of day is stored: a row says "12 people searched 'sipd bimtek'
on 3 March and the last search found 7 results", never who.

- `normalise(q)`: the form a query is logged under (folded lower case, single spaces,
  at most 200 characters); "" for a query that is only white space (not logged).
- `log_query(q, result_count)`: count one search. Race-safe on SQLite and PostgreSQL: an
  UPDATE with F() increments an existing row; when there is none, an INSERT in a
  savepoint, and if another request inserted the same (query, day) first, the unique
  constraint refuses ours and we UPDATE theirs. A failing log never fails the search.
- `top_queries(since, limit)` and `zero_result_queries(since, limit)`: the admin
  report's tables, summed over the days since `since` (`QueryStat` rows).
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Max, OuterRef, Subquery, Sum
from django.utils import timezone

from .analysis import fold
from .models import QueryLog

logger = logging.getLogger(__name__)

MAX_LOGGED_LENGTH = 200  # QueryLog.query's max_length


def normalise(q: str | None) -> str:
    """The query as the search cleaned it (search.service.clean_query: white space
    collapsed, at most 200 characters), in folded lower case."""
    from .service import clean_query

    return " ".join(fold(clean_query(q)).split())[:MAX_LOGGED_LENGTH]


def log_query(q: str | None, result_count: int, day: datetime.date | None = None) -> None:
    """Count one search of `q` that found `result_count` results (today by default)."""
    query = normalise(q)
    if not query:
        return
    day = day or timezone.localdate()
    count = max(0, int(result_count or 0))
    zero = 1 if count == 0 else 0
    try:
        _upsert(query, day, count, zero)
    except DatabaseError:
        # The log is a by-product: the person still gets their results.
        logger.warning("Could not log the search query %r", query, exc_info=True)


def _upsert(query: str, day: datetime.date, count: int, zero: int) -> None:
    rows = QueryLog.objects.filter(query=query, day=day)
    changes = dict(searches=F("searches") + 1,
                   zero_result_searches=F("zero_result_searches") + zero,
                   last_result_count=count)
    # One UPDATE is atomic by itself (and the common case: the query was searched today).
    if rows.update(**changes):
        return
    # A savepoint, so that a failure never breaks a transaction the caller is in.
    with transaction.atomic():
        try:
            with transaction.atomic():
                QueryLog.objects.create(query=query, day=day, searches=1,
                                        zero_result_searches=zero, last_result_count=count)
        except IntegrityError:
            # Another request created the row between our UPDATE and INSERT.
            rows.update(**changes)


@dataclass(frozen=True)
class QueryStat:
    """One query over a period, for the report and its downloads."""

    query: str
    searches: int  # all searches in the period
    zero_result_searches: int  # of which found nothing
    last_result_count: int  # results of the latest search
    last_day: datetime.date  # the day of the latest search


def _stats(since: datetime.date):
    """Per query since `since`: sums over the days, and the latest day's result count."""
    latest = (QueryLog.objects.filter(query=OuterRef("query"), day__gte=since)
              .order_by("-day").values("last_result_count")[:1])
    return (QueryLog.objects.filter(day__gte=since).values("query")
            .annotate(total=Sum("searches"), zero=Sum("zero_result_searches"),
                      last_day=Max("day"), last_count=Subquery(latest)))


def _rows(queryset, limit: int | None) -> list[QueryStat]:
    if limit is not None:
        queryset = queryset[:limit]
    return [QueryStat(query=row["query"], searches=row["total"],
                      zero_result_searches=row["zero"],
                      last_result_count=row["last_count"] or 0, last_day=row["last_day"])
            for row in queryset]


def top_queries(since: datetime.date, limit: int | None = 50) -> list[QueryStat]:
    """The most searched queries since `since` (inclusive), most searches first."""
    return _rows(_stats(since).order_by("-total", "query"), limit)


def zero_result_queries(since: datetime.date, limit: int | None = 50) -> list[QueryStat]:
    """
    Queries that found nothing at least once since `since`, the most searched first;
    their `searches` counts only the searches that found nothing. A query that finds
    results again (a synonym or a new page fixed it) shows `last_result_count` > 0.
    """
    stats = _stats(since).filter(zero__gt=0)
    rows = _rows(stats.order_by("-zero", "-last_day", "query"), limit)
    return [QueryStat(query=row.query, searches=row.zero_result_searches,
                      zero_result_searches=row.zero_result_searches,
                      last_result_count=row.last_result_count, last_day=row.last_day)
            for row in rows]


def period_start(days: int, today: datetime.date | None = None) -> datetime.date:
    """The first day of "the last `days` days", today included."""
    return (today or timezone.localdate()) - datetime.timedelta(days=days - 1)
