"""Reports for organisers (every region) and coordinators (their region), at /laporan/."""

from django.urls import path

from . import report_views

urlpatterns = [
    path("belajar/", report_views.learning_report_page, name="learning_report"),
    path("belajar/unduh.csv", report_views.learning_report_export,
         {"file_format": "csv"}, name="learning_report_csv"),
    path("belajar/unduh.xlsx", report_views.learning_report_export,
         {"file_format": "xlsx"}, name="learning_report_xlsx"),
]
