"""
A study visit as one shared record: the requesting region's letter, the host's review,
the agenda (a training Programme of kind studi banding), the visit, its follow-up.

Both regions work on the same VisitRequest; its `state` changes only through
visits.lifecycle (the one place the allowed moves are written), and every move leaves
a VisitEvent, the timeline both sides read.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    """Files only served through a view that checks who asks (never under /media/)."""
    return storages["private"]


class VisitState(models.TextChoices):
    SUBMITTED = "diajukan", _("Submitted")
    IN_REVIEW = "ditinjau", _("In review")
    APPROVED = "disetujui", _("Approved")
    OTHER_DATES = "usul_jadwal_lain", _("Other dates proposed")
    DECLINED = "ditolak", _("Declined")
    SCHEDULED = "terjadwal", _("Agenda set")
    HELD = "terlaksana", _("Held")
    FOLLOW_UP = "tindak_lanjut", _("Follow-up")
    CLOSED = "selesai", _("Closed")


class VisitRequest(models.Model):
    """E.g. Konut asks Baubau to facilitate SIPD capacity building (24 Sep 2021)."""

    title = models.CharField(
        _("title"), max_length=200,
        help_text=_("E.g. Study visit on SIPD to Kota Baubau."),
    )
    requesting_region = models.ForeignKey(
        "directory.Region", verbose_name=_("requesting region"), on_delete=models.PROTECT,
        related_name="visit_requests_made",
    )
    host_region = models.ForeignKey(
        "directory.Region", verbose_name=_("host region"), on_delete=models.PROTECT,
        related_name="visit_requests_received",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), null=True,
        on_delete=models.SET_NULL, related_name="visit_requests",
    )
    topics = models.ManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="visit_requests"
    )
    learning_goal = models.TextField(
        _("what we want to learn"),
        help_text=_("The problem in your own words: what does not work yet, what you want "
                    "to see."),
    )
    letter = models.FileField(
        _("request letter (PDF)"), upload_to="visits/letters/%Y/", storage=private_storage,
        blank=True,
    )
    letter_number = models.CharField(_("letter number"), max_length=100, blank=True)
    proposed_start = models.DateField(_("proposed start"))
    proposed_end = models.DateField(_("proposed end"))
    alternative_start = models.DateField(_("other start proposed by the host"), null=True,
                                         blank=True)
    alternative_end = models.DateField(_("other end proposed by the host"), null=True,
                                       blank=True)
    delegation_size = models.PositiveSmallIntegerField(_("delegation size"))
    delegation = models.ForeignKey(
        "visits.Delegation", verbose_name=_("delegation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="visit_requests",
        help_text=_("The members who travel, once the delegation is registered."),
    )
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=VisitState.choices,
                             default=VisitState.SUBMITTED)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    programme = models.OneToOneField(
        "training.Programme", verbose_name=_("agenda (programme)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="visit_request",
    )
    held_on = models.DateField(_("held on"), null=True, blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("visit request")
        verbose_name_plural = _("visit requests")
        indexes = [
            models.Index(fields=["host_region", "state"], name="visits_req_host_state"),
            models.Index(fields=["requesting_region", "state"], name="visits_req_from_state"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        errors = {}
        if self.requesting_region_id and self.requesting_region_id == self.host_region_id:
            errors["host_region"] = ValidationError(
                _("A region visits another region."), code="same_region")
        if self.proposed_start and self.proposed_end and self.proposed_end < self.proposed_start:
            errors["proposed_end"] = ValidationError(
                _("The end date cannot be before the start date."), code="dates_order")
        if (self.alternative_start and self.alternative_end
                and self.alternative_end < self.alternative_start):
            errors["alternative_end"] = ValidationError(
                _("The end date cannot be before the start date."), code="dates_order")
        if self.delegation_size is not None and not 1 <= self.delegation_size <= 500:
            errors["delegation_size"] = ValidationError(
                _("A delegation has between 1 and 500 people."), code="delegation_size")
        if errors:
            raise ValidationError(errors)


class VisitEvent(models.Model):
    """One move of a request (or a note on it): the timeline both regions see."""

    request = models.ForeignKey(VisitRequest, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=30)
    from_state = models.CharField(_("from"), max_length=20, choices=VisitState.choices,
                                  blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=VisitState.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True,
                              on_delete=models.SET_NULL, related_name="+")
    side = models.CharField(_("side"), max_length=10, blank=True,
                            help_text=_("requester, host or organiser"))
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("visit event")
        verbose_name_plural = _("visit events")

    def __str__(self) -> str:
        return f"{self.request} — {self.action}"
