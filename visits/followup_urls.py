"""The follow-up plan pages, under kunjungan/ (beside the visit request pages)."""

from django.urls import path

from . import followup_views as views

urlpatterns = [
    path("<int:pk>/tindak-lanjut/", views.followup_plan, name="followup_plan"),
    path("<int:pk>/tindak-lanjut/unduh.csv", views.followup_export, name="followup_export"),
    path("<int:pk>/tindak-lanjut/<int:action_pk>/", views.followup_action,
         name="followup_action"),
    path("<int:pk>/tindak-lanjut/<int:action_pk>/bukti/<int:note_pk>/",
         views.followup_evidence, name="followup_evidence"),
    path("tindakan-saya/", views.my_actions_view, name="my_actions"),
]
