"""
The reaction evaluation (training/evaluation.py and training/views/evaluation.py): the
summary against a case worked out by hand, answering twice, every refusal (and that a
refused answer stores nothing), the form page, who may read the summary and the CSV
(organisers, a session's facilitators, a visit's coordinators of both regions), that
the CSV carries no names, and a summary whose queries do not grow with the responses.

Programmes come from tests.training.helpers; registrations are created directly, so
these tests do not depend on the registration rules. Assertions are on status codes,
refusal codes and stored data, never on wording.
"""

import csv
import datetime
import io
import re
from dataclasses import fields
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Region
from lms.errors import DomainError
from training.evaluation import (
    Comment,
    evaluation_submit,
    evaluation_summary,
    may_view_evaluation_summary,
)
from training.models import EvaluationResponse, Registration
from visits.models import VisitRequest

from .helpers import make_participant, make_programme

pytestmark = pytest.mark.django_db
User = get_user_model()
ITEMS = ["relevance", "material", "facilitators", "organisation", "applicability"]
PAST = timezone.localdate() - datetime.timedelta(days=3)  # a programme already started


# --- Helpers -------------------------------------------------------------------------

def scores(*values) -> dict[str, int]:
    return dict(zip(ITEMS, values, strict=True))


def register(programme, participant, status=Registration.Status.REGISTERED):
    return Registration.objects.create(programme=programme, participant=participant,
                                       status=status)


def registered_person(programme, **kwargs):
    participant = make_participant(**kwargs)
    register(programme, participant)
    return participant


def answer(participant, programme, values=(4, 4, 4, 4, 4), liked="", improve=""):
    return evaluation_submit(user=participant.user, programme=programme,
                             answers=scores(*values), liked=liked, improve=improve)


def url(programme, tail=""):
    return f"/program/{programme.slug}/evaluasi/{tail}"


def post_data(values=(5, 4, 3, 4, 5), **comments):
    return {**{item: str(v) for item, v in zip(ITEMS, values, strict=True)}, **comments}


def coordinator(region_slug):
    return make_participant(region_slug=region_slug, groups=("Koordinator",)).user


def visit_with(programme, requesting="kab-konawe-utara", host="kota-baubau"):
    return VisitRequest.objects.create(
        title="Studi banding SIPD", requesting_region=Region.objects.get(slug=requesting),
        host_region=Region.objects.get(slug=host), learning_goal="Belajar SIPD.",
        proposed_start=PAST, proposed_end=PAST, delegation_size=5, contact_name="Andi",
        state="terlaksana", programme=programme)


@pytest.fixture
def programme():
    return make_programme(starts=PAST, sessions=2)


# --- The summary, worked out by hand ---------------------------------------------------

def test_the_summary_matches_a_case_worked_out_by_hand(programme):
    a, b, c, d = (registered_person(programme) for _ in range(4))  # d does not answer
    register(programme, make_participant(), Registration.Status.WAITLISTED)
    register(programme, make_participant(), Registration.Status.CANCELLED)
    answer(a, programme, (5, 4, 5, 3, 4), liked="Materi SIPD jelas")
    answer(b, programme, (4, 4, 3, 2, 5), improve="Waktu terlalu singkat")
    answer(c, programme, (2, 5, 4, 3, 4), liked="  ", improve="")  # blank: no comment

    summary = evaluation_summary(programme)

    assert (summary.respondents, summary.registered) == (3, 4)
    assert summary.response_rate == Decimal("75.0")
    by_key = {item.key: item for item in summary.items}
    assert [item.key for item in summary.items] == ITEMS
    expected = {  # item: (mean, counts of 1..5, percent answering 4 or 5)
        "relevance": ("3.67", (0, 1, 0, 1, 1), "66.7"),  # 5 4 2
        "material": ("4.33", (0, 0, 0, 2, 1), "100.0"),  # 4 4 5
        "facilitators": ("4.00", (0, 0, 1, 1, 1), "66.7"),  # 5 3 4
        "organisation": ("2.67", (0, 1, 2, 0, 0), "0.0"),  # 3 2 3
        "applicability": ("4.33", (0, 0, 0, 2, 1), "100.0"),  # 4 5 4
    }
    for key, (mean, counts, agree) in expected.items():
        item = by_key[key]
        assert (item.n, item.mean, item.counts, item.agree_percent) == (
            3, Decimal(mean), counts, Decimal(agree)), key
        assert item.label == str(EvaluationResponse.ITEMS[key])
    assert summary.overall_mean == Decimal("3.80")  # 57 points / 15 answers
    shares = by_key["organisation"].shares
    assert [(s.score, s.count, s.percent) for s in shares] == [
        (1, 0, Decimal("0.0")), (2, 1, Decimal("33.3")), (3, 2, Decimal("66.7")),
        (4, 0, Decimal("0.0")), (5, 0, Decimal("0.0"))]

    # the comments, newest first, and nothing in them that names a person
    assert [(x.liked, x.improve) for x in summary.comments] == [
        ("", "Waktu terlalu singkat"), ("Materi SIPD jelas", "")]
    assert {f.name for f in fields(Comment)} == {"liked", "improve", "submitted_at"}


def test_an_empty_summary_has_no_means_and_no_rate_without_registrations():
    programme = make_programme(starts=PAST)
    summary = evaluation_summary(programme)
    assert (summary.respondents, summary.registered, summary.response_rate) == (0, 0, None)
    assert summary.overall_mean is None and summary.comments == []
    assert all(item.n == 0 and item.mean is None and item.agree_percent is None
               and item.counts == (0, 0, 0, 0, 0) for item in summary.items)

    registered_person(programme)
    assert evaluation_summary(programme).response_rate == Decimal("0.0")


def test_a_response_kept_after_cancelling_counts_as_respondent_not_in_the_rate(programme):
    stays, leaves = registered_person(programme), registered_person(programme)
    answer(stays, programme)
    answer(leaves, programme)
    Registration.objects.filter(participant=leaves).update(
        status=Registration.Status.CANCELLED)
    summary = evaluation_summary(programme)
    assert (summary.respondents, summary.registered, summary.response_rate) == (
        2, 1, Decimal("100.0"))


# --- Answering ---------------------------------------------------------------------------

def test_answering_again_changes_the_one_response(programme):
    person = registered_person(programme)
    first = answer(person, programme, (2, 2, 2, 2, 2), liked="Bagus")
    second = answer(person, programme, (5, 4, 3, 2, 1), improve="Lebih lama")
    rows = EvaluationResponse.objects.filter(programme=programme, participant=person)
    assert rows.count() == 1 and first.pk == second.pk
    row = rows.get()
    assert [getattr(row, item) for item in ITEMS] == [5, 4, 3, 2, 1]
    assert (row.liked, row.improve) == ("", "Lebih lama")
    assert evaluation_summary(programme).respondents == 1


def test_scores_may_come_as_digits_from_a_form(programme):
    person = registered_person(programme)
    evaluation_submit(user=person.user, programme=programme,
                      answers={item: "3" for item in ITEMS})
    assert EvaluationResponse.objects.get(participant=person).relevance == 3


def _refused(code, user, programme, answers):
    with pytest.raises(DomainError) as refusal:
        evaluation_submit(user=user, programme=programme, answers=answers, liked="x")
    assert refusal.value.code == code
    assert not EvaluationResponse.objects.filter(programme=programme).exists()


@pytest.mark.parametrize("status", [None, "waitlisted", "cancelled"])
def test_only_registered_participants_answer(programme, status):
    person = make_participant()
    if status:
        register(programme, person, status)
    _refused("not_registered", person.user, programme, scores(4, 4, 4, 4, 4))


def test_a_registration_for_another_programme_does_not_count(programme):
    person = make_participant()
    register(make_programme(starts=PAST), person)
    _refused("not_registered", person.user, programme, scores(4, 4, 4, 4, 4))


def test_anonymous_visitors_are_refused(programme):
    from django.contrib.auth.models import AnonymousUser

    _refused("not_registered", AnonymousUser(), programme, scores(4, 4, 4, 4, 4))


def test_the_evaluation_opens_when_the_first_session_starts():
    programme = make_programme()  # starts in 14 days
    person = registered_person(programme)
    _refused("evaluation_not_open", person.user, programme, scores(4, 4, 4, 4, 4))

    first = programme.sessions.order_by("starts_at").first()
    first.starts_at = timezone.now() - datetime.timedelta(minutes=1)
    first.save()
    assert answer(person, programme).pk


def test_a_programme_without_sessions_is_not_open():
    programme = make_programme(sessions=0)
    person = registered_person(programme)
    _refused("evaluation_not_open", person.user, programme, scores(4, 4, 4, 4, 4))


@pytest.mark.parametrize("item, value", [
    ("relevance", None), ("material", 0), ("facilitators", 6), ("organisation", "x"),
    ("applicability", True), ("relevance", 4.5), ("material", "")])
def test_every_statement_needs_a_score_from_1_to_5(programme, item, value):
    person = registered_person(programme)
    answers = scores(4, 4, 4, 4, 4)
    if value is None:
        del answers[item]
    else:
        answers[item] = value
    _refused(f"invalid_{item}", person.user, programme, answers)


def test_a_too_long_comment_is_refused(programme):
    person = registered_person(programme)
    with pytest.raises(DomainError) as refusal:
        evaluation_submit(user=person.user, programme=programme,
                          answers=scores(4, 4, 4, 4, 4), improve="x" * 2001)
    assert refusal.value.code == "comment_too_long"
    assert not EvaluationResponse.objects.filter(programme=programme).exists()


def test_a_refused_change_keeps_the_stored_answer(programme):
    person = registered_person(programme)
    answer(person, programme, (1, 2, 3, 4, 5))
    with pytest.raises(DomainError):
        evaluation_submit(user=person.user, programme=programme,
                          answers={**scores(5, 5, 5, 5, 5), "applicability": 9})
    row = EvaluationResponse.objects.get(programme=programme, participant=person)
    assert [getattr(row, item) for item in ITEMS] == [1, 2, 3, 4, 5]


# --- The form page ---------------------------------------------------------------------

def test_a_participant_fills_in_the_form_and_finds_it_prefilled(client, programme):
    person = registered_person(programme)
    client.force_login(person.user)
    page = client.get(url(programme))
    assert page.status_code == 200 and page.context["refusal"] is None
    html = page.content.decode()
    assert html.count('type="radio"') == 25 and html.count("<fieldset") == 5

    sent = client.post(url(programme), post_data((5, 4, 3, 4, 5), liked="Praktik langsung"))
    assert sent.status_code == 302 and sent["Location"] == url(programme)
    row = EvaluationResponse.objects.get(programme=programme, participant=person)
    assert [getattr(row, item) for item in ITEMS] == [5, 4, 3, 4, 5]
    assert row.liked == "Praktik langsung"

    again = client.get(url(programme))
    assert again.context["response"] == row
    assert again.context["form"]["material"].value() == 4
    checked = re.findall(r'<input type="radio" name="(\w+)" value="(\d)"[^>]* checked',
                         again.content.decode())
    assert checked == [(item, str(v)) for item, v in zip(ITEMS, (5, 4, 3, 4, 5),
                                                          strict=True)]

    client.post(url(programme), post_data((1, 1, 1, 1, 1)))
    assert EvaluationResponse.objects.filter(programme=programme).count() == 1
    assert EvaluationResponse.objects.get(pk=row.pk).relevance == 1


def test_a_missing_answer_sends_the_form_back_and_stores_nothing(client, programme):
    person = registered_person(programme)
    client.force_login(person.user)
    data = post_data()
    del data["organisation"]
    data["material"] = "7"
    response = client.post(url(programme), data)
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"organisation", "material"}
    assert 'id="q-organisation-errors"' in response.content.decode()
    assert not EvaluationResponse.objects.filter(programme=programme).exists()


@pytest.mark.parametrize("status, starts, code", [
    (None, PAST, "not_registered"),
    ("waitlisted", PAST, "not_registered"),
    ("registered", None, "evaluation_not_open"),
])
def test_the_form_page_shows_refusals(client, status, starts, code):
    programme = make_programme(starts=starts)
    person = make_participant()
    if status:
        register(programme, person, status)
    client.force_login(person.user)
    page = client.get(url(programme))
    assert page.status_code == 200 and page.context["refusal"].code == code
    assert f'data-code="{code}"' in page.content.decode()
    assert 'type="radio"' not in page.content.decode()

    sent = client.post(url(programme), post_data())
    assert sent.status_code == 400 and sent.context["refusal"].code == code
    assert not EvaluationResponse.objects.filter(programme=programme).exists()


def test_the_form_of_an_unpublished_agenda_is_for_its_registered_people(client):
    programme = make_programme(starts=PAST, published=False, kind="studi_banding")
    person, stranger = registered_person(programme), make_participant()
    client.force_login(stranger.user)
    assert client.get(url(programme)).status_code == 404
    assert client.post(url(programme), post_data()).status_code == 404
    client.force_login(person.user)
    assert client.get(url(programme)).status_code == 200
    assert client.post(url(programme), post_data()).status_code == 302
    assert EvaluationResponse.objects.filter(programme=programme).count() == 1


def test_the_form_asks_anonymous_visitors_to_sign_in(client, programme):
    response = client.get(url(programme))
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")


def test_my_programmes_and_the_programme_page_link_to_the_form_once_started(client):
    started, future = make_programme(starts=PAST), make_programme()
    person = registered_person(started)
    register(future, person)
    client.force_login(person.user)
    mine = client.get("/program/saya/").content.decode()
    assert url(started) in mine and url(future) not in mine
    assert url(started) in client.get(f"/program/{started.slug}/").content.decode()
    assert url(future) not in client.get(f"/program/{future.slug}/").content.decode()
    # a participant is not offered the summary; its facilitator and an organiser are
    assert url(started, "ringkasan/") not in client.get(
        f"/program/{started.slug}/").content.decode()
    facilitator = User.objects.get(username="fasilitator")
    taught = make_programme(starts=PAST, facilitators=[facilitator])
    for reader in (facilitator, User.objects.get(username="penyelenggara")):
        client.force_login(reader)
        page = client.get(f"/program/{taught.slug}/").content.decode()
        assert url(taught, "ringkasan/") in page and url(taught) + '"' not in page


# --- Who reads the summary and the CSV ------------------------------------------------

def _status(client, user, programme, tail="ringkasan/"):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url(programme, tail)).status_code


@pytest.mark.parametrize("tail", ["ringkasan/", "unduh.csv"])
def test_who_reads_the_summary_and_the_csv(client, tail):
    facilitator = User.objects.get(username="fasilitator")
    programme = make_programme(starts=PAST, facilitators=[facilitator])
    participant = registered_person(programme)
    answer(participant, programme)
    assert _status(client, User.objects.get(username="penyelenggara"), programme, tail) == 200
    assert _status(client, facilitator, programme, tail) == 200
    assert _status(client, participant.user, programme, tail) == 403
    assert _status(client, coordinator("kota-baubau"), programme, tail) == 403  # no visit
    client.logout()
    response = client.get(url(programme, tail))
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")


def test_an_unpublished_programme_summary_is_a_404_for_others(client):
    programme = make_programme(starts=PAST, published=False)
    other = make_participant()
    assert _status(client, other.user, programme) == 404
    assert _status(client, other.user, programme, "unduh.csv") == 404
    assert _status(client, User.objects.get(username="penyelenggara"), programme) == 200
    assert client.get("/program/tidak-ada/evaluasi/ringkasan/").status_code == 404


def test_a_visits_coordinators_of_both_regions_read_its_summary(client):
    programme = make_programme(starts=PAST, kind="studi_banding", published=False)
    visit_with(programme, requesting="kab-konawe-utara", host="kota-baubau")
    requester, host = coordinator("kab-konawe-utara"), coordinator("kota-baubau")
    third = coordinator("prov-maluku-utara")
    assert may_view_evaluation_summary(requester, programme)
    assert may_view_evaluation_summary(host, programme)
    assert not may_view_evaluation_summary(third, programme)
    assert _status(client, requester, programme) == 200
    assert _status(client, host, programme, "unduh.csv") == 200
    assert _status(client, third, programme) == 404  # unpublished: not even seen
    programme.published = True
    programme.save()
    assert _status(client, third, programme) == 403
    # a visit's member, registered, is not a coordinator: the form, not the summary
    member = registered_person(programme)
    assert _status(client, member.user, programme) == 403


def test_the_summary_page_shows_the_figures_and_the_comments(client, programme):
    people = [registered_person(programme) for _ in range(4)]
    answer(people[0], programme, (5, 5, 5, 5, 5), liked="Contoh nyata dari Baubau")
    answer(people[1], programme, (4, 4, 4, 4, 4), improve="Bahan dibagikan lebih awal")
    client.force_login(User.objects.get(username="penyelenggara"))
    page = client.get(url(programme, "ringkasan/"))
    assert page.status_code == 200
    assert page.context["summary"].response_rate == Decimal("50.0")
    html = page.content.decode()
    assert "Contoh nyata dari Baubau" in html and "Bahan dibagikan lebih awal" in html
    assert html.count('class="eval-item"') == 5
    for person in people:
        assert person.full_name not in html


def test_the_csv_has_one_row_per_response_and_no_names(client, programme):
    people = [registered_person(programme, name=f"Nama Rahasia {n}") for n in range(3)]
    answer(people[0], programme, (5, 4, 3, 2, 1), liked="Sangat berguna, terima kasih")
    answer(people[1], programme, (1, 2, 3, 4, 5), improve="Ruangan panas")
    client.force_login(User.objects.get(username="penyelenggara"))
    response = client.get(url(programme, "unduh.csv"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3 and len(rows[0]) == 8
    today = timezone.localdate(timezone=programme.host_region.tzinfo).isoformat()
    assert rows[1] == [today, "5", "4", "3", "2", "1", "Sangat berguna, terima kasih", ""]
    assert rows[2] == [today, "1", "2", "3", "4", "5", "", "Ruangan panas"]
    for person in people:
        assert person.full_name not in text and person.user.username not in text


def test_the_summary_queries_do_not_grow_with_responses(client):
    admin = User.objects.get(username="penyelenggara")

    def queries(size: int) -> tuple[int, int]:
        programme = make_programme(starts=PAST)
        for n in range(size):
            answer(registered_person(programme), programme, (n % 5 + 1,) * 5,
                   liked=f"Komentar {n}")
        client.force_login(admin)
        client.get(url(programme, "ringkasan/"))  # a request also empties the query log
        with CaptureQueriesContext(connection) as page:
            response = client.get(url(programme, "ringkasan/"))
        assert response.status_code == 200
        assert response.content.decode().count('class="eval-comment"') == size
        with CaptureQueriesContext(connection) as service:
            summary = evaluation_summary(programme)
        assert summary.respondents == size and len(summary.comments) == size
        return len(service), len(page)

    assert queries(3) == queries(30)
    assert queries(3)[0] == 3
