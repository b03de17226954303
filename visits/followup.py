"""
The follow-up plan (rencana tindak lanjut): its services, its reads and the completion
rule.

Completion rate, the one rule: of a set of actions, the done ones divided by all the
actions that were not cancelled (a cancelled action is neither done nor owed). No
countable action: no rate (None), never 0 % or 100 %.

The plan belongs to the visiting region (a visit's requesting region, a mentoring's
mentored region). Its coordinators and the organisers plan it (`may_plan_followup`);
they and the person responsible for an action report progress on it
(`may_edit_followup_action`). A visit's plan takes writes only while the visit is held
or in follow-up: before, there is nothing to follow up; once closed, it is the record.
The services lock the visit row while they check its state, so a write and the
visit's close (visits.lifecycle, which locks the same row) never cross.

Each service takes keyword-only arguments, runs in one transaction and refuses with
DomainError or AccessDenied and a stable code.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.access import (
    followup_actions_visible_to,
    may_edit_followup_action,
    may_plan_followup,
)
from lms.errors import AccessDenied, DomainError, validated
from lms.uploads import EVIDENCE_KINDS, check_upload, named_by_content

from .models import FollowUpAction, FollowUpNote, VisitRequest, VisitState

Status = FollowUpAction.Status

PLAN_OPEN_STATES = (VisitState.HELD, VisitState.FOLLOW_UP)
EDITABLE_FIELDS = {"title", "description", "due_date", "owner_agency", "owner", "topic",
                   "status"}
# --- The completion rule -------------------------------------------------------------

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
        "overdue": Count("pk", filter=FollowUpAction.overdue_q(today)),
    }


def completion(actions: QuerySet, *, today) -> Completion:
    """The completion of `actions`, in one query."""
    return Completion(**actions.order_by().aggregate(**_counts(today)))


def completion_by(actions: QuerySet, field: str, *, today) -> dict:
    """{value of `field` (e.g. "visit", "region", "topic"): Completion}, in one query."""
    rows = actions.order_by().values(field).annotate(**_counts(today))
    return {row.pop(field): Completion(**row) for row in rows}


# --- Completion figures --------------------------------------------------------------

def _actions(actions: QuerySet | None) -> QuerySet:
    return FollowUpAction.objects.all() if actions is None else actions


def visit_completion(visit: VisitRequest, *, today) -> Completion:
    """The completion of one visit's plan (the figures on the visit and plan pages)."""
    return completion(FollowUpAction.objects.filter(visit=visit), today=today)


def region_completion(region, *, today) -> Completion:
    """Every action a region carries out, from its visits and the mentoring it receives."""
    return completion(FollowUpAction.objects.filter(region=region), today=today)


def completion_by_visit(actions: QuerySet | None = None, *, today) -> dict:
    """{visit id: Completion} of the actions that follow a visit (one query)."""
    return completion_by(_actions(actions).filter(visit__isnull=False), "visit", today=today)


def completion_by_region(actions: QuerySet | None = None, *, today) -> dict:
    """{region id: Completion} (one query)."""
    return completion_by(_actions(actions), "region", today=today)


def completion_by_topic(actions: QuerySet | None = None, *, today) -> dict:
    """{topic id, or None for actions without a topic: Completion} (one query)."""
    return completion_by(_actions(actions), "topic", today=today)


# --- Reads ---------------------------------------------------------------------------

def overdue_actions(today, actions: QuerySet | None = None) -> QuerySet:
    """Open actions (not started, in progress) whose due date is before `today`, the
    longest overdue first."""
    return (_actions(actions)
            .filter(FollowUpAction.overdue_q(today))
            .order_by("due_date", "pk"))


def with_people(actions: QuerySet) -> QuerySet:
    """What an action's row shows: OPD, person, topic, region, its visit or mentoring."""
    return actions.select_related("owner_agency", "owner__user", "topic", "region", "visit",
                                  "mentorship")


def plan_actions(visit: VisitRequest, *, status: str = "", today=None) -> QuerySet:
    """A visit's actions for its plan page, by due date; `status` filters by a status
    value or "overdue"."""
    actions = with_people(FollowUpAction.objects.filter(visit=visit))
    if status == "overdue":
        return overdue_actions(today or timezone.localdate(), actions)
    if status in Status.values:
        actions = actions.filter(status=status)
    return actions.order_by("due_date", "pk")


def my_actions(user, *, today) -> QuerySet:
    """The actions `user` is the person responsible for: overdue first, then the other
    open ones, then the finished ones; by due date within each."""
    rank = Case(
        When(FollowUpAction.overdue_q(today), then=Value(0)),
        When(status__in=FollowUpAction.OPEN, then=Value(1)),
        default=Value(2), output_field=IntegerField(),
    )
    actions = followup_actions_visible_to(user).filter(owner__user_id=user.pk)
    return with_people(actions).annotate(rank=rank).order_by("rank", "due_date", "pk")


def action_path(action: FollowUpAction) -> str:
    """The action's page: under its visit's plan, else under its mentoring."""
    if action.visit_id:
        return reverse("followup_action", kwargs={"pk": action.visit_id,
                                                  "action_pk": action.pk})
    return reverse("mentorship_action", kwargs={"pk": action.mentorship_id,
                                                "action_pk": action.pk})


def evidence_path(action: FollowUpAction, note: FollowUpNote) -> str:
    """Where a note's evidence file is served (after the viewer's access is checked)."""
    if action.visit_id:
        return reverse("followup_evidence", kwargs={
            "pk": action.visit_id, "action_pk": action.pk, "note_pk": note.pk})
    return reverse("mentorship_evidence", kwargs={
        "pk": action.mentorship_id, "action_pk": action.pk, "note_pk": note.pk})


# --- Services ------------------------------------------------------------------------

def _plan_region_id(visit, mentorship) -> int:
    """The region whose plan the action joins: the visitor's, or the mentored region's."""
    if visit is None and mentorship is None:
        raise DomainError("action_without_origin",
                          _("An action follows a visit or a mentoring."))
    if (visit is not None and mentorship is not None
            and mentorship.mentee_region_id != visit.requesting_region_id):
        raise DomainError("mentorship_other_region",
                          _("The mentoring must be one the visiting region receives."))
    return visit.requesting_region_id if visit is not None else mentorship.mentee_region_id


def _check_plan_open(visit_id: int | None) -> None:
    """Lock the visit row (against a concurrent close) and check that its plan is open."""
    if visit_id is None:
        return
    state = (VisitRequest.objects.select_for_update().filter(pk=visit_id)
             .values_list("state", flat=True).get())
    if state not in PLAN_OPEN_STATES:
        raise DomainError("plan_closed", _("The follow-up plan can be changed once the visit "
                                           "has been held, and until the visit is closed."))


def _check_people(region_id: int, *, owner=None, owner_agency=None) -> None:
    if owner is not None and owner.region_id != region_id:
        raise DomainError("owner_other_region",
                          _("The person responsible works in the region that carries the "
                            "action out."))
    if owner_agency is not None and owner_agency.region_id != region_id:
        raise DomainError("agency_other_region",
                          _("The owning OPD belongs to the region that carries the action "
                            "out."))


def _only_topic(origin):
    """The topic of a visit or mentoring that has exactly one, else None."""
    topics = list(origin.topics.all()[:2])
    return topics[0] if len(topics) == 1 else None


def _plan_denied() -> AccessDenied:
    return AccessDenied("followup_forbidden",
                        _("You may not plan follow-up actions for this region."))


@transaction.atomic
def followup_action_create(*, user, visit=None, mentorship=None, title: str,
                           due_date: datetime.date, description: str = "",
                           owner_agency=None, owner=None, topic=None) -> FollowUpAction:
    """
    Add an action to the plan of a visit (its requesting region's) or of a mentoring
    (its mentored region's). The person responsible and the OPD are of that region;
    without a topic, the visit's (or mentoring's) only topic is used.
    """
    region_id = _plan_region_id(visit, mentorship)
    if not may_plan_followup(user, region_id):
        raise _plan_denied()
    _check_plan_open(visit.pk if visit is not None else None)
    _check_people(region_id, owner=owner, owner_agency=owner_agency)
    action = FollowUpAction(
        visit=visit, mentorship=mentorship, region_id=region_id, title=(title or "").strip(),
        description=description, due_date=due_date, owner=owner, owner_agency=owner_agency,
        topic=topic or _only_topic(visit or mentorship), created_by=user,
    )
    validated(action)
    action.save()
    return action


def _set_status(action: FollowUpAction, status: str, day: datetime.date) -> None:
    """Done: completed on `day` (kept if it was done already); any other status: not
    completed."""
    if status not in Status.values:
        raise DomainError("invalid_status", _("Choose one of the statuses offered."))
    if status == Status.DONE:
        action.completed_on = action.completed_on if action.status == Status.DONE else day
    else:
        action.completed_on = None
    action.status = status


def _locked(action: FollowUpAction) -> FollowUpAction:
    return (FollowUpAction.objects.select_for_update(of=("self",))
            .select_related("owner").get(pk=action.pk))


@transaction.atomic
def followup_action_update(*, user, action: FollowUpAction, **fields) -> FollowUpAction:
    """
    Change what the plan says about an action (title, description, due date, OPD, person,
    topic, status): the planners' job (`may_plan_followup`). The person responsible
    reports progress with followup_note_add instead.
    """
    if set(fields) - EDITABLE_FIELDS:
        raise DomainError("field_not_editable", _("This part of an action cannot be "
                                                  "changed here."))
    if not may_plan_followup(user, action.region_id):
        raise _plan_denied()
    _check_plan_open(action.visit_id)
    action = _locked(action)
    _check_people(action.region_id, owner=fields.get("owner"),
                  owner_agency=fields.get("owner_agency"))
    status = fields.pop("status", None)
    for name, value in fields.items():
        setattr(action, name, value)
    if status and status != action.status:
        _set_status(action, status, timezone.localdate())
    validated(action, exclude=("created_by",))  # none for actions of the admin or demo
    action.save()
    return action


@transaction.atomic
def followup_note_add(*, user, action: FollowUpAction, text: str, evidence_file=None,
                      evidence_url: str = "", status: str | None = None,
                      at: datetime.datetime | None = None) -> FollowUpNote:
    """
    Report progress on an action, with evidence (a file, a link or both) and, when
    `status` is given, its new status. The file is checked by its content before
    anything is written, so a refused file leaves no note, no file and no change.
    `at` dates the note (the demo's history); the default is now.
    """
    if not may_edit_followup_action(user, action):
        raise AccessDenied("action_forbidden",
                           _("You may not report progress on this action."))
    if evidence_file is not None:
        evidence_file = named_by_content(
            evidence_file, check_upload(evidence_file, EVIDENCE_KINDS), default_stem="bukti")
    if status and status not in Status.values:
        raise DomainError("invalid_status", _("Choose one of the statuses offered."))
    _check_plan_open(action.visit_id)
    action = _locked(action)
    note = FollowUpNote(action=action, author=user, text=(text or "").strip(),
                        evidence_url=(evidence_url or "").strip(),
                        evidence_file=evidence_file, status_after=status or "")
    validated(note, exclude=("author",))
    at = at or timezone.now()
    if status and status != action.status:
        _set_status(action, status, timezone.localdate(at))
        action.save(update_fields=["status", "completed_on", "updated_at"])
    note.save()
    FollowUpNote.objects.filter(pk=note.pk).update(created_at=at)
    note.created_at = at
    return note
