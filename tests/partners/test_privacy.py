"""A partner's private contact details never reach the public, whatever page or route is tried."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from partners.models import Partner

pytestmark = pytest.mark.django_db

SECRETS = ["Jan Geheim", "jan.geheim@example.org", "0570-123456"]


@pytest.fixture
def partner(make_partner):
    return make_partner(
        name="Stichting Open",
        countries=["UG"],
        goals=[4],
        contact_name=SECRETS[0],
        contact_email=SECRETS[1],
        contact_phone=SECRETS[2],
    )


def test_contact_details_are_on_no_public_page(client, partner):
    urls = [
        reverse("home"),
        reverse("partners:list"),
        reverse("partners:list") + "?q=open",
        partner.get_absolute_url(),
        partner.sector.get_absolute_url(),
        reverse("partners:goal-detail", args=[4]),
        reverse("partners:country-detail", args=["ug"]),
        "/sitemap-partners-nl.xml",
    ]
    for url in urls:
        html = client.get(url).content.decode()
        for secret in SECRETS:
            assert secret not in html, f"{secret} leaks on {url}"


def test_search_does_not_find_partners_by_their_contact_person(client, partner):
    assert Partner.objects.search("Geheim").count() == 0
    assert "jan" not in partner.search_text.split()


def test_the_spreadsheet_export_has_no_contact_columns(client, partner):
    from partners.resources import PartnerResource

    exported = PartnerResource().export().csv
    assert "Stichting Open" in exported
    for secret in SECRETS:
        assert secret not in exported


def test_history_keeps_no_contact_details(partner):
    record = partner.history.latest()
    assert not hasattr(record, "contact_email") and not hasattr(record, "contact_name")


def test_staff_without_partner_permissions_cannot_see_import_or_export(client, partner):
    clerk = get_user_model().objects.create_user("clerk", "clerk@example.org", "x", is_staff=True)
    client.force_login(clerk)
    for name in ("admin:partners_partner_import", "admin:partners_partner_export", "admin:partners_partner_changelist"):
        assert client.get(reverse(name)).status_code == 403
