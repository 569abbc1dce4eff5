"""/sitemap.xml: an index of sections, one per kind of page and language, each paginated.

Every public page appears once per language. Django's own i18n sitemaps build a Python list of
every (item, language) pair on each request, so their cost grows with the number of partners
(3 s at 5,000); a section per language pages through a queryset instead. The hreflang
alternates of each page are in its <head>.

The index (``index``) needs, per section, its number of pages and its latest change: Django asks each
section separately (30 queries); here one query counts every kind of page once (``section_stats``) and the
languages share the numbers. A section added later needs only ``items()`` and, when it has dates,
``lastmod_field``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Max, QuerySet
from django.urls import reverse
from django.utils import translation

from agenda.models import Action
from partners.models import Country, GlobalGoal, Network, Partner, Relation, Sector


@dataclass(frozen=True)
class Stats:
    count: int
    latest: object = None


class LanguageSitemap(Sitemap):
    """The pages of one kind in one language."""

    limit = 1000
    #: The items' date field, for ``lastmod`` and the index's latest change (None: undated pages).
    lastmod_field: str | None = None

    def __init__(self, language: str, stats: Stats | None = None):
        self.language = language
        self.stats = stats  # counted beforehand by the index: no query of its own

    @property
    def paginator(self):
        if self.stats is not None:
            return Paginator(range(self.stats.count), self.limit)
        return super().paginator

    def get_latest_lastmod(self):
        if self.stats is not None:
            return self.stats.latest
        if self.lastmod_field is None:
            return None
        return self.items().aggregate(latest=Max(self.lastmod_field))["latest"]

    def location(self, item):
        with translation.override(self.language):
            return self.path(item)

    def path(self, item) -> str:
        return item.get_absolute_url()


class StaticPagesSitemap(LanguageSitemap):
    def items(self):
        return [
            "home",
            "partners:list",
            "partners:goal-list",
            "partners:country-list",
            "partners:network-list",
            "agenda:list",
            "events:list",
            "events:past",
            "events:calendar",
            "relations:list",
            "relations:map",
        ]

    def path(self, item):
        return reverse(item)


class PartnerSitemap(LanguageSitemap):
    lastmod_field = "updated"

    def items(self):
        return Partner.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, partner):
        return partner.updated


class ActionSitemap(LanguageSitemap):
    lastmod_field = "updated"

    def items(self):
        return Action.objects.public().only("pk", "updated").order_by("pk")

    def lastmod(self, action):
        return action.updated


class EventSitemap(LanguageSitemap):
    lastmod_field = "updated"

    def items(self):
        from events.models import Event

        return Event.objects.public().only("slug", "updated").order_by("pk")

    def lastmod(self, event):
        return event.updated


class SectorSitemap(LanguageSitemap):
    def items(self):
        return Sector.objects.order_by("order", "pk")


class GlobalGoalSitemap(LanguageSitemap):
    def items(self):
        return GlobalGoal.objects.order_by("number")


class NetworkSitemap(LanguageSitemap):
    def items(self):
        return Network.objects.order_by("slug")


class CountrySitemap(LanguageSitemap):
    def items(self):
        return Country.objects.having_partners().order_by("code")


class RelationSitemap(LanguageSitemap):
    def items(self):
        return Relation.objects.only("slug", "updated").order_by("pk")

    def lastmod(self, relation):
        return relation.updated


SECTIONS = {
    "pages": StaticPagesSitemap,
    "partners": PartnerSitemap,
    "actions": ActionSitemap,
    "sectors": SectorSitemap,
    "goals": GlobalGoalSitemap,
    "networks": NetworkSitemap,
    "countries": CountrySitemap,
    "events": EventSitemap,
    "relations": RelationSitemap,
}

sitemaps = {
    f"{name}-{language}": sitemap(language)
    for name, sitemap in SECTIONS.items()
    for language, _label in settings.LANGUAGES
}


def section_stats() -> dict[str, Stats]:
    """Per kind of page (``SECTIONS``), how many there are and when the latest changed: one query for all."""
    stats, parts, params = {}, [], []
    for name, section in SECTIONS.items():
        items = section(settings.LANGUAGE_CODE).items()
        if not isinstance(items, QuerySet):
            stats[name] = Stats(len(items))
            continue
        field = section.lastmod_field
        sql, item_params = items.order_by().values(*(["pk", field] if field else ["pk"])).query.sql_with_params()
        latest = f'MAX(s."{field}")' if field else "NULL"
        parts.append((name, f"(SELECT COUNT(*), {latest} FROM ({sql}) AS s)"))
        params.extend(item_params)
    if parts:
        query = "SELECT * FROM " + ", ".join(f"{sub} AS section{index}" for index, (_name, sub) in enumerate(parts))
        with connection.cursor() as cursor:
            cursor.execute(query, params)
            row = cursor.fetchone()
        for index, (name, _sub) in enumerate(parts):
            stats[name] = Stats(row[2 * index], row[2 * index + 1])
    return stats


def index(request):
    """/sitemap.xml: Django's index view over sections that were counted in one query."""
    stats = section_stats()
    counted = {
        f"{name}-{language}": section(language, stats[name])
        for name, section in SECTIONS.items()
        for language, _label in settings.LANGUAGES
    }
    return sitemap_views.index(request, sitemaps=counted, sitemap_url_name="sitemap-section")
