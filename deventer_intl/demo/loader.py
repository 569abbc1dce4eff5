"""Loads the demo data drawn from the municipality's policy documents (see partners_data.py)."""

from __future__ import annotations

from django.db import transaction

from django.conf import settings
from django.contrib.auth import get_user_model

from deventer_intl.demo import partners_data
from deventer_intl.demo.users import DEMO_PASSWORD, DEMO_USERS
from deventer_intl.models import Profile
from deventer_intl.roles import ensure_roles
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
from partners.services import partners_refresh_search


@transaction.atomic
def load_partners() -> dict[str, int]:
    """Create or update the demo networks and partners; idempotent, keyed by slug."""
    networks = {}
    for item in partners_data.NETWORKS:
        network, _ = Network.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item.get("description", "")}
        )
        networks[network.slug] = network
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    partner_ids = []
    for item in partners_data.PARTNERS:
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


@transaction.atomic
def ensure_demo_users() -> list:
    """Create (or keep) the demo logins with their role, sector and organisations. Never in production."""
    if getattr(settings, "PRODUCTION", False):
        raise RuntimeError("Demo logins are for local use only; this is a production configuration.")
    groups = ensure_roles()
    User = get_user_model()
    users = []
    for username, role, first, last, sector, partner_slugs, staff, _description in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": first, "last_name": last, "is_staff": staff},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(groups[role])
        profile, _ = Profile.objects.get_or_create(user=user)
        profile.sector = Sector.objects.filter(slug=sector).first() if sector else None
        profile.save()
        profile.partners.set(Partner.objects.filter(slug__in=partner_slugs))
        users.append(user)
    return users


@transaction.atomic
def load_agenda() -> dict[str, int]:
    """Create or update the demo actions with their participants and timelines; idempotent, keyed by period and code."""
    from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
    from deventer_intl.demo import agenda_data

    users = {user.username: user for user in ensure_demo_users()}
    periods = {period.name: period for period in PolicyPeriod.objects.all()}
    chapters = {(chapter.period.name, chapter.number): chapter for chapter in Chapter.objects.select_related("period")}
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    updates = 0
    for item in agenda_data.ACTIONS:
        period = periods[item["period"]]
        action = Action.objects.filter(period=period, code=item["code"]).first() or Action(period=period,
                                                                                          code=item["code"])
        action.chapter = chapters[(period.name, item["chapter"])] if item.get("chapter") else None
        action.list = item["list"]
        action.title = item["title"]
        action.description = item.get("description", "")
        action.status = item["status"]
        action.progress = item["progress"]
        action.lead_partner = partners.get(item["lead_partner"]) if item.get("lead_partner") else None
        action.lead_person = users.get(item["lead"]) if item.get("lead") else None
        action.municipality_role = item["municipality_role"]
        action.start_date = item.get("start")
        action.end_date = item.get("end")
        action.public = item.get("public", True)
        timeline = item.get("updates", [])
        action.last_update_on = max((entry["date"] for entry in timeline), default=item.get("start") or "2021-01-01")
        action._history_user = users.get("coordinator")
        action.save()
        action.refresh_from_db()
        action.sectors.set([sectors[slug] for slug in item["sectors"]])
        action.global_goals.set([goals[number] for number in item.get("goals", [])])
        action.countries.set([countries[code] for code in item.get("countries", [])])
        for slug, role in item.get("participants", []):
            # Skipped when the demo partners were not loaded (load_demo --if-empty on a database of one's own).
            if slug in partners:
                Participation.objects.update_or_create(action=action, partner=partners[slug], defaults={"role": role})
        action.updates.all().delete()
        for entry in timeline:
            ProgressUpdate.objects.create(
                action=action, date=entry["date"], author=users.get(entry.get("author")), text=entry["text"],
                status=entry.get("status") or "", progress=entry.get("progress"),
            )
            updates += 1
    return {"actions": len(agenda_data.ACTIONS), "updates": updates}


def load_subsidies() -> dict[str, int]:
    """The subsidies' demo data: ``subsidies/demo/`` owns it and loads it through the subsidies' services."""
    from subsidies.demo.loader import load

    return load(users={user.username: user for user in ensure_demo_users()})


def load_events() -> dict[str, int]:
    """The events' demo data, loaded by the events app itself (events/demo/)."""
    from events.demo.loader import load_events as load

    users = {user.username: user for user in ensure_demo_users()}
    return load(by=users.get("coordinator"))
