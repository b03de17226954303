"""
The mentoring pages (under pendampingan/): the list, starting a mentoring, one
mentoring with its meeting log and the mentored region's actions linked to it,
recording a meeting, and the pages of those actions.

Coordinators see the mentoring their region gives or receives, organisers all of it
(directory.access.mentorships_visible_to); another region's mentoring is a 404. Others
signed in get 403 on the list, anonymous visitors the sign-in page. Writes go through
visits.mentoring and visits.followup; a refusal is shown on the form.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from directory.access import (
    can_manage_people,
    coordinator_region,
    followup_actions_visible_to,
    may_plan_followup,
    mentorships_visible_to,
    visit_requests_visible_to,
)
from lms.errors import DomainError
from lms.pagination import paginate

from .followup import completion, completion_by, with_people
from .followup_forms import show_refusal
from .followup_views import action_form, action_page, create_action, evidence_response, marked
from .mentoring import meeting_record, mentorship_create
from .mentoring_forms import MeetingForm, MentorshipForm
from .models import FollowUpAction, Mentorship, VisitState


def _mentorship(request, pk: int) -> Mentorship:
    """The mentoring if this user may see it, else 404."""
    mentorships = (mentorships_visible_to(request.user)
                   .select_related("mentor_region", "mentee_region", "visit")
                   .prefetch_related("topics"))
    return get_object_or_404(mentorships, pk=pk)


def _check_may_list(user) -> None:
    if not can_manage_people(user):  # organisers, and coordinators bound to a region
        raise PermissionDenied


@login_required
@require_GET
def mentorship_list(request):
    """The mentoring the user's region gives or receives (organisers: all), the latest
    started first, with the meeting count, the last meeting and the actions' completion."""
    _check_may_list(request.user)
    mentorships = (mentorships_visible_to(request.user)
                   .select_related("mentor_region", "mentee_region")
                   .prefetch_related("topics")
                   .annotate(meeting_count=Count("meetings"),
                             last_meeting=Max("meetings__held_on"))
                   .order_by("-started_on", "pk"))
    page = paginate(request, mentorships)
    figures = completion_by(FollowUpAction.objects.filter(mentorship__in=list(page)),
                            "mentorship", today=timezone.localdate())
    for mentorship in page:
        mentorship.completion = figures.get(mentorship.pk)
    return render(request, "visits/mentoring/list.html", {
        "mentorships": page, "own_region": coordinator_region(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def mentorship_create_view(request):
    """Start a mentoring: organisers for any two regions, a coordinator for their own
    region as mentor or mentored."""
    _check_may_list(request.user)
    region = coordinator_region(request.user)
    visits = visit_requests_visible_to(request.user).filter(
        state__in=(VisitState.HELD, VisitState.FOLLOW_UP, VisitState.CLOSED))
    form = MentorshipForm(request.POST if request.method == "POST" else None,
                          visits=visits, initial={"mentee_region": region})
    if request.method == "POST" and form.is_valid():
        try:
            mentorship = mentorship_create(user=request.user, **form.cleaned_data)
        except DomainError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The mentoring is started. Record its meetings "
                                        "here."))
            return redirect("mentorship_detail", pk=mentorship.pk)
    return render(request, "visits/mentoring/form.html", {"form": form},
                  status=400 if form.errors else 200)


def _meetings(request, mentorship: Mentorship) -> list:
    """The meeting log, newest first, each with the discussed actions the viewer may see."""
    visible = FollowUpAction.objects.filter(
        pk__in=followup_actions_visible_to(request.user).values("pk"))
    meetings = list(mentorship.meetings.order_by("-held_on", "-pk").prefetch_related(
        Prefetch("actions", queryset=visible.order_by("due_date", "pk"))))
    today = timezone.localdate()
    for meeting in meetings:
        marked(meeting.actions.all(), today)  # the prefetched objects, marked in place
    return meetings


@login_required
@require_http_methods(["GET", "POST"])
def mentorship_detail(request, pk: int):
    """The goal, regions and topics, the meeting log, and the mentored region's actions
    linked to this mentoring with their completion; planners add such actions (POST;
    others 403)."""
    mentorship = _mentorship(request, pk)
    today = timezone.localdate()
    form = None
    if may_plan_followup(request.user, mentorship.mentee_region_id):
        form = action_form(request, mentorship.mentee_region)
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid() and create_action(request, form, mentorship=mentorship):
            return redirect("mentorship_detail", pk=mentorship.pk)
    actions = followup_actions_visible_to(request.user).filter(mentorship=mentorship)
    return render(request, "visits/mentoring/detail.html", {
        "mentorship": mentorship, "meetings": _meetings(request, mentorship),
        "actions": marked(with_people(actions).order_by("due_date", "pk"), today),
        "completion": completion(FollowUpAction.objects.filter(
            pk__in=actions.values("pk")), today=today),
        "form": form,
    }, status=400 if form is not None and form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_add(request, pk: int):
    """Record a meeting of the mentoring, and the mentored region's actions it discussed."""
    mentorship = _mentorship(request, pk)
    actions = (followup_actions_visible_to(request.user)
               .filter(region=mentorship.mentee_region).order_by("due_date", "pk"))
    form = MeetingForm(request.POST if request.method == "POST" else None, actions=actions,
                       initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            meeting_record(user=request.user, mentorship=mentorship, **form.cleaned_data)
        except DomainError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The meeting is in the log."))
            return redirect("mentorship_detail", pk=mentorship.pk)
    return render(request, "visits/mentoring/meeting_form.html", {
        "mentorship": mentorship, "form": form}, status=400 if form.errors else 200)


def _mentorship_action(request, pk: int, action_pk: int) -> FollowUpAction:
    """An action linked to mentoring `pk` that this user may see, else 404."""
    actions = with_people(followup_actions_visible_to(request.user).filter(mentorship_id=pk))
    return get_object_or_404(actions, pk=action_pk)


@login_required
@require_http_methods(["GET", "POST"])
def mentorship_action(request, pk: int, action_pk: int):
    """The page of an action the mentoring helps with (the same page as a visit's)."""
    action = _mentorship_action(request, pk, action_pk)
    return action_page(request, action, back=("mentorship_detail", action.mentorship_id))


@login_required
@require_GET
def mentorship_evidence(request, pk: int, action_pk: int, note_pk: int):
    """The evidence file of a note of such an action, to those who may see it."""
    return evidence_response(_mentorship_action(request, pk, action_pk), note_pk)
