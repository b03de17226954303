from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasestudiesConfig(AppConfig):
    """Case studies of what regions did, and best-practice articles."""

    name = "casestudies"
    verbose_name = _("Case studies")
