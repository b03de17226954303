"""Placeholder: the member import pages are being written."""

from django.http import HttpResponse


def _todo(request, *args, **kwargs):
    return HttpResponse(status=501)


delegation_import = delegation_import_template = delegation_import_preview = _todo
