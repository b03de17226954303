"""The courses app in the Wagtail admin: the pre- and post-tests as a "Quizzes" snippet
for trainers and organisers (model permissions on courses.quiz, granted by
courses/0004), and the learning report under Reports for organisers (the same
selector, filters and charts as the site's /laporan/belajar/)."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.roles import is_organiser

from .models import Quiz
from .report_views import report_context


class QuizFilterSet(WagtailFilterSet):
    class Meta:
        model = Quiz
        fields = ["kind"]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "course", "kind", "pass_mark", "max_attempts"]
    filterset_class = QuizFilterSet


register_snippet(QuizViewSet)


class LearningReportView(WagtailAdminTemplateMixin, TemplateView):
    """Organisers only; anyone else gets Wagtail's "no permission" answer."""

    template_name = "courses/reports/admin_report.html"
    page_title = _("Learning report")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not is_organiser(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | report_context(self.request)


class OrganiserMenuItem(MenuItem):
    def is_shown(self, request):
        return is_organiser(request.user)


@hooks.register("register_admin_urls")
def register_learning_report_url():
    return [path("reports/learning/", LearningReportView.as_view(),
                 name="learning_report_admin")]


@hooks.register("register_reports_menu_item")
def register_learning_report_menu_item():
    return OrganiserMenuItem(_("Learning report"), reverse("learning_report_admin"),
                             name="learning-report", icon_name="table", order=100)
