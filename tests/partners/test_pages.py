"""Every public page: status and content, in Dutch, English and German."""

import pytest
from django.urls import reverse
from django.utils import translation

from deventer_intl.version import VERSION
from partners.models import Network, Sector
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(make_partner):
    network = Network.objects.create(slug="platform-deventer-oeganda", name="Platform Deventer-Oeganda")
    partner = make_partner(
        name="Stichting Kinderen van Uganda",
        description="Ondersteunt scholen in Oeganda.",
        countries=["UG"],
        goals=[4],
        website="https://example.org/",
        contact_name="Jan Geheim",
        contact_email="jan.geheim@example.org",
        contact_phone="0570-000000",
    )
    MembershipFactory(partner=partner, network=network, role="founder", since=2016)
    return partner


def get(client, name, language="nl", **kwargs):
    with translation.override(language):
        url = reverse(name, kwargs=kwargs or None)
    return client.get(url)


def test_root_redirects_to_the_dutch_home_page(client):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/nl/"


@pytest.mark.parametrize(
    "language, heading",
    [
        ("nl", "International Office Deventer"),
        ("en", "International Office Deventer"),
        ("de", "International Office Deventer"),
    ],
)
def test_home_shows_the_klaverblad_with_partner_counts_per_sector(client, partner, language, heading):
    response = get(client, "home", language)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert heading in html
    onderwijs, ngo = Sector.objects.get(slug="onderwijs"), Sector.objects.get(slug="maatschappelijk")
    assert f'href="{onderwijs.get_absolute_url()}"'.replace("/nl/", f"/{language}/") in html
    leaves = {leaf.sector.slug: leaf.sector.partner_count for leaf in response.context["leaves"]}
    assert leaves["maatschappelijk"] == 1 and leaves["onderwijs"] == 0
    assert ngo.slug in leaves and "gemeente" in leaves


@pytest.mark.parametrize(
    "language, skip_link, directory",
    [
        ("nl", "Ga naar de hoofdinhoud", "Partnergids"),
        ("en", "Skip to main content", "Partner directory"),
        ("de", "Zum Hauptinhalt springen", "Partnerverzeichnis"),
    ],
)
def test_the_interface_speaks_the_language_of_the_url(client, language, skip_link, directory):
    html = get(client, "partners:list", language).content.decode()
    assert skip_link in html and directory in html


def test_language_switch_links_to_the_same_page_in_each_language(client, partner):
    response = get(client, "partners:detail", "nl", slug=partner.slug)
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links == {
        "nl": f"/nl/partners/{partner.slug}/",
        "en": f"/en/partners/{partner.slug}/",
        "de": f"/de/partners/{partner.slug}/",
    }


def test_partner_detail_shows_public_facts_and_hides_private_contact(client, partner):
    response = get(client, "partners:detail", slug=partner.slug)
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Stichting Kinderen van Uganda",
        "Ondersteunt scholen in Oeganda.",
        "Oeganda",
        "Kwaliteitsonderwijs",
        "Platform Deventer-Oeganda",
        "2016",
        "https://example.org/",
    ]:
        assert text in html
    for secret in ["Jan Geheim", "jan.geheim@example.org", "0570-000000"]:
        assert secret not in html


def test_unpublished_partner_is_not_found(client, make_partner):
    hidden = make_partner(published=False)
    assert get(client, "partners:detail", slug=hidden.slug).status_code == 404


def test_unknown_partner_gets_the_styled_404_page(client):
    response = get(client, "partners:detail", slug="bestaat-niet")
    assert response.status_code == 404
    assert "utrecht-page" in response.content.decode()


def test_sector_page_lists_its_partners(client, partner, make_partner):
    other = make_partner(name="Saxion", sector=Sector.objects.get(slug="onderwijs"))
    html = get(client, "partners:sector-detail", slug="maatschappelijk").content.decode()
    assert partner.name in html and other.name not in html


def test_goal_list_and_goal_page(client, partner):
    html = get(client, "partners:goal-list").content.decode()
    assert "Kwaliteitsonderwijs" in html and "Geen armoede" in html
    response = get(client, "partners:goal-detail", number=4)
    assert response.status_code == 200 and partner.name in response.content.decode()
    assert get(client, "partners:goal-detail", number=18).status_code == 404


def test_country_pages(client, partner):
    html = get(client, "partners:country-list").content.decode()
    assert "Oeganda" in html and "Frankrijk" not in html
    response = get(client, "partners:country-detail", code="ug")
    assert response.status_code == 200
    assert "Oeganda" in response.content.decode() and partner.name in response.content.decode()
    assert (
        '<h1 class="utrecht-heading-1">Uganda</h1>'
        in get(client, "partners:country-detail", "en", code="ug").content.decode()
    )
    assert '<h1 class="utrecht-heading-1">Uganda</h1>' not in response.content.decode()
    assert get(client, "partners:country-detail", code="UG").status_code == 404
    assert get(client, "partners:country-detail", code="xx").status_code == 404


def test_network_pages(client, partner):
    assert "Platform Deventer-Oeganda" in get(client, "partners:network-list").content.decode()
    response = get(client, "partners:network-detail", slug="platform-deventer-oeganda")
    assert response.status_code == 200 and partner.name in response.content.decode()


def test_healthz_reports_database_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok", "version": VERSION}


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    for language in ("nl", "en", "de"):
        assert f"Disallow: /{language}/admin/" in body


def test_sitemap_lists_every_public_page_in_every_language(client, partner, make_partner):
    import re

    hidden = make_partner(name="Verborgen", published=False)
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>http://testserver(/sitemap-[a-z]+-[a-z]{2}\.xml)</loc>", index)
    assert set(sections) == {
        f"/sitemap-{name}-{language}.xml"
        for language in ("nl", "en", "de")
        for name in ["pages", "partners", "actions", "sectors", "goals", "networks", "countries", "events", "relations"]
    }
    xml = "".join(client.get(section).content.decode() for section in sections)
    for language in ("nl", "en", "de"):
        assert f"http://testserver/{language}/partners/{partner.slug}/" in xml
        assert f"http://testserver/{language}/landen/ug/" in xml
        assert f"http://testserver/{language}/doelen/17/" in xml
        assert f"http://testserver/{language}/sectoren/onderwijs/" in xml
        assert f"http://testserver/{language}/netwerken/platform-deventer-oeganda/" in xml
        assert f"<loc>http://testserver/{language}/</loc>" in xml
    assert hidden.slug not in xml
    assert "<lastmod>" in index, "the index tells crawlers when the partners last changed"


def test_every_page_names_its_translations_with_hreflang(client, partner):
    html = get(client, "partners:detail", slug=partner.slug).content.decode()
    for language in ("nl", "en", "de"):
        href = f"http://testserver/{language}/partners/{partner.slug}/"
        assert f'<link rel="alternate" hreflang="{language}" href="{href}">' in html


def test_every_page_type_sends_a_strict_policy_and_has_no_inline_code(client, partner):
    urls = [
        reverse("home"),
        reverse("partners:list"),
        reverse("partners:list") + "?q=uganda",
        partner.get_absolute_url(),
        reverse("partners:sector-detail", args=["maatschappelijk"]),
        reverse("partners:goal-list"),
        reverse("partners:goal-detail", args=[4]),
        reverse("partners:country-list"),
        reverse("partners:country-detail", args=["ug"]),
        reverse("partners:network-list"),
        reverse("partners:network-detail", args=["platform-deventer-oeganda"]),
        "/nl/bestaat-niet/",
    ]
    for url in urls:
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
        html = response.content.decode()
        for inline in (" style=", "<style", " onclick=", " onchange=", "<script>", "javascript:"):
            assert inline not in html, f"{inline} on {url}"


def test_the_500_page_is_in_the_site_style(rf):
    from deventer_intl.pages import server_error

    request = rf.get("/nl/")
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "utrecht-page" in html and "Er is iets misgegaan" in html
