"""
Mentoring between regions: Kabupaten Tuban mentored Kota Baubau on SIPD over Zoom. A
Mentorship is the relationship; each MentoringMeeting is one entry of its log.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Mentorship(models.Model):
    """One region (the mentor) helps another (the mentee) on a topic, over time."""

    mentor_region = models.ForeignKey(
        "directory.Region", verbose_name=_("mentor region"), on_delete=models.PROTECT,
        related_name="mentorships_given",
    )
    mentee_region = models.ForeignKey(
        "directory.Region", verbose_name=_("mentored region"), on_delete=models.PROTECT,
        related_name="mentorships_received",
    )
    topics = models.ManyToManyField("directory.Topic", verbose_name=_("topics"), blank=True,
                                    related_name="mentorships")
    goal = models.TextField(_("goal"), help_text=_("What the mentored region wants to be "
                                                   "able to do."))
    visit = models.ForeignKey(
        "visits.VisitRequest", verbose_name=_("visit"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="mentorships",
        help_text=_("The visit this mentoring follows, if any."),
    )
    started_on = models.DateField(_("started on"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    mentor_contact = models.CharField(_("mentor's contact person"), max_length=150,
                                      blank=True)
    mentee_contact = models.CharField(_("mentored region's contact person"), max_length=150,
                                      blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-started_on", "pk"]
        verbose_name = _("mentoring")
        verbose_name_plural = _("mentoring")

    def __str__(self) -> str:
        return f"{self.mentor_region} → {self.mentee_region}"

    def clean(self):
        if self.mentor_region_id and self.mentor_region_id == self.mentee_region_id:
            raise ValidationError({"mentee_region": ValidationError(
                _("A region mentors another region."), code="same_region")})
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": ValidationError(
                _("The end date cannot be before the start date."), code="dates_order")})


class MentoringMeeting(models.Model):
    """One meeting of a mentorship: when, how, who, what was said, what comes next."""

    class Mode(models.TextChoices):
        ONLINE = "daring", _("Online")
        ON_SITE = "luring", _("On site")

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE,
                                   related_name="meetings")
    held_on = models.DateField(_("date"))
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices)
    meeting_url = models.URLField(_("meeting link"), blank=True)
    location = models.CharField(_("place"), max_length=250, blank=True)
    attendees = models.TextField(_("attendees"), help_text=_("One name or OPD per line."))
    notes = models.TextField(_("notes"))
    next_steps = models.TextField(_("next steps"), blank=True)
    actions = models.ManyToManyField("visits.FollowUpAction", verbose_name=_("follow-up "
                                     "actions discussed"), blank=True, related_name="meetings")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("mentoring meeting")
        verbose_name_plural = _("mentoring meetings")

    def __str__(self) -> str:
        return f"{self.mentorship} — {self.held_on}"

    def clean(self):
        if self.mode == self.Mode.ONLINE and not self.meeting_url:
            raise ValidationError({"meeting_url": ValidationError(
                _("An online meeting has a link."), code="meeting_link")})
        if self.mode == self.Mode.ON_SITE and not self.location:
            raise ValidationError({"location": ValidationError(
                _("A meeting on site has a place."), code="meeting_place")})
