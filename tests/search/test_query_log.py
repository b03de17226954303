"""The search query log: one row per normalised query and day, nothing personal."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from search.models import QueryLog
from search.querylog import (
    log_query,
    normalise,
    period_start,
    top_queries,
    zero_result_queries,
)

DAY = datetime.date(2026, 3, 2)
NEXT_DAY = DAY + datetime.timedelta(days=1)


@pytest.mark.parametrize("raw, logged", [
    ("  SIPD   Baubau ", "sipd baubau"),
    ("Pélatihan\tKEMENDAGRI\n", "pelatihan kemendagri"),
    ("x" * 1000, "x" * 200),
    ("", ""),
    ("   \n\t ", ""),
    (None, ""),
])
def test_normalise(raw, logged):
    assert normalise(raw) == logged


@pytest.mark.django_db
def test_one_row_per_query_and_day_counts_searches_and_zero_results():
    QueryLog.objects.all().delete()
    log_query("SIPD", 12, day=DAY)
    log_query("  sipd ", 0, day=DAY)
    log_query("Sipd", 7, day=DAY)
    log_query("sipd", 3, day=NEXT_DAY)

    rows = list(QueryLog.objects.order_by("day").values(
        "query", "day", "searches", "zero_result_searches", "last_result_count"))
    assert rows == [
        {"query": "sipd", "day": DAY, "searches": 3, "zero_result_searches": 1,
         "last_result_count": 7},
        {"query": "sipd", "day": NEXT_DAY, "searches": 1, "zero_result_searches": 0,
         "last_result_count": 3},
    ]


@pytest.mark.django_db
def test_empty_queries_are_not_logged():
    QueryLog.objects.all().delete()
    for query in ["", "   ", None, "\n\t"]:
        log_query(query, 0, day=DAY)
    assert not QueryLog.objects.exists()


@pytest.mark.django_db
def test_the_log_holds_nothing_personal(client, django_user_model):
    """No field could hold a user, an address or a session, and a search adds none."""
    fields = {field.name for field in QueryLog._meta.get_fields()}
    assert fields == {"id", "query", "day", "searches", "zero_result_searches",
                      "last_result_count"}
    assert not [f for f in QueryLog._meta.get_fields() if f.is_relation]

    QueryLog.objects.all().delete()
    user = django_user_model.objects.get(username="peserta")
    client.force_login(user)
    client.get("/cari/", {"q": "SIPD Baubau"}, REMOTE_ADDR="203.0.113.9",
               HTTP_USER_AGENT="Mozilla/5.0 test")
    rows = list(QueryLog.objects.values())
    assert len(rows) == 1
    stored = " ".join(str(value) for value in rows[0].values())
    assert rows[0]["query"] == "sipd baubau"
    for personal in [user.username, user.email, "203.0.113.9", "Mozilla",
                     client.session.session_key]:
        assert personal not in stored


@pytest.mark.django_db
def test_a_row_created_by_someone_else_between_update_and_insert_is_counted_into():
    """The race: our UPDATE found no row, another request then inserted it."""
    QueryLog.objects.all().delete()
    QueryLog.objects.create(query="spbe", day=DAY, searches=4, zero_result_searches=0,
                            last_result_count=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        QueryLog.objects.create(query="spbe", day=DAY)  # the unique constraint holds
    log_query("SPBE", 0, day=DAY)
    row = QueryLog.objects.get(query="spbe", day=DAY)
    assert (row.searches, row.zero_result_searches, row.last_result_count) == (5, 1, 0)


@pytest.mark.django_db
def test_the_insert_race_is_retried_as_an_update(monkeypatch):
    """Force the race: the UPDATE misses, a concurrent insert lands, ours is refused."""
    from search import querylog

    QueryLog.objects.all().delete()
    real_update = querylog.QueryLog.objects.none().__class__.update
    calls = {"n": 0}

    def update_racing(queryset, **changes):
        calls["n"] += 1
        if calls["n"] == 1:  # our first UPDATE: no row yet; the other request inserts now
            QueryLog.objects.create(query="kunker", day=DAY, searches=1,
                                    zero_result_searches=0, last_result_count=2)
            return 0
        return real_update(queryset, **changes)

    monkeypatch.setattr(querylog.QueryLog.objects.none().__class__, "update", update_racing)
    log_query("kunker", 0, day=DAY)
    monkeypatch.undo()
    row = QueryLog.objects.get(query="kunker", day=DAY)
    assert (row.searches, row.zero_result_searches, row.last_result_count) == (2, 1, 0)


@pytest.mark.django_db
def test_selectors_sum_over_the_period_and_order_by_searches():
    QueryLog.objects.all().delete()
    old = DAY - datetime.timedelta(days=60)
    for query, day, searches, zero, last in [
        ("sipd", DAY, 5, 0, 8), ("sipd", NEXT_DAY, 2, 0, 9),
        ("spbe", NEXT_DAY, 4, 1, 3),
        ("tpp daerah", DAY, 1, 1, 0), ("tpp daerah", NEXT_DAY, 2, 2, 0),
        ("zzz lama", old, 50, 50, 0),  # before the period
    ]:
        QueryLog.objects.create(query=query, day=day, searches=searches,
                                zero_result_searches=zero, last_result_count=last)
    since = DAY - datetime.timedelta(days=6)

    top = top_queries(since, limit=10)
    assert [(r.query, r.searches, r.zero_result_searches, r.last_result_count, r.last_day)
            for r in top] == [
        ("sipd", 7, 0, 9, NEXT_DAY),
        ("spbe", 4, 1, 3, NEXT_DAY),
        ("tpp daerah", 3, 3, 0, NEXT_DAY),
    ]
    assert [r.query for r in top_queries(since, limit=2)] == ["sipd", "spbe"]

    zero = zero_result_queries(since, limit=10)
    assert [(r.query, r.searches, r.last_result_count, r.last_day) for r in zero] == [
        ("tpp daerah", 3, 0, NEXT_DAY),
        ("spbe", 1, 3, NEXT_DAY),
    ]
    assert "zzz lama" in [r.query for r in top_queries(old, limit=None)]


def test_period_start_includes_today():
    assert period_start(7, today=NEXT_DAY) == NEXT_DAY - datetime.timedelta(days=6)
    assert period_start(1, today=NEXT_DAY) == NEXT_DAY
