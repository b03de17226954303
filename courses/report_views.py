"""
The learning report pages, mounted at /laporan/: the report (/laporan/belajar/) and its
exports (unduh.csv, unduh.xlsx) with the same filters in the query string.

Organisers see every region, a coordinator their region (courses.reports applies the
access rule of directory.access); anyone else signed in gets 403, anonymous visitors
the sign-in page. Filter values that do not fit (a date that is not one, another
region, a course that does not exist) come back as form errors, never as a 500; an
export with such values is sent to the report page, which shows them.

`report_context` is shared with the Wagtail admin's copy of the report
(courses/wagtail_hooks.py): the same form, selector and charts.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.access import coordinator_region, regions_managed_by
from directory.models import Region
from directory.roles import is_organiser
from lms.forms import DateInput

from .exports import csv_response, xlsx_response
from .models import CoursePage
from .report_charts import completion_chart, pre_post_chart
from .reports import GroupBy, ReportFilters, learner_rows, learning_report, may_view_reports


def _date_field(label) -> forms.DateField:
    """A date within years the database and time zones handle (no 0001 or 9999)."""
    return forms.DateField(
        label=label, required=False,
        validators=[MinValueValidator(datetime.date(1970, 1, 1)),
                    MaxValueValidator(datetime.date(2999, 12, 31))],
        widget=DateInput())


class ReportFilterForm(forms.Form):
    """The report's filters; the field names are the query string (?dari=2026-01-01)."""

    dari = _date_field(_("Enrolled from"))
    sampai = _date_field(_("Enrolled until"))
    kursus = forms.ModelChoiceField(label=_("Course"), required=False,
                                    queryset=CoursePage.objects.none(),
                                    empty_label=_("All courses"))
    daerah = forms.ModelChoiceField(label=_("Region"), required=False, to_field_name="slug",
                                    queryset=Region.objects.none(),
                                    empty_label=_("All regions"))
    kelompok = forms.ChoiceField(label=_("One row per"), required=False,
                                 choices=GroupBy.choices)

    def __init__(self, data, *, user):
        super().__init__(data)
        self.fields["kursus"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["daerah"].queryset = regions_managed_by(user).order_by("name")

    def full_clean(self):
        """Tie each field's errors to its input (the template prints them by id)."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}_errors"})

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("dari"), cleaned.get("sampai")
        if start and end and end < start:
            self.add_error("sampai", forms.ValidationError(
                _("The end of the period cannot be before its start."), code="period_order"))
        return cleaned

    def filters(self) -> ReportFilters:
        data = self.cleaned_data
        return ReportFilters(date_from=data["dari"], date_to=data["sampai"],
                             course=data["kursus"], region=data["daerah"],
                             group_by=data["kelompok"] or GroupBy.DELEGATION)

    def query_string(self) -> str:
        """The filters as given, for the export links."""
        return urlencode({name: self.data[name] for name in self.fields
                          if self.data.get(name)})


GROUP_HEADINGS = {GroupBy.COURSE: _("Per course"), GroupBy.DELEGATION: _("Per delegation"),
                  GroupBy.REGION: _("Per region"), GroupBy.AGENCY: _("Per OPD")}


def _check_may_view(user) -> None:
    if not may_view_reports(user):
        raise PermissionDenied


def report_context(request) -> dict:
    """The form and, when its values are valid, the report and its two charts."""
    form = ReportFilterForm(request.GET, user=request.user)
    context = {"form": form, "report": None, "charts": [],
               "region": None if is_organiser(request.user)
               else coordinator_region(request.user)}
    if form.is_valid():
        report = learning_report(request.user, form.filters())
        context.update(report=report, query=form.query_string(),
                       group_label=GroupBy(report.group_by).label,
                       group_heading=GROUP_HEADINGS[report.group_by],
                       charts=[c for c in (completion_chart(report), pre_post_chart(report))
                               if c is not None])
    return context


@login_required
def learning_report_page(request):
    _check_may_view(request.user)
    return render(request, "courses/reports/learning_report.html", report_context(request))


@login_required
def learning_report_export(request, file_format: str):
    """One row per learner, filtered like the page; bad filters go back to the page."""
    _check_may_view(request.user)
    form = ReportFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return redirect(f"{reverse('learning_report')}?{request.GET.urlencode()}")
    rows = learner_rows(request.user, form.filters())
    return csv_response(rows) if file_format == "csv" else xlsx_response(rows)
