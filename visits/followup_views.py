"""
The follow-up plan pages (under kunjungan/): a visit's plan with its completion and the
form to add actions, one action with its progress notes, an evidence file, the plan as
CSV, and "My follow-up actions" of the person responsible.

A visit is looked up through directory.access.visit_requests_visible_to and an action
through followup_actions_visible_to (and it must belong to the visit in the URL), so
another region's visit, action or evidence is a 404, the same answer as an id that does
not exist. Writes go through visits.followup; a refusal is shown on the form, never a 500.
`action_page` and `evidence_response` also serve a mentoring's actions
(visits.mentoring_views).
"""

from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from directory.access import (
    followup_actions_visible_to,
    may_edit_followup_action,
    may_plan_followup,
    mentorships_visible_to,
    participants_visible_to,
    visit_requests_visible_to,
)
from lms.errors import DomainError
from lms.exports import csv_response
from lms.uploads import private_file_response

from .followup import (
    PLAN_OPEN_STATES,
    action_path,
    evidence_path,
    followup_action_create,
    followup_action_update,
    followup_note_add,
    my_actions,
    plan_actions,
    visit_completion,
    with_people,
)
from .followup_forms import ActionForm, NoteForm, show_refusal
from .models import FollowUpAction, FollowUpNote, VisitRequest

Status = FollowUpAction.Status
EXPORT_HEADERS = ["Tindakan", "Uraian", "OPD", "Penanggung jawab", "Topik", "Tenggat",
                  "Status", "Selesai pada", "Terlambat"]


def _visit(request, pk: int) -> VisitRequest:
    """The visit if this user may see it, else 404."""
    visits = visit_requests_visible_to(request.user).select_related(
        "requesting_region", "host_region")
    return get_object_or_404(visits, pk=pk)


def _visit_action(request, pk: int, action_pk: int) -> FollowUpAction:
    """An action of visit `pk` that this user may see, else 404."""
    actions = with_people(followup_actions_visible_to(request.user).filter(visit_id=pk))
    return get_object_or_404(actions, pk=action_pk)


def marked(actions, today) -> list[FollowUpAction]:
    """The actions with `overdue` and `page` (their URL) set, for the templates."""
    actions = list(actions)
    for action in actions:
        action.overdue = action.is_overdue(today)
        action.page = action_path(action)
    return actions


def action_form(request, region, **kwargs) -> ActionForm:
    """The action form, bound on POST, offering the people and OPDs of `region`."""
    people = participants_visible_to(request.user).filter(region=region)
    data = request.POST if request.method == "POST" else None
    return ActionForm(data, region=region, people=people, **kwargs)


def create_action(request, form: ActionForm, **origin) -> bool:
    """Add the form's action to a visit's or a mentoring's plan; False if refused."""
    try:
        action = followup_action_create(user=request.user, **origin, **form.cleaned_data)
    except DomainError as error:
        show_refusal(form, error)
        return False
    messages.success(request, _("“%(title)s” is on the follow-up plan.")
                     % {"title": action.title})
    return True


@login_required
@require_http_methods(["GET", "POST"])
def followup_plan(request, pk: int):
    """The plan with its completion figures, filtered by ?status=; planners add
    actions here while the plan is open (POST; others 403)."""
    visit = _visit(request, pk)
    today = timezone.localdate()
    form = None
    if may_plan_followup(request.user, visit.requesting_region_id):
        form = action_form(request, visit.requesting_region)
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid() and create_action(request, form, visit=visit):
            return redirect("followup_plan", pk=visit.pk)
    status = request.GET.get("status", "")
    status = status if status in (*Status.values, "overdue") else ""
    return render(request, "visits/followup/plan.html", {
        "visit": visit, "form": form, "today": today,
        "completion": visit_completion(visit, today=today),
        "actions": marked(plan_actions(visit, status=status, today=today), today),
        "statuses": Status.choices, "selected_status": status,
        "plan_open": visit.state in PLAN_OPEN_STATES,
    }, status=400 if form is not None and form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def followup_action(request, pk: int, action_pk: int):
    """One action of a visit's plan: its notes, and the forms to report progress."""
    action = _visit_action(request, pk, action_pk)
    return action_page(request, action, back=("followup_plan", action.visit_id))


def _action_forms(request, action: FollowUpAction, sent: str | None):
    """The progress form (for those who may report) and the edit form (for planners),
    the one that was sent bound to the POST."""
    note_form = edit_form = None
    if sent == "note" or may_edit_followup_action(request.user, action):
        note_form = (NoteForm(request.POST, request.FILES) if sent == "note"
                     else NoteForm())
    if sent == "edit" or may_plan_followup(request.user, action.region_id):
        people = participants_visible_to(request.user).filter(region=action.region)
        edit_form = ActionForm(request.POST if sent == "edit" else None,
                               region=action.region, people=people, with_status=True,
                               initial=ActionForm.initial_for(action))
    return note_form, edit_form


def _save(request, action, sent, note_form, edit_form) -> bool:
    """Run the service of the form that was sent; False (errors on the form) if refused."""
    form = note_form if sent == "note" else edit_form
    if form is None or not form.is_valid():
        return False
    try:
        if sent == "note":
            followup_note_add(user=request.user, action=action, **form.cleaned_data)
            messages.success(request, _("Your progress note is saved."))
        else:
            changed = {name: form.cleaned_data[name] for name in form.changed_data}
            followup_action_update(user=request.user, action=action, **changed)
            messages.success(request, _("The action is updated."))
    except DomainError as error:
        show_refusal(form, error)
        return False
    return True


def _may_see_origin(user, back: tuple) -> bool:
    """Whether the plan or mentoring page `back` names opens for `user` (the person
    responsible sees their action without seeing the whole plan)."""
    name, pk = back
    if name == "followup_plan":
        return visit_requests_visible_to(user).filter(pk=pk).exists()
    return mentorships_visible_to(user).filter(pk=pk).exists()


def action_page(request, action: FollowUpAction, *, back: tuple):
    """The page of one action (of a visit or of a mentoring); `back` is the URL name
    and id of the page it belongs to."""
    sent = request.POST.get("form") if request.method == "POST" else None
    sent = sent if sent in ("note", "edit") else None
    note_form, edit_form = _action_forms(request, action, sent)
    if sent and _save(request, action, sent, note_form, edit_form):
        return redirect(action_path(action))
    notes = list(action.notes.select_related("author").order_by("-created_at", "-pk"))
    for note in notes:
        note.evidence_link = evidence_path(action, note) if note.evidence_file else ""
        note.evidence_name = PurePath(note.evidence_file.name or "").name
    action.overdue = action.is_overdue(timezone.localdate())
    invalid = any(form is not None and form.is_bound and form.errors
                  for form in (note_form, edit_form))
    return render(request, "visits/followup/action.html", {
        "action": action, "notes": notes, "overdue": action.overdue,
        "note_form": note_form, "edit_form": edit_form, "back": back,
        "back_visible": _may_see_origin(request.user, back),
        "plan_open": action.visit_id is None or action.visit.state in PLAN_OPEN_STATES,
    }, status=400 if invalid else 200)


def evidence_response(action: FollowUpAction, note_pk: int):
    """A note's evidence file, for a viewer the caller found may see `action`."""
    note = get_object_or_404(FollowUpNote.objects.exclude(evidence_file=""),
                             action=action, pk=note_pk)
    try:
        return private_file_response(note.evidence_file,
                                     PurePath(note.evidence_file.name).name)
    except FileNotFoundError:
        raise Http404 from None


@login_required
@require_GET
def followup_evidence(request, pk: int, action_pk: int, note_pk: int):
    """The evidence file of a note, to those who may see the action (else 404)."""
    return evidence_response(_visit_action(request, pk, action_pk), note_pk)


def _export_row(action: FollowUpAction, today) -> list:
    return [action.title, action.description,
            action.owner_agency.acronym if action.owner_agency else "",
            action.owner.full_name if action.owner else "",
            action.topic.name if action.topic else "",
            action.due_date.isoformat(), action.get_status_display(),
            action.completed_on.isoformat() if action.completed_on else "",
            "ya" if action.is_overdue(today) else "tidak"]


@login_required
@require_GET
def followup_export(request, pk: int):
    """The plan as CSV (same access as the plan page). Written out in the request's
    language before the response streams."""
    visit = _visit(request, pk)
    today = timezone.localdate()
    rows = [_export_row(action, today) for action in plan_actions(visit)]
    return csv_response(EXPORT_HEADERS, rows, f"rencana-tindak-lanjut-{visit.pk}.csv")


@login_required
@require_GET
def my_actions_view(request):
    """The actions the signed-in person is responsible for, overdue first."""
    today = timezone.localdate()
    return render(request, "visits/followup/my_actions.html", {
        "actions": marked(my_actions(request.user, today=today), today), "today": today,
    })
