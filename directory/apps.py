from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """Who and where: regions, their agencies (OPD), topics and regulations."""

    name = "directory"
    verbose_name = _("Directory")
