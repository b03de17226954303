"""
Member import pages: upload a CSV/XLSX list, preview what it would do, confirm or
discard. Coordinators for their region's delegations, organisers for every delegation.
The rules live in visits/importing.py; these views only translate HTTP to its calls.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from directory.access import delegations_visible_to
from directory.models import Agency
from lms.errors import DomainError

from .importing import (
    COLUMNS,
    MAX_ROWS,
    delegation_members_import,
    import_batch_create,
    import_batch_discard,
    import_batches_visible_to,
    import_preview,
    import_template,
)
from .models import ImportBatch

TEMPLATE_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Member list (XLSX or CSV)"),
        help_text=gettext_lazy("An Excel workbook (.xlsx), or a CSV file saved as “CSV UTF-8”. "
                               "At most 5 MB."),
        allow_empty_file=True,  # the import service says why an empty file is refused
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )


def _delegation(request, pk: int):
    """Another region's delegation is a 404, like one that does not exist."""
    return get_object_or_404(delegations_visible_to(request.user).select_related(
        "home_region", "host_region"), pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def delegation_import(request, pk: int):
    delegation = _delegation(request, pk)
    form, error_code = ImportUploadForm(), ""
    if request.method == "POST":
        form = ImportUploadForm(request.POST, request.FILES)
        error_code = "file_required"
        if form.is_valid():
            try:
                batch = import_batch_create(user=request.user, delegation=delegation,
                                            uploaded_file=form.cleaned_data["file"])
            except DomainError as error:
                form.add_error("file", error.message)
                error_code = error.code
            else:
                return redirect("delegation_import_preview", pk=delegation.pk,
                                batch_pk=batch.pk)
    return render(request, "visits/import_form.html", {
        "delegation": delegation,
        "form": form,
        "error_code": error_code,
        "columns": COLUMNS,
        "max_rows": MAX_ROWS,
        "agencies": Agency.objects.filter(region_id=delegation.home_region_id),
    })


@login_required
@require_http_methods(["GET"])
def delegation_import_template(request, pk: int, file_format: str):
    delegation = _delegation(request, pk)
    if file_format not in TEMPLATE_TYPES:
        raise Http404
    response = HttpResponse(import_template(file_format),
                            content_type=TEMPLATE_TYPES[file_format])
    filename = f"anggota-delegasi-{delegation.pk}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delegation_import_preview(request, pk: int, batch_pk: int):
    delegation = _delegation(request, pk)
    batch = get_object_or_404(import_batches_visible_to(request.user, delegation), pk=batch_pk)
    batch.delegation = delegation  # already loaded, with its regions
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "confirm":
        return _confirm(request, batch)
    if action == "discard":
        return _discard(request, batch)
    return _show_preview(request, batch)


def _confirm(request, batch: ImportBatch):
    try:
        counts = delegation_members_import(user=request.user, batch=batch)
    except DomainError as error:
        if error.code != "batch_already_applied":
            return _show_preview(request, batch, error)
        messages.info(request, error.message)
    else:
        messages.success(request, _(
            "Import done: %(created)s people added, %(updated)s updated, %(unchanged)s "
            "unchanged."
        ) % {"created": counts.created, "updated": counts.updated,
             "unchanged": counts.unchanged})
    return redirect("delegation_detail", pk=batch.delegation_id)


def _discard(request, batch: ImportBatch):
    try:
        import_batch_discard(user=request.user, batch=batch)
    except DomainError as error:
        messages.info(request, error.message)
    else:
        messages.info(request, _("The import was cancelled; nothing was changed."))
    return redirect("delegation_detail", pk=batch.delegation_id)


def _show_preview(request, batch: ImportBatch, error: DomainError | None = None):
    preview = None
    if batch.status == ImportBatch.Status.PENDING:
        try:
            preview = import_preview(batch)
        except DomainError as unreadable:  # stored before a rule changed: say so, never 500
            error = error or unreadable
    return render(request, "visits/import_preview.html", {
        "delegation": batch.delegation,
        "batch": batch,
        "preview": preview,
        "counts": preview.counts if preview else None,
        "error": error,
        "error_code": error.code if error else "",
    }, status=409 if error else 200)
