"""
Courses as Wagtail pages: CourseIndexPage > CoursePage > ModulePage > LessonPage.

Trainers write them in the Wagtail admin with drafts, revisions and review. The pages
only present; enrolment and progress (a later issue) live in services.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.blocks import BaseStreamBlock
from lms.pagination import paginate


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


class CoursePage(Page):
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
        """Modules in tree order, each with its live lessons in order: two queries."""
        modules = list(ModulePage.objects.child_of(self).live().order_by("path"))
        lessons = LessonPage.objects.descendant_of(self).live().order_by("path")
        by_module: dict[str, list] = {module.path: [] for module in modules}
        for lesson in lessons.only("id", "title", "slug", "path", "url_path", "duration_minutes"):
            by_module.get(lesson.path[: -Page.steplen], []).append(lesson)
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
        return context


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


class LessonPage(Page):
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
        )
        return context
