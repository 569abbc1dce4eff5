"""Nothing is lost: every edit of a partner in the admin is kept with who and when."""

import pytest
from django.urls import reverse

from partners.models import Country, Partner

pytestmark = pytest.mark.django_db


def change_data(partner, **overrides):
    data = {
        "name": partner.name,
        "slug": partner.slug,
        "kind": partner.kind,
        "sector": partner.sector_id,
        "description": partner.description,
        "website": "",
        "public_email": "",
        "published": "on",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "countries": [str(country.code) for country in partner.countries.all()],
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_an_admin_edit_is_kept_with_author_and_previous_values(coordinator_client, coordinator, make_partner):
    partner = make_partner(name="Stichting Oud", countries=["UG"])
    before = partner.history.count()
    response = coordinator_client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]),
        change_data(partner, name="Stichting Nieuw", countries=["UG", "RO"]),
    )
    assert response.status_code == 302
    records = list(partner.history.order_by("history_date"))
    assert records[0].name == "Stichting Oud" and records[0].history_type == "+"
    latest = records[-1]
    assert latest.name == "Stichting Nieuw" and latest.history_type == "~"
    assert records[before:] and all(record.history_user == coordinator for record in records[before:])
    assert sorted(str(row.country_id) for row in latest.countries.all()) == ["RO", "UG"]
    history_page = coordinator_client.get(reverse("admin:partners_partner_history", args=[partner.pk]))
    assert history_page.status_code == 200 and "Stichting Oud" in history_page.content.decode()


def test_deleting_a_partner_keeps_its_history(coordinator_client, make_partner):
    partner = make_partner(name="Stichting Weg")
    pk = partner.pk
    coordinator_client.post(reverse("admin:partners_partner_delete", args=[pk]), {"post": "yes"})
    assert not Partner.objects.filter(pk=pk).exists()
    assert Partner.history.filter(id=pk, history_type="-").get().name == "Stichting Weg"


def test_an_invalid_edit_changes_nothing_and_records_nothing(coordinator_client, make_partner):
    partner = make_partner(name="Stichting Blijft")
    before = partner.history.count()
    response = coordinator_client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]), change_data(partner, name="", website="geen url")
    )
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) >= {"name", "website"}
    partner.refresh_from_db()
    assert partner.name == "Stichting Blijft" and partner.history.count() == before
    assert Country.objects.filter(partners=partner).count() == 0
