"""
Courses as Wagtail pages: CourseIndexPage > CoursePage > ModulePage > LessonPage.

Trainers write them in the Wagtail admin with drafts, revisions and review. The pages
only present; enrolment and progress (Enrollment, LessonProgress below) are
written by courses.services and read by courses.selectors.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lms.blocks import BaseStreamBlock
from lms.pagination import paginate


class ViewRestrictionsInOneQuery:
    """
    Wagtail's `Page.get_view_restrictions` in one query instead of two (ancestors, then
    restrictions), with the same rule: the restrictions of this page and its ancestors,
    where an alias counts through its source page (and never by itself). Serving
    course and lesson pages checks this on every request.
    """

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        steplen = Page.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        return PageViewRestriction.objects.filter(
            models.Q(page__path__in=paths, page__alias_of__isnull=True)
            | models.Q(page__aliases__path__in=paths)
        ).distinct()


class CourseIndexPage(Page):
    """The course catalogue: every live course, newest first, filterable by topic."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self):
        return (
            CoursePage.objects.child_of(self)
            .live()
            .public()
            .select_related("host_region")
            .prefetch_related("topics")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from directory.models import Topic

        context = super().get_context(request, *args, **kwargs)
        courses = self.courses()
        topic_slug = request.GET.get("topik", "")
        if topic_slug:
            courses = courses.filter(topics__slug=topic_slug)
        context["topics"] = Topic.objects.filter(course_pages__isnull=False).distinct()
        context["selected_topic"] = topic_slug
        context["items"] = paginate(request, courses, per_page=12)
        return context


class CoursePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CoursePage(ViewRestrictionsInOneQuery, Page):
    """A course: what it teaches, who teaches it, and its modules and lessons in order."""

    class Level(models.TextChoices):
        BASIC = "dasar", _("Basic")
        INTERMEDIATE = "menengah", _("Intermediate")
        ADVANCED = "lanjut", _("Advanced")

    summary = models.TextField(_("summary"), max_length=600)
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective")))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    description = RichTextField(_("description"), blank=True)
    host_region = models.ForeignKey(
        "directory.Region",
        verbose_name=_("host region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The region whose practice this course teaches."),
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="courses_trained",
    )
    topics = ParentalManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="course_pages"
    )
    tags = ClusterTaggableManager(through=CoursePageTag, blank=True, verbose_name=_("tags"))
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.BASIC)
    jp_hours = models.PositiveSmallIntegerField(
        _("JP hours"),
        default=0,
        help_text=_("Lesson hours (jam pelajaran) credited on completion."),
    )
    enrolment_open = models.BooleanField(_("enrolment open"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("host_region"),
                FieldPanel("trainers"),
                FieldPanel("topics"),
                FieldPanel("tags"),
                FieldPanel("level"),
                FieldPanel("jp_hours"),
                FieldPanel("enrolment_open"),
            ],
            heading=_("Course details"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("learning_objectives"),
        index.SearchField("description"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def outline(self):
        """
        Live modules in tree order, each with its live lessons in order: ONE query over
        the page table (lessons' `duration_minutes` joined in). The items are plain
        `Page` objects carrying id, title, slug, path, url_path (enough for {% pageurl %})
        and, on lessons, `duration_minutes`; `.specific` gives the full page.
        """
        from django.contrib.contenttypes.models import ContentType

        types = ContentType.objects.get_for_models(ModulePage, LessonPage)
        rows = (
            Page.objects.descendant_of(self).live()
            .filter(models.Q(depth=self.depth + 1, content_type=types[ModulePage])
                    | models.Q(depth=self.depth + 2, content_type=types[LessonPage]))
            .annotate(duration_minutes=models.F("lessonpage__duration_minutes"))
            .only("id", "title", "slug", "path", "url_path", "depth", "content_type_id")
            .order_by("path")
        )
        modules, by_module = [], {}
        for page in rows:
            if page.depth == self.depth + 1:
                modules.append(page)
                by_module[page.path] = []
            else:
                by_module.get(page.path[: -Page.steplen], []).append(page)
        return [(module, by_module[module.path]) for module in modules]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outline = self.outline()
        context["outline"] = outline
        context["lesson_count"] = sum(len(lessons) for _module, lessons in outline)
        context["total_minutes"] = sum(
            lesson.duration_minutes for _module, lessons in outline for lesson in lessons
        )
        context["first_lesson"] = next(
            (lessons[0] for _module, lessons in outline if lessons), None
        )
        context["progress"] = _learner_progress(request, self, outline)
        return context


def _learner_progress(request, course, outline):
    """A signed-in learner's progress (two queries); None for anonymous visitors, so
    public pages cost no extra query."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or course is None:
        return None
    from .selectors import course_progress

    return course_progress(user, course, outline)


class ModulePage(Page):
    """A module groups the lessons of a course; it is listed on the course page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["course"] = self.get_parent().specific
        context["lessons"] = LessonPage.objects.child_of(self).live().order_by("path")
        return context


class LessonPage(ViewRestrictionsInOneQuery, Page):
    """One lesson: a body written in blocks, read in order within its course."""

    summary = models.TextField(_("summary"), blank=True, max_length=400)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=15)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def course(self) -> "CoursePage":
        return CoursePage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.course()
        outline = course.outline()
        sequence = [lesson for _module, lessons in outline for lesson in lessons]
        ids = [lesson.pk for lesson in sequence]
        # A draft being previewed is not in the live outline: show it without neighbours.
        position = ids.index(self.pk) if self.pk in ids else None
        context.update(
            course=course,
            outline=outline,
            module=self.get_parent() if position is None else next(
                m for m, lessons in outline if any(x.pk == self.pk for x in lessons)
            ),
            position=None if position is None else position + 1,
            lesson_count=len(sequence),
            previous_lesson=sequence[position - 1] if position else None,
            next_lesson=(
                sequence[position + 1]
                if position is not None and position + 1 < len(sequence)
                else None
            ),
            progress=_learner_progress(request, course, outline),
        )
        return context


class Enrollment(models.Model):
    """
    One learner in one course, once. Written only by courses.services; withdrawing keeps
    the row (and its progress), so enrolling again picks up where the learner left off.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrollments"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The learner themselves, their coordinator or an organiser."),
    )
    delegation = models.ForeignKey(
        "visits.Delegation",
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrollments",
        help_text=_("Set when the learner was enrolled with their delegation."),
    )

    class Meta:
        ordering = ["-enrolled_at", "pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrol_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.course}"


class LessonProgress(models.Model):
    """A lesson the learner has marked done, once per enrolment."""

    enrollment = models.ForeignKey(
        Enrollment, verbose_name=_("enrolment"), on_delete=models.CASCADE,
        related_name="progress",
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        ordering = ["completed_at", "pk"]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson"], name="courses_lesson_done_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrollment} — {self.lesson_id}"


class Quiz(ClusterableModel):
    """
    A course's pre-test or post-test, written by trainers in the admin (a snippet):
    questions with options, which options are correct and why. Attempts are
    QuizAttempt rows, written only by courses.services.
    """

    class Kind(models.TextChoices):
        PRE = "pre", _("Pre-test")
        POST = "post", _("Post-test")

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="quizzes"
    )
    kind = models.CharField(_("kind"), max_length=4, choices=Kind.choices, default=Kind.POST)
    title = models.CharField(_("title"), max_length=200)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, validators=[MinValueValidator(1)],
        help_text=_("A pre-test is always taken once."),
    )
    shuffle_questions = models.BooleanField(
        _("shuffle questions"), default=False,
        help_text=_("Show the questions in a new random order in every attempt."),
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("pass_mark"),
        FieldPanel("max_attempts"),
        FieldPanel("shuffle_questions"),
        InlinePanel("questions", label=_("Questions")),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["course_id", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["course", "kind"], name="courses_quiz_one_per_kind")
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.kind == self.Kind.PRE:
            self.max_attempts = 1

    @property
    def attempts_allowed(self) -> int:
        """A pre-test is taken once; a post-test `max_attempts` times."""
        return 1 if self.kind == self.Kind.PRE else max(self.max_attempts or 1, 1)

    def save(self, *args, **kwargs):
        if self.kind == self.Kind.PRE:
            self.max_attempts = 1
        super().save(*args, **kwargs)


class Question(ClusterableModel, Orderable):
    """One question of a quiz, with its options and the explanation shown after submitting."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True / false")

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("question"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices,
                            default=Kind.SINGLE)
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown to the learner after submitting.")
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("kind"),
        FieldPanel("explanation"),
        InlinePanel("options", label=_("Options")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def single_answer(self) -> bool:
        return self.kind != self.Kind.MULTIPLE


class Option(Orderable):
    """One answer option of a question; `is_correct` never reaches the browser before
    the learner submits."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self) -> str:
        return self.text


class QuizAttempt(models.Model):
    """One attempt of a learner at a quiz: the question order they saw, their answers
    ({question id: [option ids]}) and the score once submitted."""

    enrollment = models.ForeignKey(
        Enrollment, verbose_name=_("enrolment"), on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        Quiz, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"), default=1)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    question_order = models.JSONField(_("question order"), default=list)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    score = models.FloatField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)

    class Meta:
        ordering = ["started_at", "pk"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "quiz", "number"],
                                    name="courses_quiz_attempt_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.enrollment} — {self.quiz} #{self.number}"
