"""
The follow-up plan (rencana tindak lanjut) of the visiting region: what it will change
after a visit, who owns each action, by when, and the evidence that it was done.

An action belongs to a visit (its region is the visit's requesting region) or, for
mentoring without a visit, to a mentorship; the completion rate per visit, region and
topic is computed in visits.followup, the one place that rule lives.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .requests import private_storage


class FollowUpAction(models.Model):
    """E.g. "Malut's Bappeda visits Sulsel's Diskominfo on SPBE" by 30 Jun 2023."""

    class Status(models.TextChoices):
        NOT_STARTED = "belum_mulai", _("Not started")
        IN_PROGRESS = "berjalan", _("In progress")
        DONE = "selesai", _("Done")
        # "Cancelled" alone is a registration's "Dibatalkan"; an action is "Batal".
        CANCELLED = "batal", pgettext_lazy("follow-up action status", "Cancelled")

    OPEN = (Status.NOT_STARTED, Status.IN_PROGRESS)

    visit = models.ForeignKey(
        "visits.VisitRequest", verbose_name=_("visit"), null=True, blank=True,
        on_delete=models.CASCADE, related_name="actions",
    )
    mentorship = models.ForeignKey(
        "visits.Mentorship", verbose_name=_("mentoring"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="actions",
        help_text=_("The mentoring that helps with this action, if any."),
    )
    region = models.ForeignKey(
        "directory.Region", verbose_name=_("region"), on_delete=models.PROTECT,
        related_name="followup_actions",
        help_text=_("The region that carries the action out."),
    )
    topic = models.ForeignKey(
        "directory.Topic", verbose_name=_("topic"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="followup_actions",
    )
    title = models.CharField(_("action"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    owner_agency = models.ForeignKey(
        "directory.Agency", verbose_name=_("owning OPD"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="followup_actions",
    )
    owner = models.ForeignKey(
        "directory.Participant", verbose_name=_("person responsible"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="followup_actions",
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.NOT_STARTED)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)
    last_reminded_on = models.DateField(_("last overdue reminder"), null=True, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        indexes = [models.Index(fields=["status", "due_date"], name="visits_action_due")]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if not self.visit_id and not self.mentorship_id:
            raise ValidationError(_("An action follows a visit or a mentoring."),
                                  code="action_without_origin")

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @classmethod
    def overdue_q(cls, today) -> models.Q:
        """Overdue, the one rule: still open and due before `today` (an action due today
        is not overdue yet). `is_overdue` says the same of one action."""
        return models.Q(status__in=cls.OPEN, due_date__lt=today)

    def is_overdue(self, today) -> bool:
        return self.is_open and self.due_date < today


class FollowUpNote(models.Model):
    """A progress note on an action, with its evidence: a file, a link, or both."""

    action = models.ForeignKey(FollowUpAction, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("progress"))
    evidence_file = models.FileField(_("evidence (file)"), upload_to="visits/evidence/%Y/",
                                     storage=private_storage, blank=True)
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    status_after = models.CharField(_("status after"), max_length=12,
                                    choices=FollowUpAction.Status.choices, blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")

    def __str__(self) -> str:
        return f"{self.action} — {self.created_at:%Y-%m-%d}"
