"""Region profiles and outcome indicators, mounted at the site root (lms/urls.py)."""

from django.urls import path

from . import region_views

urlpatterns = [
    path("daerah/", region_views.region_list, name="region_list"),
    path("daerah/<slug:slug>/", region_views.region_profile, name="region_profile"),
    path("daerah/<slug:slug>/indikator/baru/", region_views.indicator_create,
         name="indicator_create"),
    path("indikator/<int:pk>/", region_views.indicator_detail, name="indicator_detail"),
]
