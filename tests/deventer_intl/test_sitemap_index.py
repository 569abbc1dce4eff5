"""The sitemap index counts every kind of page in one query, whatever the number of pages."""

import pytest

from tests.factories import ActionFactory, EventFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [3, 30])
def test_the_index_is_built_in_at_most_three_queries(client, make_partner, count, django_assert_max_num_queries):
    for number in range(count):
        make_partner(name=f"Stichting {number}", countries=["RO"])
        ActionFactory(public=True)
        EventFactory(start=in_days(number + 1), end=in_days(number + 1, 22), public=True)
    with django_assert_max_num_queries(1):
        response = client.get("/sitemap.xml")
    xml = response.content.decode()
    for section in ("pages", "partners", "actions", "events", "sectors", "goals", "networks", "countries"):
        for language in ("nl", "en", "de"):
            assert f"http://testserver/sitemap-{section}-{language}.xml</loc>" in xml
    assert xml.count("<lastmod>") == 9  # partners, actions and events in three languages


def test_a_large_section_is_split_into_pages(client, make_partner, settings, monkeypatch):
    from deventer_intl.sitemaps import LanguageSitemap

    monkeypatch.setattr(LanguageSitemap, "limit", 2)
    for number in range(5):
        make_partner(name=f"Stichting {number}")
    xml = client.get("/sitemap.xml").content.decode()
    assert "sitemap-partners-nl.xml?p=3</loc>" in xml
    assert "sitemap-partners-nl.xml?p=4" not in xml
