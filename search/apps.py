from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over the knowledge library (see search/service.py)."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import signals, synonym_signals  # noqa: F401  keep the index current
