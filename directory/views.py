"""
Account pages (sign in with a username, NIP or email; passwords; self sign-up) and a
person's own profile. There is deliberately no page showing anyone else's profile:
coordinators see their region's people through the delegation pages (visits.views).
"""

from urllib.parse import urlparse

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from lms.errors import DomainError
from lms.templatetags.people_tags import can_manage_people

from .access import participants_visible_to
from .forms import (
    LoginForm,
    PasswordResetForm,
    ProfileForm,
    RegisterForm,
    add_domain_error,
)
from .models import Participant
from .roles import is_coordinator
from .services import participant_create, participant_update


class LoginView(auth_views.LoginView):
    """Django's sign-in, with our form; a signed-in visitor goes straight on."""

    template_name = "registration/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_redirect_url(self):
        # ?next= pointing back at this page would loop (Django refuses with an error).
        url = super().get_redirect_url()
        return "" if url and urlparse(url).path == self.request.path else url


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change_form.html"


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "registration/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Sends the reset link (console in development, SMTP from EMAIL_URL in production)."""

    form_class = PasswordResetForm
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.html"
    subject_template_name = "registration/password_reset_subject.txt"


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"


def own_profile(user) -> Participant | None:
    """The signed-in user's own profile, or None (e.g. the demo admin has none)."""
    return (participants_visible_to(user).filter(user=user)
            .select_related("region", "agency", "user").first())


@sensitive_post_parameters("password1", "password2")
def register(request):
    """Self sign-up: a participant account (the Peserta role only), then signed in."""
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = RegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            participant = participant_create(
                full_name=data["full_name"], email=data["email"], nip=data["nip"],
                region=data["region"], agency=data["agency"], password=data["password1"],
            )
        except DomainError as error:
            add_domain_error(form, error)
        except IntegrityError:  # the same NIP or email, sent twice at the same moment
            form.add_error(None, _("An account with this NIP or email exists."))
        else:
            login(request, participant.user, backend=settings.AUTHENTICATION_BACKENDS[0])
            messages.success(request, _("Welcome to Lintas! Your account is ready."))
            return redirect("profile")
    return render(request, "directory/register.html", {"form": form})


@login_required
def dashboard(request):
    """
    Where signing in lands: coordinators and organisers on their delegations, a
    coordinator without a region on their (missing) profile, learners on "My courses".
    """
    if can_manage_people(request.user):
        return redirect("delegation_list")
    if is_coordinator(request.user):
        return redirect("profile")
    return redirect("my_courses")


@login_required
def profile(request):
    participant = own_profile(request.user)
    if participant is None:
        return _profile_missing(request)
    delegations = participant.delegations.select_related("host_region").order_by("-start_date")
    return render(request, "directory/profile.html",
                  {"participant": participant, "delegations": delegations})


def _profile_missing(request):
    """
    No profile yet. Organisers (and superusers) create it in the admin; everyone else
    asks one. A coordinator's region decides whose data they see, so nobody picks
    their own region here.
    """
    admin_url = None
    if request.user.has_perm("directory.add_participant"):
        admin_url = reverse("wagtailsnippets_directory_participant:add")
    return render(request, "directory/profile_missing.html",
                  {"admin_url": admin_url, "is_coordinator": is_coordinator(request.user)})


@login_required
def profile_edit(request):
    participant = own_profile(request.user)
    if participant is None:
        return redirect("profile")
    form = ProfileForm(request.POST or None, participant=participant)
    if request.method == "POST" and form.is_valid():
        try:
            participant_update(participant=participant, **form.cleaned_data)
        except DomainError as error:
            participant.refresh_from_db()
            add_domain_error(form, error)
        except IntegrityError:  # a NIP taken by someone else at the same moment
            participant.refresh_from_db()
            form.add_error("nip", _("Another person already has this NIP."))
        else:
            messages.success(request, _("Your profile has been saved."))
            return redirect("profile")
    return render(request, "directory/profile_edit.html",
                  {"form": form, "participant": participant})
