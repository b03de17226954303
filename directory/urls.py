"""Accounts (sign in with username, NIP or email; password change and reset) and profiles."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("akun/masuk/", views.LoginView.as_view(), name="login"),
    path("akun/keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("akun/daftar/", views.register, name="register"),
    path("akun/kata-sandi/", views.PasswordChangeView.as_view(), name="password_change"),
    path("akun/kata-sandi/selesai/", views.PasswordChangeDoneView.as_view(),
         name="password_change_done"),
    path("akun/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("akun/reset/terkirim/", views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("akun/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("akun/reset/selesai/", views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
    path("saya/", views.dashboard, name="dashboard"),
    path("profil/", views.profile, name="profile"),
    path("profil/ubah/", views.profile_edit, name="profile_edit"),
]
