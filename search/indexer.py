"""
Building the search index: source objects -> `DocumentRecord` -> database rows (and, when
Elasticsearch is configured, the same records in its index; see search.elastic).

Sources, and what is public:
- case studies, articles, courses and lessons: live pages without view restrictions
  (a case study marked internal to its region is indexed with `private_region`);
- regulations: all;
- programmes: published ones.

`index_object` / `remove_object` keep one source current (called on publish, unpublish,
save and delete through search.signals); `rebuild` rebuilds everything.
"""

import datetime as dt
import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from django.utils.html import strip_tags

from .analysis import Synonyms, analyze
from .engine import ALL_TERM, topic_term
from .models import SearchDocument, SearchPosting, SearchTerm, SearchText, SynonymGroup

logger = logging.getLogger(__name__)

# How much a term counts in each part of a document.
FIELD_WEIGHTS = {"title": 8.0, "meta": 4.0, "summary": 2.5, "body": 1.0}
# Kinds a planner wants first when relevance is otherwise equal.
KIND_BOOST = {
    "casestudy": 1.3, "article": 1.15, "course": 1.15, "programme": 1.0,
    "regulation": 1.0, "lesson": 0.9,
}
MAX_BODY_CHARS = 30_000


@dataclass
class DocumentRecord:
    key: str
    kind: str
    url: str
    title: str
    summary: str = ""
    body: str = ""
    meta: str = ""  # topic, region, regulation and tag names: what the page is about
    date: dt.date | None = None
    page_id: int | None = None
    region_name: str = ""
    topics: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    regulations: list[str] = field(default_factory=list)
    private_region_id: int | None = None
    shows_results: bool = False

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def weighted_terms(self, synonyms: Synonyms) -> dict[str, tuple[float, bool]]:
        """term -> (weight in this document, whether the title has it)."""
        weights: dict[str, float] = defaultdict(float)
        in_title: set[str] = set()
        for name, weight in FIELD_WEIGHTS.items():
            stems = analyze(getattr(self, name))
            counts = Counter(stems + synonyms.tokens_in(stems))
            if name == "title":
                in_title.update(counts)
            for term, tf in counts.items():
                weights[term] += weight * (1 + math.log(tf))
        boost = KIND_BOOST.get(self.kind, 1.0)
        terms = {term[:64]: (round(value * boost, 4), term in in_title)
                 for term, value in weights.items()}
        terms[ALL_TERM] = (0.0, False)  # counts the documents (engine.ALL_TERM)
        for slug in self.topics:  # finds a topic's documents through the index (solvers)
            terms[topic_term(slug)] = (0.0, False)
        return terms


def _joined(values) -> str:
    return f"|{'|'.join(values)}|" if values else ""


def load_synonyms() -> Synonyms:
    return Synonyms.from_groups(
        (group.pk, group.term_list()) for group in SynonymGroup.objects.all()
    )


# --- sources -------------------------------------------------------------------------

def _plain(model_instance, field_names) -> str:
    """Searchable plain text of rich-text and stream fields, as Wagtail extracts it."""
    parts = []
    for name in field_names:
        model_field = model_instance._meta.get_field(name)
        value = getattr(model_instance, name)
        if hasattr(model_field, "get_searchable_content"):
            parts.extend(str(part) for part in model_field.get_searchable_content(value))
        elif value:
            parts.append(str(value))
    return strip_tags(" ".join(parts))[:MAX_BODY_CHARS]


def _meta(topics, regions, regulations, tags) -> str:
    names = [t.name for t in topics]
    for region in regions:
        names += [region.name, region.short_name]
    for regulation in regulations:
        names += [regulation.short_name, regulation.title]
    names += [tag.name for tag in tags]
    return " ".join(name for name in names if name)


def record_for_page(page) -> DocumentRecord | None:
    """The record of a live public page of a searchable kind; None for anything else."""
    from casestudies.models import ArticlePage, CaseStudyPage
    from courses.models import CoursePage, LessonPage

    page = page.specific
    if not page.live or page.get_view_restrictions().exists():
        return None
    common = dict(key=f"page:{page.pk}", url=page.url or "", title=page.title, page_id=page.pk)
    if isinstance(page, CaseStudyPage):
        topics, regulations = list(page.topics.all()), list(page.regulations.all())
        return DocumentRecord(
            kind="casestudy", summary=page.summary, date=page.date,
            body=_plain(page, ["problem", "approach", "results", "lessons_learned"])
            + " " + " ".join(f"{e.title} {e.description}" for e in page.timeline_events.all()),
            meta=_meta(topics, [page.region], regulations, page.tags.all()),
            region_name=page.region.name, topics=[t.slug for t in topics],
            regions=[page.region.slug], regulations=[str(r.pk) for r in regulations],
            private_region_id=page.region_id if page.private_to_region else None,
            shows_results=bool(page.results), **common,
        )
    if isinstance(page, ArticlePage):
        topics = list(page.topics.all())
        regions = [page.region] if page.region else []
        return DocumentRecord(
            kind="article", summary=page.summary, date=page.date,
            body=_plain(page, ["body", "source_name"]),
            meta=_meta(topics, regions, [], page.tags.all()),
            region_name=page.region.name if page.region else "",
            topics=[t.slug for t in topics], regions=[r.slug for r in regions], **common,
        )
    if isinstance(page, CoursePage):
        return _course_record(page, common)
    if isinstance(page, LessonPage):
        course = CoursePage.objects.ancestor_of(page).first()
        if course is None:
            return None
        topics = list(course.topics.all())
        regions = [course.host_region] if course.host_region else []
        published = page.first_published_at or page.latest_revision_created_at
        return DocumentRecord(
            kind="lesson", summary=page.summary, body=_plain(page, ["body"]),
            meta=_meta(topics, regions, [], []) + " " + course.title,
            date=published.date() if published else None,
            region_name=regions[0].name if regions else "",
            topics=[t.slug for t in topics], regions=[r.slug for r in regions], **common,
        )
    return None


def _course_record(page, common) -> DocumentRecord:
    topics = list(page.topics.all())
    regions = [page.host_region] if page.host_region else []
    published = page.first_published_at or page.latest_revision_created_at
    return DocumentRecord(
        kind="course", summary=page.summary,
        body=_plain(page, ["learning_objectives", "description"]),
        meta=_meta(topics, regions, [], page.tags.all()),
        date=published.date() if published else None,
        region_name=regions[0].name if regions else "",
        topics=[t.slug for t in topics], regions=[r.slug for r in regions], **common,
    )


def record_for_regulation(regulation) -> DocumentRecord:
    from django.urls import reverse

    regions = [regulation.issuer_region] if regulation.issuer_region else []
    return DocumentRecord(
        key=f"regulation:{regulation.pk}", kind="regulation",
        url=reverse("regulation_detail", args=[regulation.pk]),
        title=f"{regulation.short_name}: {regulation.title}",
        summary=f"{regulation.get_kind_display()} {regulation.number}/{regulation.year}, "
                f"{regulation.issuer}",
        meta=" ".join([regulation.short_name, regulation.issuer]
                      + [n for r in regions for n in (r.name, r.short_name)]),
        date=dt.date(regulation.year, 1, 1), region_name=regions[0].name if regions else "",
        regions=[r.slug for r in regions], regulations=[str(regulation.pk)],
    )


def record_for_programme(programme) -> DocumentRecord | None:
    if not programme.published:
        return None
    from django.urls import reverse

    sessions = list(programme.sessions.all())
    first = min((s.starts_at for s in sessions), default=None)
    topics = list(programme.topics.all())
    return DocumentRecord(
        key=f"programme:{programme.pk}", kind="programme",
        url=reverse("programme_detail", args=[programme.slug]),
        title=programme.title, summary=programme.summary,
        body=strip_tags(programme.description or "") + " "
        + " ".join(f"{s.title} {s.venue}" for s in sessions)
        + " " + " ".join(s.title for s in programme.stages.all()),
        meta=_meta(topics, [programme.host_region], [], [])
        + " " + programme.get_kind_display()
        + (f" {programme.host_agency.name} {programme.host_agency.acronym}"
           if programme.host_agency else ""),
        date=first.date() if first else programme.created_at.date(),
        region_name=programme.host_region.name,
        topics=[t.slug for t in topics], regions=[programme.host_region.slug],
    )


def all_records():
    from wagtail.models import Page

    from directory.models import Regulation
    from training.models import Programme

    searchable = ["casestudies.casestudypage", "casestudies.articlepage",
                  "courses.coursepage", "courses.lessonpage"]
    from django.contrib.contenttypes.models import ContentType

    type_ids = [ContentType.objects.get_by_natural_key(*label.split(".")).pk
                for label in searchable]
    for page in Page.objects.live().public().filter(content_type_id__in=type_ids).specific():
        record = record_for_page(page)
        if record:
            yield record
    for regulation in Regulation.objects.select_related("issuer_region"):
        yield record_for_regulation(regulation)
    for programme in Programme.objects.filter(published=True).select_related(
        "host_region", "host_agency"
    ):
        record = record_for_programme(programme)
        if record:
            yield record


# --- writing the database index ---------------------------------------------------

def _document_fields(record: DocumentRecord) -> dict:
    return dict(
        kind=record.kind, page_id=record.page_id, url=record.url[:500],
        title=record.title[:300], title_folded=" ".join(record.title.lower().split())[:300],
        date=record.date,
        year=record.year, region_name=record.region_name[:150],
        topics=_joined(record.topics)[:500], regions=_joined(record.regions)[:500],
        regulations=_joined(record.regulations)[:500],
        private_region_id=record.private_region_id,
        boost=KIND_BOOST.get(record.kind, 1.0), shows_results=record.shows_results,
    )


def _text_fields(record: DocumentRecord) -> dict:
    return dict(summary=record.summary, body=record.body[:MAX_BODY_CHARS])


def _refresh_df(terms) -> None:
    terms = list(terms)
    for start in range(0, len(terms), 500):
        chunk = terms[start:start + 500]
        counts = dict(
            SearchPosting.objects.filter(term__in=chunk).values_list("term")
            .annotate(n=Count("id")).values_list("term", "n")
        )
        SearchTerm.objects.filter(term__in=[t for t in chunk if t not in counts]).delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=t, df=n) for t, n in counts.items()],
            update_conflicts=True, unique_fields=["term"], update_fields=["df"],
        )


def write_records(records, synonyms: Synonyms | None = None) -> int:
    """Insert or replace these records in the database index; returns how many."""
    synonyms = synonyms or load_synonyms()
    touched: set[str] = set()
    count = 0
    with transaction.atomic():
        for record in records:
            document, _created = SearchDocument.objects.update_or_create(
                key=record.key, defaults=_document_fields(record)
            )
            SearchText.objects.update_or_create(document=document, defaults=_text_fields(record))
            touched.update(document.postings.values_list("term", flat=True))
            document.postings.all().delete()
            weights = record.weighted_terms(synonyms)
            SearchPosting.objects.bulk_create(
                [SearchPosting(term=t, document=document, weight=w, in_title=title)
                 for t, (w, title) in weights.items()],
                batch_size=1000,
            )
            touched.update(weights)
            count += 1
        _refresh_df(touched)
    return count


def remove_keys(keys) -> None:
    keys = list(keys)
    with transaction.atomic():
        terms = set(SearchPosting.objects.filter(document__key__in=keys)
                    .values_list("term", flat=True))
        SearchDocument.objects.filter(key__in=keys).delete()
        _refresh_df(terms)


def bulk_load(records, synonyms: Synonyms) -> int:
    """Replace the whole database index with `records` (rebuild; benchmarks)."""
    with transaction.atomic():
        SearchPosting.objects.all().delete()
        SearchText.objects.all().delete()
        SearchDocument.objects.all().delete()
        SearchTerm.objects.all().delete()
        count = 0
        batch: list[tuple[SearchDocument, dict, dict]] = []

        def flush():
            SearchDocument.objects.bulk_create([doc for doc, _w, _t in batch], batch_size=500)
            keys = [doc.key for doc, _w, _t in batch]
            ids = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "id"))
            SearchText.objects.bulk_create(
                [SearchText(document_id=ids[doc.key], **text) for doc, _w, text in batch],
                batch_size=500,
            )
            SearchPosting.objects.bulk_create(
                [SearchPosting(term=t, document_id=ids[doc.key], weight=w, in_title=title)
                 for doc, weights, _t in batch for t, (w, title) in weights.items()],
                batch_size=2000,
            )
            batch.clear()

        for record in records:
            batch.append((SearchDocument(key=record.key, **_document_fields(record)),
                          record.weighted_terms(synonyms), _text_fields(record)))
            count += 1
            if len(batch) >= 500:
                flush()
        if batch:
            flush()
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=t, df=n) for t, n in
             SearchPosting.objects.values_list("term").annotate(n=Count("id"))
             .values_list("term", "n")],
            batch_size=2000,
        )
    return count


# --- the public entry points ----------------------------------------------------

def _forget_cached() -> None:
    from .service import forget_cached

    forget_cached()


def _elastic():
    from . import elastic

    return elastic if elastic.configured() else None


def index_records(records: list[DocumentRecord], removed_keys=()) -> None:
    if removed_keys:
        remove_keys(removed_keys)
    if records:
        write_records(records)
    _forget_cached()
    es = _elastic()
    if es:
        es.sync(records, removed_keys)


def index_object(obj) -> None:
    """Bring one page, regulation or programme up to date in every index."""
    from directory.models import Regulation
    from training.models import Programme

    if isinstance(obj, Regulation):
        key, record = f"regulation:{obj.pk}", record_for_regulation(obj)
    elif isinstance(obj, Programme):
        key, record = f"programme:{obj.pk}", record_for_programme(obj)
    else:
        key, record = f"page:{obj.pk}", record_for_page(obj)
    if record is None:
        index_records([], removed_keys=[key])
    else:
        index_records([record])


def remove_object(obj) -> None:
    from directory.models import Regulation
    from training.models import Programme

    prefix = ("regulation" if isinstance(obj, Regulation)
              else "programme" if isinstance(obj, Programme) else "page")
    index_records([], removed_keys=[f"{prefix}:{obj.pk}"])


def rebuild(strict: bool = False) -> dict:
    """
    Rebuild the database index, and Elasticsearch's when configured. Elasticsearch being
    down is logged and the database index is still rebuilt, unless `strict` (the
    management command), which raises elastic.Unavailable.
    """
    synonyms = load_synonyms()
    records = list(all_records())
    count = bulk_load(records, synonyms)
    _forget_cached()
    result = {"documents": count, "elasticsearch": None}
    es = _elastic()
    if es:
        try:
            result["elasticsearch"] = es.rebuild(records, synonyms)
        except es.Unavailable as error:
            if strict:
                raise
            logger.warning("Elasticsearch index not rebuilt: %s", error)
    return result
