"""
Delegations: the people a region sends to learn from another region.

A delegation belongs to its home region (the one that sends it); that region's
coordinators register and follow its members. See `directory.access` for who sees what.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Delegation(index.Indexed, models.Model):
    """E.g. the Konut delegation to Baubau on SIPD, 24 Sep 2021."""

    name = models.CharField(_("name"), max_length=200)
    home_region = models.ForeignKey(
        "directory.Region",
        verbose_name=_("home region"),
        on_delete=models.PROTECT,
        related_name="delegations_sent",
        help_text=_("The region that sends the delegation."),
    )
    host_region = models.ForeignKey(
        "directory.Region",
        verbose_name=_("host region"),
        on_delete=models.PROTECT,
        related_name="delegations_hosted",
    )
    purpose = models.TextField(_("purpose"), blank=True)
    topics = models.ManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="delegations"
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    leader = models.ForeignKey(
        "directory.Participant",
        verbose_name=_("leader"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegations_led",
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        blank=True,
        related_name="delegations_coordinated",
    )
    members = models.ManyToManyField(
        "directory.Participant",
        verbose_name=_("members"),
        through="DelegationMember",
        related_name="delegations",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("home_region"),
        FieldPanel("host_region"),
        FieldPanel("purpose"),
        FieldPanel("topics"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("leader"),
        FieldPanel("coordinators"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("purpose"),
        index.AutocompleteField("name"),
        index.FilterField("home_region"),
        index.FilterField("host_region"),
    ]

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be before the start date.")},
                code="dates_order",
            )
        if self.home_region_id and self.home_region_id == self.host_region_id:
            raise ValidationError(
                {"host_region": _("A delegation visits another region.")}, code="same_region"
            )


class DelegationMember(models.Model):
    """One person in one delegation, once."""

    delegation = models.ForeignKey(
        Delegation, on_delete=models.CASCADE, related_name="memberships"
    )
    participant = models.ForeignKey(
        "directory.Participant", on_delete=models.CASCADE, related_name="memberships"
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["participant__full_name"]
        verbose_name = _("delegation member")
        verbose_name_plural = _("delegation members")
        constraints = [
            models.UniqueConstraint(
                fields=["delegation", "participant"], name="visits_member_once_per_delegation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.delegation}"


class ImportBatch(models.Model):
    """
    One uploaded member list for a delegation, kept from the preview to the confirm.

    The file's bytes are stored so that confirming applies exactly what was previewed
    (visits/importing.py reads them again). Counts are filled in when it is applied.
    """

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        APPLIED = "applied", _("Applied")
        DISCARDED = "discarded", _("Discarded")

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="import_batches",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    filename = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("file format"), max_length=4, choices=Format.choices)
    content = models.BinaryField(_("file content"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    created_count = models.PositiveIntegerField(_("people created"), default=0)
    updated_count = models.PositiveIntegerField(_("people updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("people unchanged"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")

    def __str__(self) -> str:
        return f"{self.filename} — {self.delegation}"
