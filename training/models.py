"""
Programmes: bimtek, study visits, mentoring and trainings, from schedule to certificate.

A Programme (e.g. Baubau's Smart City master plan bimtek, 4 stages, Jul-Nov 2021) has
stages (tahap) and sessions; people register for the programme (capacity and a
waitlist); attendance is taken per session; those who meet the programme's rule get a
certificate, and its JP hours go to their ledger.

Every write goes through training.services; who may see what is directory.access.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from directory.models import TimeZone


class Programme(index.Indexed, ClusterableModel):
    """A programme people register for, attend and get a certificate from."""

    class Kind(models.TextChoices):
        BIMTEK = "bimtek", _("Technical guidance (bimtek)")
        STUDY_VISIT = "studi_banding", _("Study visit (studi banding)")
        MENTORING = "mentoring", _("Mentoring")
        TRAINING = "pelatihan", _("Training (pelatihan)")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    host_region = models.ForeignKey(
        "directory.Region", verbose_name=_("host region"), on_delete=models.PROTECT,
        related_name="programmes_hosted",
    )
    host_agency = models.ForeignKey(
        "directory.Agency", verbose_name=_("host agency (OPD)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="programmes_hosted",
    )
    topics = ParentalManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="programmes"
    )
    summary = models.TextField(_("summary"), max_length=600)
    description = RichTextField(_("description"), blank=True)
    courses = ParentalManyToManyField(
        "courses.CoursePage", verbose_name=_("linked courses"), blank=True,
        related_name="programmes",
        help_text=_("Courses the participants take; their post-tests can be part of the "
                    "certificate rule."),
    )
    jp_hours = models.PositiveSmallIntegerField(
        _("JP hours"), default=0,
        help_text=_("Lesson hours (jam pelajaran) credited with the certificate."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"), default=40, help_text=_("Registrations beyond this go to the waitlist.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True,
        help_text=_("Empty: registration stays open until the first session starts."),
    )
    published = models.BooleanField(
        _("published"), default=False,
        help_text=_("A published programme has a public page with its schedule."),
    )
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"), default=80,
        help_text=_("Share of the sessions a participant must attend (hadir) for a "
                    "certificate."),
    )
    require_post_test = models.BooleanField(
        _("require the courses' post-tests"), default=True,
        help_text=_("Where a linked course has a post-test, it must be passed for a "
                    "certificate."),
    )
    signer_name = models.CharField(_("certificate signer"), max_length=150, blank=True)
    signer_title = models.CharField(_("signer's position"), max_length=200, blank=True)
    closed_on = models.DateField(
        _("closed on"), null=True, blank=True,
        help_text=_("The day the programme was formally closed."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("slug"), FieldPanel("kind"),
                         FieldPanel("summary"), FieldPanel("description")],
                        heading=_("Programme")),
        MultiFieldPanel([FieldPanel("host_region"), FieldPanel("host_agency"),
                         FieldPanel("topics"), FieldPanel("courses")],
                        heading=_("Host and content")),
        MultiFieldPanel([FieldPanel("capacity"), FieldPanel("registration_deadline"),
                         FieldPanel("published"), FieldPanel("closed_on")],
                        heading=_("Registration")),
        MultiFieldPanel([FieldPanel("jp_hours"), FieldPanel("min_attendance_percent"),
                         FieldPanel("require_post_test"), FieldPanel("signer_name"),
                         FieldPanel("signer_title")],
                        heading=_("Certificate")),
        InlinePanel("stages", heading=_("Stages (tahap)"), label=_("Stage")),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("host_region"),
        index.FilterField("published"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return self.title


class Stage(Orderable):
    """A stage (tahap) of a programme, e.g. "Tahap 2: analisis kondisi daerah"."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="stages")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    def __str__(self) -> str:
        return self.title


class Session(Orderable, ClusterableModel):
    """
    One meeting of a programme. Times are stored as aware datetimes (UTC) and shown in
    the session's own zone (WIB/WITA/WIT), the zone of the place it is held.
    A ClusterableModel so that saving it (as the admin's inline does) also writes its
    `facilitators` (a ParentalManyToManyField).
    """

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="sessions")
    stage_number = models.PositiveSmallIntegerField(
        _("stage number"), null=True, blank=True,
        help_text=_("1 for the first stage, and so on; empty for a programme without "
                    "stages."),
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    timezone = models.CharField(
        _("time zone"), max_length=20, choices=TimeZone.choices, default=TimeZone.WITA
    )
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    meeting_url = models.URLField(_("online meeting link"), blank=True)
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("facilitators"), blank=True,
        related_name="sessions_facilitated",
    )
    capacity = models.PositiveIntegerField(
        _("room capacity"), null=True, blank=True,
        help_text=_("Empty: the programme's seats."),
    )

    panels = [
        FieldPanel("stage_number"), FieldPanel("title"), FieldPanel("starts_at"),
        FieldPanel("ends_at"), FieldPanel("timezone"), FieldPanel("venue"),
        FieldPanel("meeting_url"), FieldPanel("facilitators"), FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session ends after it starts.")},
                                  code="session_order")
        if not self.venue and not self.meeting_url:
            raise ValidationError(_("Give a venue, an online meeting link, or both."),
                                  code="session_place")


class Registration(models.Model):
    """One person registered for one programme, once; or waiting for a seat."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("Waitlisted")
        CANCELLED = "cancelled", _("Cancelled")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE,
                                  related_name="registrations")
    participant = models.ForeignKey("directory.Participant", on_delete=models.CASCADE,
                                    related_name="registrations")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed at"), auto_now=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("registered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    delegation = models.ForeignKey(
        "visits.Delegation", verbose_name=_("delegation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="registrations",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [models.UniqueConstraint(fields=["programme", "participant"],
                                               name="training_register_once")]

    def __str__(self) -> str:
        return f"{self.participant} — {self.programme}"


class Attendance(models.Model):
    """A person's attendance at one session, once."""

    class Status(models.TextChoices):
        PRESENT = "hadir", _("Present (hadir)")
        EXCUSED = "izin", _("Excused (izin)")
        SICK = "sakit", _("Sick (sakit)")
        ABSENT = "alpa", _("Absent (alpa)")

    class Method(models.TextChoices):
        ROLL_CALL = "rollcall", _("Roll call")
        CHECK_IN = "checkin", _("Self check-in")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    participant = models.ForeignKey("directory.Participant", on_delete=models.CASCADE,
                                    related_name="attendance")
    status = models.CharField(_("status"), max_length=6, choices=Status.choices)
    method = models.CharField(_("method"), max_length=8, choices=Method.choices)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance records")
        constraints = [models.UniqueConstraint(fields=["session", "participant"],
                                               name="training_attend_once")]

    def __str__(self) -> str:
        return f"{self.participant} — {self.session}: {self.status}"


class Certificate(models.Model):
    """A certificate of one programme for one person; revoked with a reason, never deleted."""

    number = models.CharField(_("number"), max_length=40, unique=True)
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT,
                                  related_name="certificates")
    participant = models.ForeignKey("directory.Participant", on_delete=models.PROTECT,
                                    related_name="certificates")
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("issued by"),
                                  null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    jp_hours = models.PositiveSmallIntegerField(_("JP hours"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("revoked by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-issued_at", "number"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [models.UniqueConstraint(fields=["programme", "participant"],
                                               name="training_certify_once")]

    def __str__(self) -> str:
        return self.number

    @property
    def valid(self) -> bool:
        return self.revoked_at is None


class JPEntry(models.Model):
    """
    A line in a participant's JP ledger (jam pelajaran): hours credited on a date.
    Written with the certificate that earns it, and removed when that certificate is
    revoked (training.certificates).
    """

    participant = models.ForeignKey("directory.Participant", on_delete=models.CASCADE,
                                    related_name="jp_entries")
    hours = models.PositiveSmallIntegerField(_("JP hours"))
    earned_on = models.DateField(_("earned on"))
    certificate = models.OneToOneField(Certificate, on_delete=models.CASCADE,
                                       related_name="jp_entry")

    class Meta:
        ordering = ["-earned_on", "pk"]
        verbose_name = _("JP ledger entry")
        verbose_name_plural = _("JP ledger entries")

    def __str__(self) -> str:
        return f"{self.participant}: {self.hours} JP"


class CalendarFeed(models.Model):
    """A participant's private calendar URL; a new token revokes the old one."""

    participant = models.OneToOneField("directory.Participant", on_delete=models.CASCADE,
                                       related_name="calendar_feed")
    token = models.CharField(_("token"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.participant)


class EvaluationResponse(models.Model):
    """
    One participant's reaction evaluation (Kirkpatrick level 1) of one programme, a study
    visit's agenda included: five statements on a 1-5 Likert scale and two comments.
    One response per person and programme; summarised in training.evaluation.
    """

    LIKERT = [(1, _("Strongly disagree")), (2, _("Disagree")), (3, _("Neutral")),
              (4, _("Agree")), (5, _("Strongly agree"))]
    ITEMS = {
        "relevance": _("The content was relevant to my work."),
        "material": _("The material and presentations were clear."),
        "facilitators": _("The facilitators and hosts mastered the subject."),
        "organisation": _("The programme was well organised (time, place, logistics)."),
        "applicability": _("I can apply what I learned in my OPD."),
    }

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE,
                                  related_name="evaluations")
    participant = models.ForeignKey("directory.Participant", on_delete=models.CASCADE,
                                    related_name="evaluations")
    relevance = models.PositiveSmallIntegerField(ITEMS["relevance"], choices=LIKERT)
    material = models.PositiveSmallIntegerField(ITEMS["material"], choices=LIKERT)
    facilitators = models.PositiveSmallIntegerField(ITEMS["facilitators"], choices=LIKERT)
    organisation = models.PositiveSmallIntegerField(ITEMS["organisation"], choices=LIKERT)
    applicability = models.PositiveSmallIntegerField(ITEMS["applicability"], choices=LIKERT)
    liked = models.TextField(_("What was most useful?"), blank=True)
    improve = models.TextField(_("What should be improved?"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now=True)

    class Meta:
        ordering = ["-submitted_at", "pk"]
        verbose_name = _("evaluation response")
        verbose_name_plural = _("evaluation responses")
        constraints = [models.UniqueConstraint(fields=["programme", "participant"],
                                               name="training_one_evaluation_each")]
        constraints += [
            models.CheckConstraint(condition=models.Q(**{f"{item}__gte": 1, f"{item}__lte": 5}),
                                   name=f"training_evaluation_{item}_likert")
            for item in ["relevance", "material", "facilitators", "organisation",
                         "applicability"]
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.programme}"
