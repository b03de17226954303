"""The mentoring pages, under pendampingan/."""

from django.urls import path

from . import mentoring_views as views

urlpatterns = [
    path("", views.mentorship_list, name="mentorship_list"),
    path("baru/", views.mentorship_create_view, name="mentorship_create"),
    path("<int:pk>/", views.mentorship_detail, name="mentorship_detail"),
    path("<int:pk>/pertemuan/", views.meeting_add, name="meeting_add"),
    path("<int:pk>/tindakan/<int:action_pk>/", views.mentorship_action,
         name="mentorship_action"),
    path("<int:pk>/tindakan/<int:action_pk>/bukti/<int:note_pk>/",
         views.mentorship_evidence, name="mentorship_evidence"),
]
