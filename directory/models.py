"""
The directory: the places, offices, subjects and rules every other app refers to.

Regions and agencies are who learns and who teaches; topics and regulations are what the
learning is about. They are Wagtail snippets (see wagtail_hooks.py) so organisers keep
them in the same admin where trainers write courses.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .validators import normalise_nip, validate_nip


class TimeZone(models.TextChoices):
    """Indonesia's three civil time zones, by their IANA names."""

    WIB = "Asia/Jakarta", _("WIB (UTC+7)")
    WITA = "Asia/Makassar", _("WITA (UTC+8)")
    WIT = "Asia/Jayapura", _("WIT (UTC+9)")


TIMEZONE_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


class Region(index.Indexed, models.Model):
    """
    A province, regency (kabupaten), city (kota) or ministry.

    Regencies and cities belong to a parent province. `code` is the Kemendagri region
    code (e.g. 74.72 for Kota Baubau); ministries have none.
    """

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        REGENCY = "regency", _("Regency")
        CITY = "city", _("City")
        MINISTRY = "ministry", _("Ministry")

    name = models.CharField(_("name"), max_length=150, unique=True)
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("The name people use in speech, e.g. Konut, Malut, Sulsel."),
    )
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("Kemendagri code"),
        max_length=13,
        blank=True,
        help_text=_("Region code from Kemendagri, e.g. 74 or 74.72. Empty for ministries."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"kind": "province"},
    )
    timezone = models.CharField(
        _("time zone"), max_length=40, choices=TimeZone.choices, default=TimeZone.WIB
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("code"),
        FieldPanel("parent"),
        FieldPanel("timezone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("code"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=~models.Q(code=""),
                name="directory_region_unique_code",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def timezone_abbreviation(self) -> str:
        return TIMEZONE_ABBREVIATIONS.get(self.timezone, "")


class Agency(index.Indexed, models.Model):
    """An OPD (organisasi perangkat daerah) or a ministry unit, belonging to one region."""

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="agencies"
    )
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=40, help_text=_("e.g. Bappeda, BPKAD"))

    panels = [FieldPanel("region"), FieldPanel("name"), FieldPanel("acronym")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("region"),
        index.RelatedFields("region", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["region__name", "acronym"]
        verbose_name = _("agency (OPD)")
        verbose_name_plural = _("agencies (OPD)")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "acronym"], name="directory_agency_unique_acronym"
            )
        ]

    def __str__(self) -> str:
        return f"{self.acronym} {self.region.name}"


class Topic(index.Indexed, models.Model):
    """A subject regions learn about from each other: SIPD, SPBE, Smart City, ..."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class Regulation(index.Indexed, models.Model):
    """A law or rule that a practice follows, e.g. Permendagri 70/2019 on SIPD."""

    class Kind(models.TextChoices):
        UU = "uu", _("Law (UU)")
        PP = "pp", _("Government Regulation (PP)")
        PERPRES = "perpres", _("Presidential Regulation (Perpres)")
        INPRES = "inpres", _("Presidential Instruction (Inpres)")
        PERMEN = "permen", _("Ministerial Regulation (Permen)")
        PERDA = "perda", _("Regional Regulation (Perda)")
        PERGUB = "pergub", _("Governor Regulation (Pergub)")
        PERBUP = "perbup", _("Regent Regulation (Perbup)")
        PERWALI = "perwali", _("Mayor Regulation (Perwali)")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    short_name = models.CharField(
        _("short name"),
        max_length=60,
        help_text=_("How people cite it, e.g. Permendagri 70/2019 or Perwali Baubau 57/2016."),
    )
    number = models.CharField(_("number"), max_length=20)
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=300)
    issuer = models.CharField(_("issuer"), max_length=150)
    issuer_region = models.ForeignKey(
        Region,
        verbose_name=_("issuing region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="regulations",
    )
    url = models.URLField(_("link to the text"), blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("short_name"),
        FieldPanel("number"),
        FieldPanel("year"),
        FieldPanel("title"),
        FieldPanel("issuer"),
        FieldPanel("issuer_region"),
        FieldPanel("url"),
    ]
    search_fields = [
        index.SearchField("short_name", boost=2),
        index.SearchField("title"),
        index.SearchField("issuer"),
        index.SearchField("number"),
        index.AutocompleteField("short_name"),
        index.FilterField("kind"),
        index.FilterField("year"),
    ]

    class Meta:
        ordering = ["-year", "short_name"]
        verbose_name = _("regulation")
        verbose_name_plural = _("regulations")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "number", "year", "issuer"],
                name="directory_regulation_unique_citation",
            )
        ]

    def __str__(self) -> str:
        return self.short_name


class Rank(models.TextChoices):
    """Pangkat/golongan ruang of a civil servant (PNS)."""

    I_A = "I/a", "I/a"
    I_B = "I/b", "I/b"
    I_C = "I/c", "I/c"
    I_D = "I/d", "I/d"
    II_A = "II/a", "II/a"
    II_B = "II/b", "II/b"
    II_C = "II/c", "II/c"
    II_D = "II/d", "II/d"
    III_A = "III/a", "III/a"
    III_B = "III/b", "III/b"
    III_C = "III/c", "III/c"
    III_D = "III/d", "III/d"
    IV_A = "IV/a", "IV/a"
    IV_B = "IV/b", "IV/b"
    IV_C = "IV/c", "IV/c"
    IV_D = "IV/d", "IV/d"
    IV_E = "IV/e", "IV/e"


class Participant(index.Indexed, models.Model):
    """
    The ASN profile of a user: who they are, where they work. One per user. Staff who
    are not ASN have no NIP; a NIP that is given is valid and unique across the site.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="participant",
    )
    nip = models.CharField(
        _("NIP"),
        max_length=18,
        blank=True,
        validators=[validate_nip],
        help_text=_("18 digits; leave empty for staff who are not ASN."),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("With academic titles, e.g. Dr. Siti Aminah, S.E., M.Si."),
    )
    position = models.CharField(_("position (jabatan)"), max_length=200, blank=True)
    rank = models.CharField(
        _("rank (pangkat/golongan)"), max_length=5, choices=Rank.choices, blank=True
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="participants"
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency (OPD)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participants",
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [
        FieldPanel("user"),
        FieldPanel("nip"),
        FieldPanel("full_name"),
        FieldPanel("position"),
        FieldPanel("rank"),
        FieldPanel("region"),
        FieldPanel("agency"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]
    search_fields = [
        index.SearchField("full_name"),
        index.SearchField("nip"),
        index.SearchField("position"),
        index.AutocompleteField("full_name"),
        index.FilterField("region"),
        index.FilterField("agency"),
    ]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["nip"], condition=~models.Q(nip=""), name="directory_participant_unique_nip"
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def mail_address(self) -> str:
        """Where mail to this person goes: the profile's email, else the account's;
        "" when neither is set (select_related("user") to read it without a query)."""
        return self.email or (self.user.email if self.user_id else "")

    def clean(self):
        self.nip = normalise_nip(self.nip)
        if self.agency_id and self.region_id and self.agency.region_id != self.region_id:
            raise ValidationError(
                {"agency": _("The agency must belong to the participant's region.")},
                code="agency_region",
            )
