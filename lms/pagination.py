"""One paginator for every listing page, tolerant of bad ?page= values."""

from django.core.paginator import Page, Paginator


def paginate(request, object_list, per_page: int = 12) -> Page:
    """Return the requested page; a missing, non-numeric or too-high number gives a valid page."""
    return Paginator(object_list, per_page).get_page(request.GET.get("page"))
