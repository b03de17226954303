"""
The reaction evaluation pages (see training/evaluation.py for the rules):

- program/<slug>/evaluasi/            a participant's form: five statements, 1-5, and
                                      two comments; prefilled once answered
- program/<slug>/evaluasi/ringkasan/  the summary: distribution, means, response rate,
                                      comments (no names)
- program/<slug>/evaluasi/unduh.csv   one row per response, without names

The form finds the programme through programmes_visible_to or the user's own
registration (a visit's agenda may be unpublished); anything else is a 404. The summary
and the export are for may_view_evaluation_summary: anyone else gets a 404 when they
cannot see the programme at all, a 403 when they can.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from directory.access import programmes_visible_to
from lms import exports
from lms.errors import DomainError

from ..evaluation import (
    COMMENT_MAX,
    ITEMS,
    check_may_evaluate,
    evaluation_submit,
    evaluation_summary,
    may_view_evaluation_summary,
)
from ..models import EvaluationResponse, Programme, Registration

CSV_HEADERS = ["Tanggal", "Relevansi (1-5)", "Materi (1-5)", "Fasilitator (1-5)",
               "Penyelenggaraan (1-5)", "Penerapan (1-5)", "Hal paling bermanfaat",
               "Yang perlu diperbaiki"]


class EvaluationForm(forms.Form):
    """The five statements as radio groups 1-5 and the two comments. The form checks
    what a person can fix; the service checks it all again."""

    liked = forms.CharField(label=EvaluationResponse._meta.get_field("liked").verbose_name,
                            required=False, max_length=COMMENT_MAX,
                            widget=forms.Textarea(attrs={"rows": 4}))
    improve = forms.CharField(
        label=EvaluationResponse._meta.get_field("improve").verbose_name, required=False,
        max_length=COMMENT_MAX, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        statements = {item: forms.TypedChoiceField(
            label=label, coerce=int, choices=EvaluationResponse.LIKERT,
            widget=forms.RadioSelect(attrs={"class": "likert__input"}),
            error_messages={"required": gettext_lazy("Choose one of the five answers."),
                            "invalid_choice": gettext_lazy("Choose one of the five "
                                                           "answers.")},
        ) for item, label in EvaluationResponse.ITEMS.items()}
        self.fields = {**statements, **self.fields}  # the statements first

    def statements(self):
        return [self[item] for item in ITEMS]


def _evaluable_programme(user, slug: str) -> Programme:
    """A programme the user can see, or one they registered for; else 404."""
    own = Registration.objects.filter(participant__user=user).values("programme_id")
    queryset = Programme.objects.filter(
        Q(pk__in=programmes_visible_to(user).values("pk")) | Q(pk__in=own))
    return get_object_or_404(queryset.select_related("host_region"), slug=slug)


def _initial(response: EvaluationResponse | None) -> dict | None:
    if response is None:
        return None
    return {name: getattr(response, name) for name in (*ITEMS, "liked", "improve")}


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_form(request, slug: str):
    """GET: the form, prefilled when already answered, or why it cannot be given yet.
    POST: store it; a refusal is shown on the page with a 400, never a 500."""
    programme = _evaluable_programme(request.user, slug)
    try:
        participant, refusal = check_may_evaluate(request.user, programme), None
    except DomainError as error:
        participant, refusal = None, error
    response = (EvaluationResponse.objects.filter(programme=programme,
                                                  participant=participant).first()
                if participant else None)
    form = EvaluationForm(request.POST if request.method == "POST" else None,
                          initial=_initial(response))
    if request.method == "POST" and refusal is None and form.is_valid():
        data = form.cleaned_data
        try:
            evaluation_submit(user=request.user, programme=programme,
                              answers={item: data[item] for item in ITEMS},
                              liked=data["liked"], improve=data["improve"])
        except DomainError as error:  # what the form let through: shown beside it
            field = error.code.removeprefix("invalid_")
            form.add_error(field if field in ITEMS else None, error.message)
        else:
            messages.success(request, _("Thank you: your evaluation is saved. You can "
                                        "change it here at any time."))
            return redirect("evaluation_form", slug=programme.slug)
    failed = request.method == "POST" and (refusal is not None or form.errors)
    return render(request, "training/evaluation/form.html", {
        "programme": programme, "form": form, "response": response, "refusal": refusal,
        "may_view_summary": may_view_evaluation_summary(request.user, programme),
    }, status=400 if failed else 200)


def _summary_programme(request, slug: str) -> Programme:
    """The programme if the user may read its evaluation; else 404 when they cannot
    even see it (an unpublished or unknown one), 403 when they can."""
    programme = get_object_or_404(Programme.objects.select_related("host_region"),
                                  slug=slug)
    if may_view_evaluation_summary(request.user, programme):
        return programme
    if not programmes_visible_to(request.user).filter(pk=programme.pk).exists():
        raise Http404
    raise PermissionDenied


@login_required
@require_GET
def evaluation_summary_view(request, slug: str):
    """The programme's evaluation for its organisers, facilitators and (a visit's)
    coordinators: the same number of queries for 3 or 300 responses."""
    programme = _summary_programme(request, slug)
    return render(request, "training/evaluation/summary.html", {
        "programme": programme, "summary": evaluation_summary(programme),
    })


def _export_rows(programme: Programme):
    zone = programme.host_region.tzinfo
    rows = (EvaluationResponse.objects.filter(programme=programme)
            .order_by("submitted_at", "pk")
            .values_list("submitted_at", *ITEMS, "liked", "improve"))
    for submitted_at, *rest in rows.iterator(chunk_size=1000):
        yield [timezone.localtime(submitted_at, zone).date().isoformat(), *rest]


@login_required
@require_GET
def evaluation_export(request, slug: str):
    """One row per response (date in the host region's zone, the five scores, the two
    comments), without names: UTF-8 with BOM, for Excel."""
    programme = _summary_programme(request, slug)
    return exports.csv_response(CSV_HEADERS, _export_rows(programme),
                                f"evaluasi-{programme.slug}.csv")


urlpatterns = [
    path("program/<slug:slug>/evaluasi/", evaluation_form, name="evaluation_form"),
    path("program/<slug:slug>/evaluasi/ringkasan/", evaluation_summary_view,
         name="evaluation_summary"),
    path("program/<slug:slug>/evaluasi/unduh.csv", evaluation_export,
         name="evaluation_export"),
]
