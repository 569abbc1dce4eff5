"""Loads the demo work agenda (``data.py``) through the agenda's services, the way the portal would have.

Each action is proposed in the state it started in (an idea, on its start date), its partners are added,
and its timeline is posted update by update, so its status, progress and date of the last update come
from the timeline exactly as they would in the browser. The demo logins must exist (``load_demo`` makes
them before the agenda).
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from agenda.demo import data
from agenda.models import Action, Chapter, PolicyPeriod
from agenda.services import action_create, action_update, participation_add, update_post
from partners.models import Country, GlobalGoal, Partner, Sector

#: Who entered the demo agenda: the author of every action's history row.
ENTERED_BY = "coordinator"
#: The day an action without a start date was proposed: the start of the 2021-2026 period.
UNDATED = datetime.date(2021, 1, 1)


def _day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def load() -> dict[str, int]:
    """Create the demo actions with their participants and timelines, or bring existing ones up to date
    (keyed by period and code, adding partners that are missing); idempotent."""
    named = (
        {ENTERED_BY}
        | {item["lead"] for item in data.ACTIONS if item.get("lead")}
        | {entry["author"] for item in data.ACTIONS for entry in item.get("updates", [])}
    )
    users = {user.username: user for user in get_user_model().objects.filter(username__in=named)}
    by = users.get(ENTERED_BY)
    periods = {period.name: period for period in PolicyPeriod.objects.all()}
    chapters = {(chapter.period.name, chapter.number): chapter for chapter in Chapter.objects.select_related("period")}
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    for item in data.ACTIONS:
        period = periods[item["period"]]
        values = {
            "period": period,
            "chapter": chapters[(period.name, item["chapter"])] if item.get("chapter") else None,
            "list": item["list"],
            "code": item["code"],
            "title": item["title"],
            "description": item.get("description", ""),
            # None, and no participants, when the demo partners were not loaded (load_demo --if-empty on a
            # database with partners of one's own).
            "lead_partner": partners.get(item["lead_partner"]) if item.get("lead_partner") else None,
            "lead_person": users.get(item["lead"]) if item.get("lead") else None,
            "municipality_role": item["municipality_role"],
            "start_date": _day(item.get("start")),
            "end_date": _day(item.get("end")),
            "public": item.get("public", True),
            "sectors": [sectors[slug] for slug in item["sectors"]],
            "global_goals": [goals[number] for number in item.get("goals", [])],
            "countries": [countries[code] for code in item.get("countries", [])],
        }
        action = Action.objects.filter(period=period, code=item["code"]).first()
        if action is not None:
            action = action_update(
                action=action, by=by, version=action.version, status=item["status"], progress=item["progress"], **values
            )
        else:
            action = action_create(
                by=by, on=values["start_date"] or UNDATED, status=Action.Status.IDEA, progress=0, **values
            )
            for entry in item.get("updates", []):
                update_post(
                    action=action,
                    by=users.get(entry["author"]),
                    text=entry["text"],
                    date=_day(entry["date"]),
                    status=entry.get("status") or "",
                    progress=entry.get("progress"),
                )
        taking_part = set(action.participations.values_list("partner__slug", flat=True))
        for slug, role in item.get("participants", []):
            if slug in partners and slug not in taking_part:
                participation_add(action=action, partner=partners[slug], role=role, by=by)
    return {"actions": len(data.ACTIONS), "updates": sum(len(item.get("updates", [])) for item in data.ACTIONS)}
