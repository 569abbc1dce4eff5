"""/sitemap.xml: every public page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from partners.models import Country, GlobalGoal, Network, Partner, Sector


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    #: URLs per sitemap page (Django counts an item once per language): 500 items in nl, en and de.
    limit = 1500


class StaticPagesSitemap(I18nSitemap):
    def items(self):
        return ["home", "partners:list", "partners:goal-list", "partners:country-list", "partners:network-list"]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(I18nSitemap):
    def items(self):
        return Partner.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, partner):
        return partner.updated


class SectorSitemap(I18nSitemap):
    def items(self):
        return Sector.objects.order_by("order")


class GlobalGoalSitemap(I18nSitemap):
    def items(self):
        return GlobalGoal.objects.order_by("number")


class NetworkSitemap(I18nSitemap):
    def items(self):
        return Network.objects.order_by("slug")


class CountrySitemap(I18nSitemap):
    def items(self):
        return Country.objects.filter(partners__published=True).distinct().order_by("code")


sitemaps = {
    "pages": StaticPagesSitemap,
    "partners": PartnerSitemap,
    "sectors": SectorSitemap,
    "goals": GlobalGoalSitemap,
    "networks": NetworkSitemap,
    "countries": CountrySitemap,
}
