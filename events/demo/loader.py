"""Loads the demo relations, series and events (data.py) through the events' services; idempotent, keyed by slug."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from events.demo import data
from events.models import Event, Series
from events.services import attendance_record, event_create, event_update
from partners.models import Country, GlobalGoal, Partner, Relation, RelationPartner, Sector

#: Where ``make run`` serves the demo: the links in e-mails a reload might send (a waiting list moving up).
DEMO_BASE_URL = "http://127.0.0.1:8000"


def local(value: str) -> datetime.datetime:
    """'YYYY-MM-DD HH:MM' in Europe/Amsterdam as an aware datetime."""
    return timezone.make_aware(datetime.datetime.strptime(value, "%Y-%m-%d %H:%M"))


@transaction.atomic
def load_events(*, by) -> dict[str, int]:
    """Create or update the demo relations, series and events, with ``by`` (the demo coordinator) as their author."""
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    relations = {}
    for item in data.RELATIONS:
        latitude, longitude = item["location"] or (None, None)
        relation, _ = Relation.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "counterpart": item["counterpart"],
                "country_id": item["country"],
                "kind": item["kind"],
                "since": item["since"],
                "until": item["until"],
                "municipality_role": item["municipality_role"],
                "description": item["description"],
                "latitude": latitude,
                "longitude": longitude,
            },
        )
        # Skipped when the demo partners were not loaded, as for the organisers below.
        roles = {slug: role for slug, role in item["partners"] if slug in partners}
        relation.relation_partners.exclude(partner__slug__in=roles).delete()
        for slug, role in roles.items():
            RelationPartner.objects.update_or_create(relation=relation, partner=partners[slug], defaults={"role": role})
        relations[relation.slug] = relation
    series = {}
    for item in data.SERIES:
        series[item["slug"]], _ = Series.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item["description"]}
        )

    def save(item: dict) -> Event:
        if "in_days" in item:
            day = datetime.date.today() + datetime.timedelta(days=item["in_days"])
            item = {**item, "start": f"{day} {item['start']}", "end": f"{day} {item['end']}"}
        registration = item.get("registration")
        # Not the image or the related actions: a reload keeps what was added to a demo event in the browser.
        details = {
            "title": item["title"],
            "kind": item["kind"],
            "start": local(item["start"]),
            "end": local(item["end"]),
            "all_day": item.get("all_day", False),
            "venue": item.get("venue", ""),
            "city": item.get("city", "Deventer"),
            "country": countries[item.get("country", "NL")],
            "description": item.get("description", ""),
            "public": item.get("public", True),
            "expected_visitors": item.get("expected"),
            "registration_required": bool(registration),
            "capacity": registration["capacity"] if registration else None,
            "waiting_list": registration["waiting_list"] if registration else False,
            "series": series.get(item.get("series")),
            "parent": Event.objects.get(slug=item["parent"]) if item.get("parent") else None,
            # Skipped when the demo partners were not loaded (load_demo --if-empty on a database of one's own).
            "organisers": [partners[slug] for slug in item.get("organisers", []) if slug in partners],
            "sectors": [sectors[slug] for slug in item.get("sectors", [])],
            "global_goals": [goals[number] for number in item.get("goals", [])],
            "relations": [relations[slug] for slug in item.get("relations", [])],
        }
        event = Event.objects.filter(slug=item["slug"]).first()
        if event is None:
            event = event_create(by=by, slug=item["slug"], **details)
        else:
            event = event_update(event=event, by=by, version=event.version, base_url=DEMO_BASE_URL, **details)
        if event.actual_visitors != item.get("actual"):
            # The visitors counted afterwards, as the organisers record them.
            event = attendance_record(event=event, by=by, actual_visitors=item.get("actual"))
        return event

    count = 0
    for item in data.EVENTS:
        save(item)
        count += 1
    for title, kind, start, visitors in data.FOCUS_ROMANIA_SUB_EVENTS:
        begin = local(start)
        end = begin + datetime.timedelta(hours=2)
        save(
            {
                "slug": f"focus-op-roemenie-{begin:%m%d}-{count}",
                "title": title,
                "kind": kind,
                "start": start,
                "end": f"{end:%Y-%m-%d %H:%M}",
                "venue": "",
                "parent": "focus-op-roemenie-2019",
                "organisers": ["netsib-foundation", "deventer-roemenie"],
                "sectors": ["cultuur-toerisme"],
                "goals": [17],
                "relations": ["sibiu"],
                "actual": visitors,
            }
        )
        count += 1
    today = datetime.date.today()
    for number, (year, month, day) in enumerate(data.WORLD_MUSIC_DATES):
        venue, organiser = data.WORLD_MUSIC_VENUES[number % len(data.WORLD_MUSIC_VENUES)]
        title = data.WORLD_MUSIC_TITLES[number % len(data.WORLD_MUSIC_TITLES)]
        past = datetime.date(year, month, day) < today
        save(
            {
                "slug": f"wereldmuziek-{year}-{month:02}-{day:02}",
                "title": f"Wereldmuziek: {title}",
                "kind": "concert",
                "start": f"{year}-{month:02}-{day:02} 15:00",
                "end": f"{year}-{month:02}-{day:02} 17:00",
                "venue": venue,
                "series": "wereldmuziekserie-deventer-internationaal",
                "organisers": [organiser],
                "sectors": ["cultuur-toerisme"],
                "goals": [10],
                "actual": 150 if past else None,
                "expected": None if past else 150,
            }
        )
        count += 1
    return {"relations": len(relations), "events": count}
