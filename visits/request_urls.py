"""Visit requests (/kunjungan/): listings, the form, one request, its moves and files."""

from django.urls import path

from . import request_views as views

urlpatterns = [
    path("", views.visit_list, name="visit_list"),
    path("masuk/", views.visit_inbox, name="visit_inbox"),
    path("ajukan/", views.visit_request_create, name="visit_request_create"),
    path("unduh.csv", views.visit_export, name="visit_export"),
    path("<int:pk>/", views.visit_detail, name="visit_detail"),
    path("<int:pk>/aksi/", views.visit_move, name="visit_move"),
    path("<int:pk>/agenda/sesi/", views.visit_session_add, name="visit_session_add"),
    path("<int:pk>/surat/", views.visit_letter, name="visit_letter"),
]
