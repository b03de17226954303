"""
Search and the library's topic and regulation pages, mounted at the site root:
cari/ (results), cari/saran/ (autocomplete JSON), topik/<slug>/, regulasi/<pk>/.
"""

from django.urls import path

from . import library_views, views

urlpatterns = [
    path("cari/", views.search, name="search"),
    path("cari/saran/", views.search_suggest, name="search_suggest"),
    path("topik/<slug:slug>/", library_views.topic_detail, name="topic_detail"),
    path("regulasi/<int:pk>/", library_views.regulation_detail, name="regulation_detail"),
]
