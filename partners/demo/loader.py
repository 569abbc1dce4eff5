"""Loads the demo networks and partners (``data.py``) into the directory."""

from __future__ import annotations

from django.db import transaction

from partners.demo import data
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
from partners.services import partners_refresh_search


@transaction.atomic
def load() -> dict[str, int]:
    """Create or update the demo networks and partners; idempotent, keyed by slug."""
    networks = {}
    for item in data.NETWORKS:
        network, _ = Network.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item.get("description", "")}
        )
        networks[network.slug] = network
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    partner_ids = []
    for item in data.PARTNERS:
        partner, _ = Partner.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": item["kind"],
                "sector": sectors[item["sector"]],
                "description": item.get("description", ""),
                "website": item.get("website", ""),
                "published": True,
            },
        )
        partner.countries.set([countries[code] for code in item.get("countries", [])])
        partner.global_goals.set([goals[number] for number in item.get("global_goals", [])])
        for membership in item.get("networks", []):
            Membership.objects.update_or_create(
                partner=partner,
                network=networks[membership["network"]],
                defaults={"role": membership.get("role", "member"), "since": membership.get("since")},
            )
        partner_ids.append(partner.pk)
    partners_refresh_search(partner_ids=partner_ids)
    return {"networks": len(networks), "partners": len(partner_ids)}
