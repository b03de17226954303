"""The home page: what Lintas is, a search box, featured case studies and courses."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.url_routing import RouteResult

FEATURED_LIMIT = 6


class HomePage(Page):
    """The root of the public site; the catalogue and the library hang below it."""

    hero_title = models.CharField(_("hero title"), max_length=150)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        InlinePanel("featured_case_studies", label=_("Featured case studies"), max_num=6),
        InlinePanel("featured_courses", label=_("Featured courses"), max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "courses.CourseIndexPage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.ArticleIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """
        Resolve a descendant's URL with one lookup on `url_path` instead of Wagtail's
        walk of one child query per tree level, so a lesson costs what a course costs.
        Anything the lookup does not find takes Wagtail's usual walk.
        """
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = Page.objects.filter(path__startswith=self.path, url_path=url_path).first()
        if page is None:
            return super().route(request, path_components)
        if not page.live:
            raise Http404
        return RouteResult(page.specific)

    def featured(self, model, select: str) -> list:
        """Pages the editors picked, in their order; the newest live ones when none are."""
        live = model.objects.live().public().select_related(select).prefetch_related("topics")
        if hasattr(model, "private_to_region"):  # internal case studies are never featured
            live = live.filter(private_to_region=False)
        picked = live.filter(home_features__page=self).order_by("home_features__sort_order")
        chosen = list(picked[:FEATURED_LIMIT])
        return chosen or list(live.order_by("-first_published_at")[:FEATURED_LIMIT])

    def get_context(self, request, *args, **kwargs):
        from casestudies.models import CaseStudyPage
        from courses.models import CoursePage

        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = self.featured(CaseStudyPage, "region")
        context["courses"] = self.featured(CoursePage, "host_region")
        return context


class FeaturedCaseStudy(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_case_studies")
    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        related_name="home_features",
    )
    panels = [FieldPanel("case_study")]


class FeaturedCourse(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_courses")
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="home_features",
    )
    panels = [FieldPanel("course")]
