"""/sitemap.xml: an index of sections, one per kind of page and language, each paginated.

Every public page appears once per language. Django's own i18n sitemaps build a Python list of
every (item, language) pair on each request, so their cost grows with the number of partners
(3 s at 5,000); a section per language pages through a queryset instead. The hreflang
alternates of each page are in its <head>.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from agenda.models import Action
from partners.models import Country, GlobalGoal, Network, Partner, Relation, Sector


class LanguageSitemap(Sitemap):
    """The pages of one kind in one language."""

    limit = 1000

    def __init__(self, language: str):
        self.language = language

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
    def items(self):
        return Partner.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, partner):
        return partner.updated

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every item for the index: one aggregate instead.
        return self.items().aggregate(latest=Max("updated"))["latest"]


class ActionSitemap(LanguageSitemap):
    def items(self):
        return Action.objects.public().only("pk", "updated").order_by("pk")

    def lastmod(self, action):
        return action.updated

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated"))["latest"]


class EventSitemap(LanguageSitemap):
    def items(self):
        from events.models import Event

        return Event.objects.public().only("slug", "updated").order_by("pk")

    def lastmod(self, event):
        return event.updated

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated"))["latest"]


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
