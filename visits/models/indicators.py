"""
Outcome indicators (Kirkpatrick level 4): what changed in a region after it learned.
"OPD yang menerapkan SPBE" in Maluku Utara was 5 in December 2022; each Measurement is
one dated value, so the chart on the visit and region pages shows the way to "all OPDs".
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutcomeIndicator(models.Model):
    """One measurable result a region follows on a topic."""

    region = models.ForeignKey("directory.Region", verbose_name=_("region"),
                               on_delete=models.PROTECT, related_name="indicators")
    topic = models.ForeignKey("directory.Topic", verbose_name=_("topic"),
                              on_delete=models.PROTECT, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=200,
                            help_text=_("E.g. OPDs that run SPBE."))
    unit = models.CharField(_("unit"), max_length=40, help_text=_("E.g. OPD, %, days."))
    source = models.CharField(_("source"), max_length=250, blank=True,
                              help_text=_("Where the figure comes from."))
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2, null=True,
                                 blank=True)
    visit = models.ForeignKey(
        "visits.VisitRequest", verbose_name=_("visit"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="indicators",
        help_text=_("The visit whose outcome this follows, if any."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["region__name", "name", "pk"]
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")
        constraints = [models.UniqueConstraint(fields=["region", "topic", "name"],
                                               name="visits_indicator_once")]

    def __str__(self) -> str:
        return f"{self.name} ({self.region})"


class Measurement(models.Model):
    """The indicator's value on a date; one value a date."""

    indicator = models.ForeignKey(OutcomeIndicator, on_delete=models.CASCADE,
                                  related_name="measurements")
    measured_on = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    note = models.CharField(_("note"), max_length=250, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["measured_on", "pk"]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        constraints = [models.UniqueConstraint(fields=["indicator", "measured_on"],
                                               name="visits_measurement_once_a_day")]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.measured_on})"
