"""
The knowledge library's pages: case studies of what a region did, and best-practice
articles drawn from published sources.

A case study answers the questions a planner asks a peer region: what was the problem,
what did you do step by step, what changed (in figures), what would you do differently,
whom do I call, and under which regulation.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lms.blocks import BaseStreamBlock
from lms.pagination import paginate

from .blocks import ApproachStreamBlock, ResultsStreamBlock


class FilteredIndexMixin:
    """Listing by topic (?topik=slug) and region (?daerah=slug) for the two index pages."""

    child_model: type[Page]
    # Extra filter for what a public listing shows (case studies internal to a region never).
    listing_filter: dict = {}

    def listing(self):
        return (
            self.child_model.objects.child_of(self)
            .live()
            .public()
            .filter(**self.listing_filter)
            .select_related("region")
            .prefetch_related("topics")
            .order_by("-date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from directory.models import Region, Topic

        context = super().get_context(request, *args, **kwargs)
        items = self.listing()
        topic, region = request.GET.get("topik", ""), request.GET.get("daerah", "")
        if topic:
            items = items.filter(topics__slug=topic)
        if region:
            items = items.filter(region__slug=region)
        live_ids = self.child_model.objects.child_of(self).live().public().values("pk")
        context.update(
            items=paginate(request, items.distinct(), per_page=12),
            topics=Topic.objects.filter(
                **{f"{self.child_model._meta.model_name}s__in": live_ids}
            ).distinct(),
            regions=Region.objects.filter(
                **{f"{self.child_model._meta.model_name}s__in": live_ids}
            ).distinct(),
            selected_topic=topic,
            selected_region=region,
        )
        return context


class CaseStudyIndexPage(FilteredIndexMixin, Page):
    """All published case studies, filterable by topic and region."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    listing_filter = {"private_to_region": False}

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("case study index")

    @property
    def child_model(self):
        return CaseStudyPage


class CaseStudyPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyPage(Page):
    """What one region did about a problem, and what came of it."""

    region = models.ForeignKey(
        "directory.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="casestudypages",
    )
    date = models.DateField(_("date"), help_text=_("When the practice was documented."))
    summary = models.TextField(_("summary"), max_length=600)
    topics = ParentalManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="casestudypages"
    )
    regulations = ParentalManyToManyField(
        "directory.Regulation",
        verbose_name=_("regulations"),
        blank=True,
        related_name="casestudypages",
    )
    tags = ClusterTaggableManager(through=CaseStudyPageTag, blank=True, verbose_name=_("tags"))
    problem = RichTextField(_("problem"))
    approach = StreamField(ApproachStreamBlock(), verbose_name=_("approach"))
    results = StreamField(ResultsStreamBlock(), verbose_name=_("results"), blank=True)
    lessons_learned = RichTextField(_("lessons learned"), blank=True)
    private_to_region = models.BooleanField(
        _("internal to the region"),
        default=False,
        help_text=_("Only officials of this region and organisers may read it; it is left "
                    "out of public listings and of everyone else's search results."),
    )
    related_courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("related courses"),
        blank=True,
        related_name="case_studies",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("date"),
                FieldPanel("topics"),
                FieldPanel("regulations"),
                FieldPanel("tags"),
                FieldPanel("private_to_region"),
            ],
            heading=_("Where, when and what about"),
        ),
        FieldPanel("problem"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        InlinePanel("timeline_events", label=_("Timeline")),
        InlinePanel("contacts", label=_("Contacts")),
        FieldPanel("related_courses"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("problem"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.RelatedFields("region", [index.SearchField("name"), index.SearchField("short_name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("regulations", [index.SearchField("short_name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def serve(self, request, *args, **kwargs):
        from directory.access import may_read_region_internal

        if self.private_to_region and not may_read_region_internal(request.user, self.region_id):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_courses"] = (
            self.related_courses.live().public().select_related("host_region").order_by("title")
        )
        context["timeline"] = self.timeline_events.all()
        context["contacts"] = self.contacts.select_related("agency")
        return context


class CaseStudyTimelineEvent(Orderable):
    """A dated milestone: the letter sent, the visit held, the system launched."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="timeline_events")
    date = models.DateField(_("date"))
    title = models.CharField(_("what happened"), max_length=200)
    description = models.TextField(_("details"), blank=True)

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("timeline event")


class CaseStudyContact(Orderable):
    """Whom to ask: an office (and optionally a person) at the region that did it."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name or office"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("agency"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")


class ArticleIndexPage(FilteredIndexMixin, Page):
    """Best-practice articles, filterable by topic and region."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.ArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("best-practice article index")

    @property
    def child_model(self):
        return ArticlePage


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(Page):
    """A best-practice article, always with the source it was drawn from."""

    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), max_length=600)
    region = models.ForeignKey(
        "directory.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articlepages",
    )
    topics = ParentalManyToManyField(
        "directory.Topic", verbose_name=_("topics"), blank=True, related_name="articlepages"
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    source_name = models.CharField(
        _("source"), max_length=200, help_text=_("Publication or office the article draws on.")
    )
    source_url = models.URLField(_("source link"), blank=True)
    source_date = models.DateField(_("source date"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("region"), FieldPanel("topics"), FieldPanel("tags")],
            heading=_("Where, when and what about"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url"), FieldPanel("source_date")],
            heading=_("Source attribution"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("source_name"),
        index.RelatedFields("region", [index.SearchField("name"), index.SearchField("short_name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["casestudies.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("best-practice article")
