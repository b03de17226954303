from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Courses written by trainers: course > module > lesson pages."""

    name = "courses"
    verbose_name = _("Courses")
