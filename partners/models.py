"""The shared core: sectors of the klaverblad, Global Goals, networks, countries and partners."""

import re

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from deventer_intl.i18n import translated
from partners.querysets import PartnerQuerySet, RelationQuerySet, SectorQuerySet, WithPartnersQuerySet

#: The text-search configuration created by migration 0001: Dutch stemming on unaccented words.
SEARCH_CONFIG = "dutch_unaccent"

hex_colour = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Enter a colour as #RRGGBB."))


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of a #RRGGBB colour against white."""

    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    return 1.05 / (luminance + 0.05)


def readable_under_white_text(colour: str) -> None:
    """Sector colours carry white labels (the klaverblad): WCAG AA asks 4.5:1."""
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", colour or "") and contrast_with_white(colour) < 4.5:
        raise ValidationError(
            _("White text on {colour} has a contrast of {ratio}:1; choose a darker colour (at least 4.5:1).").format(
                colour=colour, ratio=number_format(contrast_with_white(colour), 1)
            ),
            code="contrast",
        )


class TranslatedName(models.Model):
    """A name in Dutch (required) with optional English and German; ``name`` follows the active language."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    name_de = models.CharField(_("name (German)"), max_length=120, blank=True)

    class Meta:
        abstract = True

    @property
    def name(self) -> str:
        return translated(self, "name")

    def __str__(self) -> str:
        return self.name


class Sector(TranslatedName):
    """A leaf of the klaverblad (or the municipality at its centre)."""

    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    colour = models.CharField(
        _("colour"), max_length=7, validators=[hex_colour, readable_under_white_text], default="#1D5E8C"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_hub = models.BooleanField(
        _("hub"), default=False, help_text=_("Tick for the municipality, which sits at the centre of the klaverblad.")
    )

    objects = SectorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name_nl"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            # The klaverblad has one centre.
            models.UniqueConstraint(fields=["is_hub"], condition=models.Q(is_hub=True), name="sector_one_hub"),
        ]

    def get_absolute_url(self) -> str:
        return reverse("partners:sector-detail", kwargs={"slug": self.slug})


class GlobalGoal(TranslatedName):
    """One of the 17 UN Sustainable Development Goals; created by a data migration."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    colour = models.CharField(_("colour"), max_length=7, validators=[hex_colour])

    objects = WithPartnersQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("Global Goal")
        verbose_name_plural = _("Global Goals")
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1, number__lte=17), name="globalgoal_number_1_to_17"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("partners:goal-detail", kwargs={"number": self.number})


class Network(models.Model):
    """A network partners take part in (Platform Deventer-Oeganda, Kerngroep Deventer4GlobalGoals …)."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=160, unique=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    objects = WithPartnersQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("partners:network-detail", kwargs={"slug": self.slug})


class Country(models.Model):
    """A country where partners (and later actions, relations and events) are active.

    Names come from django-countries in the active language, so "Oeganda", "Uganda" and
    "Uganda" are one row.
    """

    code = CountryField(_("country"), primary_key=True)

    objects = WithPartnersQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    @property
    def name(self) -> str:
        return str(country_names.name(self.code))

    def __str__(self) -> str:
        return self.name

    def names_in_all_languages(self) -> set[str]:
        names = set()
        for language in ("nl", "en", "de"):
            with translation.override(language):
                names.add(str(country_names.name(self.code)))
        return names

    def get_absolute_url(self) -> str:
        return reverse("partners:country-detail", kwargs={"code": str(self.code).lower()})


# The choices are defined outside their model so that its Meta's constraints can read their values.
class PartnerKind(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation / NGO")
    SCHOOL = "school", _("School or knowledge institution")
    COMPANY = "company", _("Company")
    CULTURE = "culture", _("Cultural institution")
    GOVERNMENT = "government", _("Government")
    ASSOCIATION = "association", _("Association or club")


class Partner(models.Model):
    """An organisation in Deventer that works internationally."""

    Kind = PartnerKind

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="partners", verbose_name=_("sector"))
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(
        _("public e-mail address"), blank=True, help_text=_("The organisation's general address, shown publicly.")
    )
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("Private: only for the office and civil servants.")
    )
    contact_email = models.EmailField(_("contact person's e-mail"), blank=True, help_text=_("Private."))
    contact_phone = models.CharField(_("contact person's phone"), max_length=40, blank=True, help_text=_("Private."))
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    logo_thumbnail = models.ImageField(_("logo for lists"), upload_to="logos/thumbs/", blank=True, editable=False)
    countries = models.ManyToManyField(
        Country, blank=True, related_name="partners", verbose_name=_("countries where active")
    )
    global_goals = models.ManyToManyField(
        GlobalGoal, blank=True, related_name="partners", verbose_name=_("Global Goals")
    )
    networks = models.ManyToManyField(
        Network, through="Membership", blank=True, related_name="partners", verbose_name=_("networks")
    )
    published = models.BooleanField(_("published"), default=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    # Denormalised, lower-case, unaccented text for search: its own name and description and the
    # names of its countries, networks, Global Goals and sector in nl/en/de. Kept current by
    # partners.services.partners_refresh_search; PostgreSQL computes the vector from it.
    search_text = models.TextField(editable=False, default="")
    search_vector = models.GeneratedField(
        expression=SearchVector("name", weight="A", config=SEARCH_CONFIG)
        + SearchVector("search_text", weight="B", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PartnerQuerySet.as_manager()
    # Every edit is kept with who and when; countries and goals too. The search columns are derived.
    # Personal contact details are not versioned: once changed or cleared they are gone (AVG).
    history = HistoricalRecords(
        excluded_fields=["search_text", "search_vector", "updated", "contact_name", "contact_email", "contact_phone"],
        m2m_fields=[countries, global_goals],
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        indexes = [
            GinIndex(fields=["search_vector"], name="partner_search_vector_gin"),
            # The directory's order; with the key, a page's keys come from the index alone.
            models.Index(fields=["published", "name", "id"], name="partner_published_name_id"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=PartnerKind.values), name="partner_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("partners:detail", kwargs={"slug": self.slug})


class SearchWord(models.Model):
    """Every distinct word of the partners' search text: the lexicon that corrects typos in queries.

    Comparing a query word with a few thousand short words through a trigram index takes about a
    millisecond; comparing it with every partner's whole search text does not scale (pg_trgm's docs
    recommend exactly this table). Kept by partners.services.partners_refresh_search.
    """

    word = models.CharField(max_length=100, primary_key=True)

    class Meta:
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="searchword_word_trgm")]

    def __str__(self) -> str:
        return self.word


class Membership(models.Model):
    """A partner's membership of a network, with its role and the year it started."""

    class Role(models.TextChoices):
        MEMBER = "member", _("member")
        CHAIR = "chair", _("chair")
        COORDINATOR = "coordinator", _("coordinator")
        FOUNDER = "founder", _("founder")
        SECRETARIAT = "secretariat", _("secretariat")

    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("partner")
    )
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    since = models.PositiveSmallIntegerField(
        _("since (year)"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["network__name"]
        verbose_name = _("network membership")
        verbose_name_plural = _("network memberships")
        constraints = [
            models.UniqueConstraint(fields=["partner", "network"], name="membership_unique_partner_network"),
            models.CheckConstraint(
                condition=models.Q(since__isnull=True) | models.Q(since__gte=1900, since__lte=2100),
                name="membership_since_plausible",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} – {self.network}"


class RelationKind(models.TextChoices):
    TWIN_CITY = "twin_city", _("twin city")
    PARTNERSHIP = "partnership", _("partnership")
    TRADE = "trade", _("trade")
    EDUCATION = "education", _("education")
    HUMANITARIAN = "humanitarian", _("humanitarian")
    HANZE = "hanze", _("Hanze")


class MunicipalityRole(models.TextChoices):
    """What the municipality does in a relation, and in an action of the work agenda."""

    LEADS = "leads", _("leads")
    PARTNER = "partner", _("partner")
    FACILITATES = "facilitates", _("facilitates")
    NONE = "none", _("no role")


class RelationPartnerRole(models.TextChoices):
    """What a local partner does in an international relation."""

    LEAD = "lead", _("lead")
    PARTNER = "partner", _("partner")
    SUPPORTER = "supporter", _("supporter")


class Relation(models.Model):
    """An international relation of Deventer (the "strategic index"): a counterpart abroad and everything tied to it.

    Local partners take part through ``RelationPartner`` (with their role); actions of the work agenda and granted
    subsidy applications are linked here, events link to it from their side (``Event.relations``).
    """

    Kind = RelationKind
    MunicipalityRole = MunicipalityRole

    slug = models.SlugField(_("slug"), unique=True)
    counterpart = models.CharField(
        _("counterpart abroad"), max_length=160, help_text=_("The city, district or region abroad, e.g. Sibiu.")
    )
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="relations", verbose_name=_("country"))
    kind = models.CharField(_("kind of relation"), max_length=20, choices=Kind.choices)
    since = models.PositiveSmallIntegerField(
        _("since (year)"), null=True, blank=True, validators=[MinValueValidator(1000), MaxValueValidator(2100)]
    )
    until = models.PositiveSmallIntegerField(
        _("until (year)"), null=True, blank=True, validators=[MinValueValidator(1000), MaxValueValidator(2100)]
    )
    partners = models.ManyToManyField(
        Partner,
        through="RelationPartner",
        blank=True,
        related_name="relations",
        verbose_name=_("local partners involved"),
    )
    municipality_role = models.CharField(
        _("role of the municipality"),
        max_length=12,
        choices=MunicipalityRole.choices,
        default=MunicipalityRole.FACILITATES,
    )
    description = models.TextField(_("description"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Where the relation sits on the map, in decimal degrees (Sibiu: 45.79306)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees east of Greenwich, negative to the west (Sibiu: 24.15111)."),
    )
    # By name, so partners imports neither agenda nor subsidies; agenda and subsidies need no migration.
    actions = models.ManyToManyField(
        "agenda.Action", blank=True, related_name="relations", verbose_name=_("actions of the work agenda")
    )
    subsidy_applications = models.ManyToManyField(
        "subsidies.Application",
        blank=True,
        related_name="relations",
        verbose_name=_("subsidies"),
        help_text=_("Only granted subsidies are shown publicly."),
    )
    updated = models.DateTimeField(_("updated"), auto_now=True, null=True)

    objects = RelationQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated"], m2m_fields=[actions, subsidy_applications])

    class Meta:
        ordering = ["counterpart"]
        verbose_name = _("international relation")
        verbose_name_plural = _("international relations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=RelationKind.values),
                name="relation_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(municipality_role__in=MunicipalityRole.values),
                name="relation_municipality_role_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(until__isnull=True)
                | models.Q(since__isnull=True)
                | models.Q(until__gte=models.F("since")),
                name="relation_until_after_since",
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(
                    latitude__isnull=False,
                    longitude__isnull=False,
                    latitude__gte=-90,
                    latitude__lte=90,
                    longitude__gte=-180,
                    longitude__lte=180,
                ),
                name="relation_location_valid",
                violation_error_message=_("Give both latitude (-90 to 90) and longitude (-180 to 180), or neither."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.counterpart} ({self.country.name})"

    def get_absolute_url(self) -> str:
        return reverse("relations:detail", kwargs={"slug": self.slug})

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class RelationPartner(models.Model):
    """A local partner's part in an international relation, with its role."""

    Role = RelationPartnerRole

    relation = models.ForeignKey(
        Relation, on_delete=models.CASCADE, related_name="relation_partners", verbose_name=_("relation")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="relation_roles", verbose_name=_("partner")
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTNER)

    history = HistoricalRecords()

    class Meta:
        ordering = ["role", "partner__name"]
        verbose_name = _("local partner in a relation")
        verbose_name_plural = _("local partners in relations")
        constraints = [
            models.UniqueConstraint(fields=["relation", "partner"], name="relationpartner_unique"),
            models.CheckConstraint(
                condition=models.Q(role__in=RelationPartnerRole.values), name="relationpartner_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} – {self.relation.counterpart} ({self.get_role_display()})"
