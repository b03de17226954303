"""
The search index kept in the database, and the data organisers edit for search.

- `SearchDocument`: one row per searchable thing (case study, article, course, lesson,
  regulation, programme), denormalised for the results page and the facets. Built by
  `search.indexer` from the source objects; Elasticsearch mirrors the same rows.
- `SearchPosting`: the inverted index of the database backend: one row per (term,
  document) with the term's weight in that document. Terms are Sastrawi stems, plus
  one canonical token per synonym group found in the text (`search.analysis`).
- `SearchTerm`: the vocabulary with each term's document frequency (for IDF and for
  typo correction).
- `SynonymGroup`: acronyms, expansions and English terms that mean the same thing,
  edited in the admin ("Sinonim pencarian").
- `QueryLog`: what people searched, per normalised query and day, with how many
  results it found: no user, no IP, nothing personal.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class SearchDocument(models.Model):
    class Kind(models.TextChoices):
        CASE_STUDY = "casestudy", _("Case study")
        ARTICLE = "article", _("Best-practice article")
        COURSE = "course", _("Course")
        LESSON = "lesson", _("Lesson")
        REGULATION = "regulation", _("Regulation")
        PROGRAMME = "programme", _("Programme")

    # Only narrow columns: a search reads every match's facet values, so the long text
    # (summary, body) lives in SearchText, read for the one page of hits.
    key = models.CharField(max_length=40, unique=True, help_text="e.g. page:12, regulation:3")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    # Facet values, '|'-separated with a leading and trailing '|': "|sipd|spbe|".
    topics = models.CharField(max_length=500, blank=True)
    regions = models.CharField(max_length=500, blank=True)
    regulations = models.CharField(max_length=500, blank=True)
    # Set for a record only its own region (and organisers) may read; NULL is public.
    private_region = models.ForeignKey(
        "directory.Region", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    boost = models.FloatField(default=1.0)
    # A case study whose "results" section is filled in ("who has solved this?" evidence).
    shows_results = models.BooleanField(default=False)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=300)
    title_folded = models.CharField(max_length=300, help_text="Lower-case title for autocomplete.")
    region_name = models.CharField(max_length=150, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["kind"]), models.Index(fields=["title_folded"])]

    def __str__(self) -> str:
        return f"{self.key} {self.title}"


class SearchText(models.Model):
    """A document's long text: the snippet source, read only for the hits shown."""

    document = models.OneToOneField(
        SearchDocument, primary_key=True, on_delete=models.CASCADE, related_name="text"
    )
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)


class SearchPosting(models.Model):
    term = models.CharField(max_length=64)
    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="postings")
    weight = models.FloatField()
    in_title = models.BooleanField(default=False)

    class Meta:
        # A search reads postings by term and needs document, weight and in_title: all
        # four in one index, so the database answers from the index alone.
        indexes = [models.Index(fields=["term", "document", "weight", "in_title"],
                                name="search_posting_covering")]
        constraints = [
            models.UniqueConstraint(fields=["term", "document"], name="search_posting_unique")
        ]


class SearchTerm(models.Model):
    term = models.CharField(max_length=64, unique=True)
    df = models.PositiveIntegerField(default=0)


class SynonymGroup(index.Indexed, models.Model):
    """Words and phrases that mean the same thing in a search (any of them finds all)."""

    terms = models.TextField(
        _("terms"),
        help_text=_("Comma-separated words or phrases that mean the same, e.g. "
                    "\"SIPD, Sistem Informasi Pemerintahan Daerah\"."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]
    search_fields = [index.SearchField("terms"), index.AutocompleteField("terms")]

    class Meta:
        ordering = ["terms"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        return self.terms[:80]

    def term_list(self) -> list[str]:
        return [part.strip() for part in self.terms.split(",") if part.strip()]


class QueryLog(models.Model):
    """How often a (normalised) query was searched on a day, and what it found."""

    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches with no result"), default=0)
    last_result_count = models.PositiveIntegerField(_("results (last search)"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="search_querylog_unique_day")
        ]
        indexes = [models.Index(fields=["day"])]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self) -> str:
        return f"{self.query} ({self.day})"
