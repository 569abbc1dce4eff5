"""Demo data from the seed documents, and the demo logins."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from partners.demo import data as partners_data
from partners.models import Membership, Network, Partner

pytestmark = pytest.mark.django_db


def test_demo_data_holds_the_34_organisations_of_the_2021_note_and_the_others_named():
    listed = [item for item in partners_data.PARTNERS if item["in_2021_list"]]
    assert len(listed) == 34
    names = {item["name"] for item in partners_data.PARTNERS}
    for expected in [
        "Saxion",
        "Windesheim",
        "Zone College",
        "Etty Hillesum Lyceum",
        "Go Ahead Eagles",
        "NetSib Foundation",
        "Kunstenlab",
        "Gemeente Deventer",
    ]:
        assert expected in names
    assert len({item["slug"] for item in partners_data.PARTNERS}) == len(partners_data.PARTNERS)


def test_load_demo_loads_everything_and_is_idempotent():
    call_command("load_demo")
    counts = (Partner.objects.count(), Network.objects.count(), Membership.objects.count())
    assert counts[0] == len(partners_data.PARTNERS) and counts[1] == 6
    call_command("load_demo")
    assert (Partner.objects.count(), Network.objects.count(), Membership.objects.count()) == counts
    gemeente = Partner.objects.get(name="Gemeente Deventer")
    assert gemeente.sector.is_hub and gemeente.kind == Partner.Kind.GOVERNMENT
    assert Partner.objects.search("Oeganda").exists()


def test_load_demo_if_empty_leaves_existing_data_alone(make_partner):
    make_partner(name="Eigen partner")
    call_command("load_demo", "--if-empty")
    assert list(Partner.objects.values_list("name", flat=True)) == ["Eigen partner"]


def test_demo_logins_create_a_coordinator_who_can_use_the_admin(client):
    call_command("demo_logins")
    call_command("demo_logins")  # a second run keeps the same user
    coordinator = get_user_model().objects.get(username="coordinator")
    assert coordinator.is_staff and not coordinator.is_superuser
    assert coordinator.has_perm("partners.change_partner") and coordinator.has_perm("partners.add_network")
    response = client.post(reverse("login"), {"username": "coordinator", "password": "deventer-demo-2026"})
    assert response.status_code == 302
    assert client.get("/nl/admin/partners/partner/").status_code == 200
