"""Delegation pages for coordinators (their region) and organisers (every region)."""

from django.urls import path

from . import import_views, views

urlpatterns = [
    path("", views.delegation_list, name="delegation_list"),
    path("<int:pk>/", views.delegation_detail, name="delegation_detail"),
    path("<int:pk>/anggota/tambah/", views.delegation_member_add, name="delegation_member_add"),
    path(
        "<int:pk>/anggota/<int:participant_pk>/hapus/",
        views.delegation_member_remove,
        name="delegation_member_remove",
    ),
    path("<int:pk>/kursus/daftarkan/", views.delegation_enroll, name="delegation_enroll"),
    path("<int:pk>/impor/", import_views.delegation_import, name="delegation_import"),
    path(
        "<int:pk>/impor/templat.<str:file_format>",
        import_views.delegation_import_template,
        name="delegation_import_template",
    ),
    path(
        "<int:pk>/impor/<int:batch_pk>/",
        import_views.delegation_import_preview,
        name="delegation_import_preview",
    ),
]
