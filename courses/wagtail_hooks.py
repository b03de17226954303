"""The pre- and post-tests in the Wagtail admin: a "Quizzes" snippet for trainers and
organisers (model permissions on courses.quiz, granted by courses/0004)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


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
