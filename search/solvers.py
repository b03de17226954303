"""
"Who has solved this?": the regions with the most evidence of having dealt with a topic.

Evidence, counted per region for one topic:
- a published, public case study on the topic, from that region: 1 point, 2 when its
  "results" section is filled in (a region that shows what changed counts double);
  case studies internal to a region (`private_to_region`) never count;
- a published programme on the topic that the region hosted: 1 point.

Regions are ranked by points, then by case studies, then by name. Three queries
whatever the number of regions or case studies (the case studies, the view
restrictions Wagtail's `public()` reads, the programmes).
"""

from dataclasses import dataclass, field

CASE_STUDY_POINTS = 1
WITH_RESULTS_POINTS = 2
PROGRAMME_POINTS = 1


@dataclass
class Solver:
    region: object  # directory.Region
    score: int = 0
    case_studies: list[tuple[str, str]] = field(default_factory=list)  # (title, url)
    case_study_count: int = 0
    with_results_count: int = 0
    programmes_hosted: int = 0
    programmes: list[tuple[str, str]] = field(default_factory=list)  # (title, url)

    @property
    def search_querystring(self) -> str:
        """The region's own results on the topic (the caller prefixes the topic)."""
        return f"daerah={self.region.slug}"


LINKS_PER_REGION = 5


def _on_topic(topic):
    """The topic's public case studies and published programmes in the search index
    (which holds only live, public pages and published programmes)."""
    from .engine import topic_term
    from .models import SearchDocument

    return SearchDocument.objects.filter(
        postings__term=topic_term(topic.slug), kind__in=["casestudy", "programme"],
        private_region__isnull=True,
    )


def who_has_solved(topic, limit: int = 10, request=None) -> list[Solver]:
    """
    The regions with evidence on `topic`, best first (at most `limit`). Three queries
    whatever the amount of evidence: counts per region and kind (with the case studies
    whose "results" section is filled in), the regions, and the top regions' links.
    """
    from django.db.models import Count, Q

    from directory.models import Region

    if topic is None:
        return []
    counts = (
        _on_topic(topic).values("regions", "kind")
        .annotate(n=Count("id"), shown=Count("id", filter=Q(shows_results=True)))
        .order_by()
    )
    solvers: dict[str, Solver] = {}
    for row in counts:
        slug = next((s for s in row["regions"].split("|") if s), None)
        if slug is None:
            continue
        solver = solvers.setdefault(slug, Solver(region=None))
        if row["kind"] == "programme":
            solver.programmes_hosted += row["n"]
            solver.score += PROGRAMME_POINTS * row["n"]
        else:
            solver.case_study_count += row["n"]
            solver.with_results_count += row["shown"]
            solver.score += (WITH_RESULTS_POINTS * row["shown"]
                             + CASE_STUDY_POINTS * (row["n"] - row["shown"]))
    regions = {region.slug: region for region in Region.objects.filter(slug__in=solvers)}
    for slug in list(solvers):
        if slug in regions:
            solvers[slug].region = regions[slug]
        else:
            del solvers[slug]
    ranked = sorted(solvers.values(),
                    key=lambda s: (-s.score, -s.case_study_count, s.region.name))[:limit]
    by_slug = {solver.region.slug: solver for solver in ranked}
    links = (
        _on_topic(topic).filter(regions__in=[f"|{slug}|" for slug in by_slug])
        .order_by("-shows_results", "-date", "title").values("kind", "title", "url", "regions")
    )
    for row in links:
        solver = by_slug[row["regions"].strip("|")]
        listed = solver.programmes if row["kind"] == "programme" else solver.case_studies
        if len(listed) < LINKS_PER_REGION:
            listed.append((row["title"], row["url"]))
    return ranked
