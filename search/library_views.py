"""
The knowledge library seen from a topic or a regulation.

- `topik/<slug>/` (topic_detail): what the topic is, "Who has solved this?" (the
  regions ranked by search.solvers), and the topic's case studies, articles, courses
  and published programmes, with a link to the search filtered by the topic.
- `regulasi/<pk>/` (regulation_detail): the regulation (short name, title, kind,
  number/year, issuer, link to the text) and the case studies that cite it.

Only what anyone may read: live pages without view restrictions, never a case study
internal to its region, published programmes. An unknown slug or id is a 404.
"""

from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from directory.models import Regulation, Topic

from .solvers import who_has_solved


def _search_url(**params) -> str:
    return f"{reverse('search')}?{urlencode(params)}"


def public_case_studies():
    from casestudies.models import CaseStudyPage

    return (
        CaseStudyPage.objects.live().public().filter(private_to_region=False)
        .select_related("region").prefetch_related("topics").order_by("-date", "title")
    )


def topic_detail(request, slug: str):
    from casestudies.models import ArticlePage
    from courses.models import CoursePage
    from training.registration import registration_open
    from training.selectors import programme_list

    topic = get_object_or_404(Topic, slug=slug)
    programmes = list(programme_list().filter(topics=topic))
    for programme in programmes:
        programme.is_open = registration_open(programme)
    return render(request, "search/topic_detail.html", {
        "topic": topic,
        "solvers": who_has_solved(topic, request=request),
        "case_studies": public_case_studies().filter(topics=topic),
        "articles": (
            ArticlePage.objects.live().public().filter(topics=topic)
            .select_related("region").prefetch_related("topics").order_by("-date", "title")
        ),
        "courses": (
            CoursePage.objects.live().public().filter(topics=topic)
            .select_related("host_region").prefetch_related("topics").order_by("title")
        ),
        "programmes": programmes,
        "search_url": _search_url(topik=topic.slug),
    })


def regulation_detail(request, pk: int):
    regulation = get_object_or_404(Regulation.objects.select_related("issuer_region"), pk=pk)
    return render(request, "search/regulation_detail.html", {
        "regulation": regulation,
        "case_studies": public_case_studies().filter(regulations=regulation),
        "search_url": _search_url(regulasi=regulation.pk),
    })
