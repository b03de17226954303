"""
The follow-up plan (rencana tindak lanjut): its services and the completion rule.

Completion rate, the one rule: of a set of actions, the done ones divided by all the
actions that were not cancelled (a cancelled action is neither done nor owed). No
countable action: no rate (None), never 0 % or 100 %.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from .models import FollowUpAction

Status = FollowUpAction.Status


@dataclass(frozen=True)
class Completion:
    done: int
    countable: int  # every action but the cancelled ones
    open: int
    overdue: int

    @property
    def rate(self) -> float | None:
        """Done / countable, 0.0-1.0; None when nothing is countable."""
        return self.done / self.countable if self.countable else None

    @property
    def percent(self) -> int | None:
        return None if self.rate is None else round(self.rate * 100)


def _counts(today):
    return {
        "done": Count("pk", filter=Q(status=Status.DONE)),
        "countable": Count("pk", filter=~Q(status=Status.CANCELLED)),
        "open": Count("pk", filter=Q(status__in=FollowUpAction.OPEN)),
        "overdue": Count("pk", filter=Q(status__in=FollowUpAction.OPEN, due_date__lt=today)),
    }


def completion(actions: QuerySet, *, today) -> Completion:
    """The completion of `actions`, in one query."""
    return Completion(**actions.order_by().aggregate(**_counts(today)))


def completion_by(actions: QuerySet, field: str, *, today) -> dict:
    """{value of `field` (e.g. "visit", "region", "topic"): Completion}, in one query."""
    rows = actions.order_by().values(field).annotate(**_counts(today))
    return {row.pop(field): Completion(**row) for row in rows}
