"""The public search page."""

from django.template.response import TemplateResponse

from lms.pagination import paginate

from .services import clean_query, result_rows, search_pages


def search(request):
    query = clean_query(request.GET.get("q"))
    results = paginate(request, search_pages(query), per_page=10)
    results.object_list = result_rows(results)
    return TemplateResponse(
        request,
        "search/search_results.html",
        {"search_query": query, "search_results": results},
    )
