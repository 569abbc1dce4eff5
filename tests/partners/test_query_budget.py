"""Every list page has a query budget that does not grow with the number of partners (5 vs 500)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
from partners.services import partners_refresh_search

pytestmark = pytest.mark.django_db

PAGES = [
    ("home", {}, {}),
    ("partners:list", {}, {}),
    ("partners:list", {}, {"q": "stichting"}),
    ("partners:list", {}, {"country": "ug", "goal": "4", "sector": "maatschappelijk", "network": "budget-netwerk"}),
    ("partners:sector-detail", {"slug": "maatschappelijk"}, {}),
    ("partners:goal-list", {}, {}),
    ("partners:goal-detail", {"number": 4}, {}),
    ("partners:country-list", {}, {}),
    ("partners:country-detail", {"code": "ug"}, {}),
    ("partners:network-list", {}, {}),
    ("partners:network-detail", {"slug": "budget-netwerk"}, {}),
]
#: The most queries any list page may need (count, page, prefetches, filter choices, session-less).
BUDGET = 12


def make_partners(count: int) -> None:
    sector = Sector.objects.get(slug="maatschappelijk")
    network, _ = Network.objects.get_or_create(slug="budget-netwerk", defaults={"name": "Budgetnetwerk"})
    start = Partner.objects.count()
    partners = Partner.objects.bulk_create(
        Partner(
            name=f"Stichting Budget {start + n:04}",
            slug=f"stichting-budget-{start + n:04}",
            kind="foundation",
            sector=sector,
        )
        for n in range(count)
    )
    uganda, romania = Country.objects.get(code="UG"), Country.objects.get(code="RO")
    four, seventeen = GlobalGoal.objects.get(number=4), GlobalGoal.objects.get(number=17)
    Partner.countries.through.objects.bulk_create(
        [Partner.countries.through(partner=p, country=c) for p in partners for c in (uganda, romania)]
    )
    Partner.global_goals.through.objects.bulk_create(
        [Partner.global_goals.through(partner=p, globalgoal=g) for p in partners for g in (four, seventeen)]
    )
    Membership.objects.bulk_create([Membership(partner=p, network=network) for p in partners])
    partners_refresh_search(partner_ids=[p.pk for p in partners])


def count_queries(client, name, kwargs, params) -> int:
    url = reverse(name, kwargs=kwargs or None)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name, kwargs, params", PAGES)
def test_list_page_queries_do_not_grow_from_5_to_500_partners(client, name, kwargs, params):
    make_partners(5)
    few = count_queries(client, name, kwargs, params)
    make_partners(495)
    many = count_queries(client, name, kwargs, params)
    assert many == few, f"{name}: {few} queries for 5 partners but {many} for 500"
    assert many <= BUDGET


def test_partner_detail_query_budget(client, django_assert_max_num_queries):
    make_partners(5)
    partner = Partner.objects.first()
    # The partner with its dossier: actions led and joined, events, relations, granted subsidies and their total.
    with django_assert_max_num_queries(12):
        assert client.get(partner.get_absolute_url()).status_code == 200


def test_sitemap_pages_are_bounded_and_their_queries_do_not_grow(client):
    from deventer_intl.sitemaps import LanguageSitemap

    make_partners(5)
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
        client.get("/sitemap-partners-nl.xml")
    make_partners(LanguageSitemap.limit + 95)
    with CaptureQueriesContext(connection) as many:
        index = client.get("/sitemap.xml").content.decode()
        first = client.get("/sitemap-partners-nl.xml").content.decode()
    assert len(many) == len(few)
    assert first.count("<url>") == LanguageSitemap.limit
    assert "sitemap-partners-nl.xml?p=2" in index
    second = client.get("/sitemap-partners-nl.xml", {"p": 2}).content.decode()
    assert second.count("<url>") == 100
