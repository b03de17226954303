"""Placeholder: the coordinator's delegation pages are being written."""

from django.http import HttpResponse


def _todo(request, *args, **kwargs):
    return HttpResponse(status=501)


delegation_list = delegation_detail = delegation_member_add = delegation_member_remove = _todo
