"""
The reaction evaluation (Kirkpatrick level 1) of a programme, a study visit's agenda
included: did the participants find it relevant, clear, well led, well organised and
applicable in their OPD?

- `evaluation_submit`: a registered participant answers five statements on a 1-5 scale
  (EvaluationResponse.LIKERT) and two optional comments, once the programme's first
  session has started; answering again changes the one response (a UniqueConstraint
  on programme and participant).
- `evaluation_summary`: per statement the number of answers, the mean, the count of
  each score and the share agreeing (4 or 5); the overall mean; the response rate
  among the registered; the comments, without names. Three queries at any size: the
  counts are aggregated in the database.
- `may_view_evaluation_summary`: organisers, the facilitators of the programme's
  sessions and, for a visit's agenda, the coordinators of either region.

Responses are anonymous to their readers: neither the summary nor the CSV export
carries a name.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import sessions_attendable_by, visit_sides
from directory.models import Participant
from directory.roles import is_organiser
from lms.errors import DomainError

from .models import EvaluationResponse, Programme, Registration, Session

ITEMS = tuple(EvaluationResponse.ITEMS)  # relevance, material, ...: the form's order
SCORES = (1, 2, 3, 4, 5)
AGREE = (4, 5)  # "agree" and "strongly agree"
COMMENT_MAX = 2000  # characters per comment
TWO_PLACES, ONE_PLACE = Decimal("0.01"), Decimal("0.1")


# --- Answering ------------------------------------------------------------------------

def check_may_evaluate(user, programme: Programme) -> Participant:
    """The user's own participant profile if they may evaluate `programme` now: a
    REGISTERED registration (`not_registered` for none, a waitlisted or a cancelled
    one) and a first session that has started (`evaluation_not_open`)."""
    registration = None
    if user.is_authenticated:
        registration = (Registration.objects.select_related("participant")
                        .filter(programme=programme, participant__user=user,
                                status=Registration.Status.REGISTERED).first())
    if registration is None:
        raise DomainError("not_registered", _("Only the registered participants of this "
                                              "programme can evaluate it."))
    first_start = (Session.objects.filter(programme=programme).order_by("starts_at")
                   .values_list("starts_at", flat=True).first())
    if first_start is None or timezone.now() < first_start:
        raise DomainError("evaluation_not_open", _("The evaluation opens when the "
                                                   "programme's first session starts."))
    return registration.participant


def _score(value) -> int | None:
    """A Likert score from an int or its digits ("4"); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value in SCORES else None


def clean_answers(answers: dict, liked: str, improve: str) -> dict:
    """The response's field values; refused with `invalid_<item>` for a statement
    without a score from 1 to 5, `comment_too_long` past COMMENT_MAX characters."""
    values = {}
    for item in ITEMS:
        values[item] = _score(answers.get(item))
        if values[item] is None:
            raise DomainError(f"invalid_{item}", _("Choose a score from 1 to 5 for: "
                                                   "%(item)s") % {
                "item": EvaluationResponse.ITEMS[item]})
    for name, text in (("liked", liked), ("improve", improve)):
        values[name] = (text or "").strip()
        if len(values[name]) > COMMENT_MAX:
            raise DomainError("comment_too_long", _(
                "A comment has at most %(max)d characters.") % {"max": COMMENT_MAX})
    return values


@transaction.atomic
def evaluation_submit(*, user, programme: Programme, answers: dict[str, int],
                      liked: str = "", improve: str = "") -> EvaluationResponse:
    """
    Store the signed-in user's own evaluation of `programme`, or change the one they
    gave. Refused, storing nothing, with `not_registered`, `evaluation_not_open`,
    `invalid_<item>` or `comment_too_long`. Two submissions at the same moment still
    leave one row: update_or_create locks it, and the unique constraint turns a second
    insert into an update.
    """
    participant = check_may_evaluate(user, programme)
    values = clean_answers(answers, liked, improve)
    EvaluationResponse(programme=programme, participant=participant, **values).full_clean(
        validate_unique=False, validate_constraints=False)
    response, _created = EvaluationResponse.objects.update_or_create(
        programme=programme, participant=participant, defaults=values)
    return response


# --- The summary ----------------------------------------------------------------------

@dataclass(frozen=True)
class ScoreShare:
    """One score of one statement: how many chose it, and their share of the answers."""

    score: int
    label: str
    count: int
    percent: Decimal  # of the statement's answers, one decimal; 0 without answers


@dataclass(frozen=True)
class ItemSummary:
    key: str
    label: str
    n: int
    mean: Decimal | None  # two decimals; None without answers
    counts: tuple[int, ...]  # the number of answers with score 1, 2, 3, 4, 5
    agree_percent: Decimal | None  # the share answering 4 or 5, one decimal

    @property
    def shares(self) -> list[ScoreShare]:
        labels = dict(EvaluationResponse.LIKERT)
        return [ScoreShare(score, str(labels[score]), count, _percent(count, self.n)
                           or Decimal(0))
                for score, count in zip(SCORES, self.counts, strict=True)]


@dataclass(frozen=True)
class Comment:
    """What one respondent wrote (either may be empty, never both); no name."""

    liked: str
    improve: str
    submitted_at: datetime


@dataclass(frozen=True)
class EvaluationSummary:
    respondents: int
    registered: int
    responding_registered: int  # respondents still registered: the rate's numerator
    response_rate: Decimal | None  # percent, one decimal; None when nobody is registered
    items: list[ItemSummary]
    overall_mean: Decimal | None  # every score of every statement, two decimals
    comments: list[Comment]  # newest first


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100 * part) / whole).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def _mean(total: int, n: int) -> Decimal | None:
    if not n:
        return None
    return (Decimal(total) / n).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def _counts(programme: Programme) -> dict[str, int]:
    """One query: the responses, those of people still registered, and per statement
    the number of answers with each score (`<item>_<score>`)."""
    still_registered = Registration.objects.filter(
        programme=OuterRef("programme"), participant=OuterRef("participant"),
        status=Registration.Status.REGISTERED)
    counts = {"respondents": Count("pk"),
              "responding_registered": Count("pk", filter=Q(still_registered=True))}
    for item in ITEMS:
        for score in SCORES:
            counts[f"{item}_{score}"] = Count("pk", filter=Q(**{item: score}))
    return (EvaluationResponse.objects.filter(programme=programme)
            .annotate(still_registered=Exists(still_registered)).aggregate(**counts))


def _item(key: str, counts: dict[str, int]) -> ItemSummary:
    per_score = tuple(counts[f"{key}_{score}"] for score in SCORES)
    n = sum(per_score)
    total = sum(score * count for score, count in zip(SCORES, per_score, strict=True))
    agreeing = sum(counts[f"{key}_{score}"] for score in AGREE)
    return ItemSummary(key=key, label=str(EvaluationResponse.ITEMS[key]), n=n,
                       mean=_mean(total, n), counts=per_score,
                       agree_percent=_percent(agreeing, n))


def _comments(programme: Programme) -> list[Comment]:
    rows = (EvaluationResponse.objects.filter(programme=programme)
            .exclude(liked="", improve="").order_by("-submitted_at", "-pk")
            .values_list("liked", "improve", "submitted_at"))
    return [Comment(liked, improve, at) for liked, improve, at in rows]


def evaluation_summary(programme: Programme) -> EvaluationSummary:
    """
    The programme's evaluation in three queries, whatever the number of responses.
    The response rate is the share of the REGISTERED participants who responded (a
    response kept from someone who cancelled later counts as a respondent, not in
    the rate); the overall mean is the mean of every score given.
    """
    counts = _counts(programme)
    registered = Registration.objects.filter(
        programme=programme, status=Registration.Status.REGISTERED).count()
    items = [_item(key, counts) for key in ITEMS]
    answers = sum(item.n for item in items)
    total = sum(score * count for item in items
                for score, count in zip(SCORES, item.counts, strict=True))
    return EvaluationSummary(
        respondents=counts["respondents"], registered=registered,
        responding_registered=counts["responding_registered"],
        response_rate=_percent(counts["responding_registered"], registered),
        items=items, overall_mean=_mean(total, answers), comments=_comments(programme))


# --- Who reads it ---------------------------------------------------------------------

def _visit_of(programme: Programme):
    try:
        return programme.visit_request
    except ObjectDoesNotExist:
        return None


def may_view_evaluation_summary(user, programme: Programme) -> bool:
    """Organisers, the facilitators of the programme's sessions and, when it is a
    visit's agenda, the coordinators of the requesting or the host region."""
    if not user.is_authenticated:
        return False
    if is_organiser(user):
        return True
    if sessions_attendable_by(user).filter(programme=programme).exists():
        return True
    visit = _visit_of(programme)
    return visit is not None and bool(visit_sides(user, visit))
