"""
The coordinator's delegation pages: their region's delegations (an organiser's: every
region's), the members of one, adding and removing members, the courses the members
are enrolled in and enrolling the whole delegation in a course.

Every object is looked up through directory.access (`delegations_visible_to`,
`participants_visible_to`), so another region's delegation or person is a 404, the same
answer as an id that does not exist. Writes go through the services; a DomainError is
shown on the form, an AccessDenied is a 403 (enrolling a delegation shows it on the form).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.selectors import delegation_courses
from courses.services import delegation_enroll as enroll_delegation
from directory.access import delegations_visible_to, participants_visible_to
from directory.forms import add_domain_error
from directory.services import participant_create
from lms.errors import AccessDenied, DomainError
from lms.pagination import paginate
from lms.templatetags.people_tags import can_manage_people

from .forms import DelegationEnrollForm, ExistingMemberForm, NewMemberForm
from .models import Delegation, DelegationMember
from .services import delegation_member_add as member_add
from .services import delegation_member_remove as member_remove


def _delegation(request, pk: int) -> Delegation:
    """The delegation if this user may see it, else 404."""
    queryset = (delegations_visible_to(request.user)
                .select_related("home_region", "host_region", "leader")
                .prefetch_related("topics"))
    return get_object_or_404(queryset, pk=pk)


@login_required
def delegation_list(request):
    """Coordinators: their region's delegations; organisers: all. Anyone else: 403."""
    if not can_manage_people(request.user):
        raise PermissionDenied
    delegations = (delegations_visible_to(request.user)
                   .select_related("home_region", "host_region")
                   .prefetch_related("topics")
                   .annotate(member_count=Count("memberships"))
                   .order_by("-start_date", "name", "pk"))
    return render(request, "visits/delegation_list.html",
                  {"delegations": paginate(request, delegations)})


@login_required
def delegation_detail(request, pk: int):
    """The facts and the members; the same number of queries for 10 or 500 members."""
    delegation = _delegation(request, pk)
    members = list(participants_visible_to(request.user)
                   .filter(memberships__delegation=delegation)
                   .select_related("agency", "user")
                   .order_by("full_name"))
    return render(request, "visits/delegation_detail.html",
                  {"delegation": delegation, "members": members,
                   "courses": delegation_courses(delegation)})


@login_required
@require_http_methods(["GET", "POST"])
def delegation_enroll(request, pk: int):
    """
    GET: choose a course. POST: enrol every member in it (courses.services, one
    transaction; members already enrolled stay as they are), then back to the
    delegation with the counts. A refusal (a closed course, ...) is shown on the form.
    """
    delegation = _delegation(request, pk)
    form = DelegationEnrollForm(request.POST if request.method == "POST" else None)
    member_count = DelegationMember.objects.filter(delegation=delegation).count()
    if request.method == "POST" and form.is_valid():
        course = form.cleaned_data["course"]
        try:
            with transaction.atomic():
                enrolled, with_account = enroll_delegation(
                    user=request.user, delegation=delegation, course=course)
        except (DomainError, AccessDenied) as error:
            form.add_error("course", ValidationError(
                getattr(error, "message", "") or str(error), code=error.code))
        else:
            _enrolled_message(request, course, enrolled, with_account, member_count)
            return redirect("delegation_detail", pk=delegation.pk)
    return render(request, "visits/delegation_enroll.html", {
        "delegation": delegation, "form": form, "member_count": member_count})


def _enrolled_message(request, course, enrolled: int, with_account: int,
                      member_count: int) -> None:
    text = _("%(course)s: %(enrolled)d newly enrolled, %(already)d already enrolled.") % {
        "course": course.title, "enrolled": enrolled, "already": with_account - enrolled}
    if member_count > with_account:
        text += " " + _("%(count)d without an account could not be enrolled.") % {
            "count": member_count - with_account}
    messages.success(request, text)


@login_required
@require_http_methods(["GET", "POST"])
def delegation_member_add(request, pk: int):
    """Add someone already in the directory, or a new person of the home region."""
    delegation = _delegation(request, pk)
    candidates = (participants_visible_to(request.user)
                  .filter(region=delegation.home_region)
                  .exclude(memberships__delegation=delegation)
                  .select_related("agency").order_by("full_name"))
    action = request.POST.get("action") if request.method == "POST" else None
    existing = ExistingMemberForm(request.POST if action == "existing" else None,
                                  candidates=candidates)
    new = NewMemberForm(request.POST if action == "new" else None,
                        region=delegation.home_region)
    if action == "existing" and existing.is_valid():
        if _add_member(request, delegation, existing,
                       lambda: existing.cleaned_data["participant"]):
            return redirect("delegation_detail", pk=delegation.pk)
    elif action == "new" and new.is_valid():
        if _add_member(request, delegation, new,
                       lambda: participant_create(created_by=request.user,
                                                  region=delegation.home_region,
                                                  **new.cleaned_data)):
            return redirect("delegation_detail", pk=delegation.pk)
    return render(request, "visits/member_add.html", {
        "delegation": delegation, "existing": existing, "new": new, "action": action,
        "has_candidates": existing.fields["participant"].queryset.exists(),
    })


def _add_member(request, delegation, form, person) -> bool:
    """Create (if need be) and add the person in one transaction; False if refused."""
    try:
        with transaction.atomic():
            participant = person()
            member_add(user=request.user, delegation=delegation, participant=participant)
    except DomainError as error:
        add_domain_error(form, error)
        return False
        return False
    except IntegrityError:  # the same NIP or email, sent twice at the same moment
        form.add_error(None, _("An account with this NIP or email exists."))
        return False
    messages.success(request, _("%(name)s is now a member of the delegation.")
                     % {"name": participant.full_name})
    return True


@login_required
@require_http_methods(["GET", "POST"])
def delegation_member_remove(request, pk: int, participant_pk: int):
    """GET asks for confirmation; POST removes the member (their account stays)."""
    delegation = _delegation(request, pk)
    members = participants_visible_to(request.user).filter(memberships__delegation=delegation)
    participant = get_object_or_404(members.select_related("agency"), pk=participant_pk)
    if request.method == "POST":
        try:
            member_remove(user=request.user, delegation=delegation, participant=participant)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("%(name)s is no longer a member of the delegation.")
                             % {"name": participant.full_name})
        return redirect("delegation_detail", pk=delegation.pk)
    return render(request, "visits/member_remove.html",
                  {"delegation": delegation, "participant": participant})
