"""Placeholder: account and profile pages are being written."""

from django.contrib.auth import views as auth_views
from django.http import HttpResponse


def _todo(request, *args, **kwargs):
    return HttpResponse(status=501)


register = dashboard = profile = profile_edit = _todo
LoginView = auth_views.LoginView
PasswordChangeView = auth_views.PasswordChangeView
PasswordChangeDoneView = auth_views.PasswordChangeDoneView
PasswordResetView = auth_views.PasswordResetView
PasswordResetDoneView = auth_views.PasswordResetDoneView
PasswordResetConfirmView = auth_views.PasswordResetConfirmView
PasswordResetCompleteView = auth_views.PasswordResetCompleteView
