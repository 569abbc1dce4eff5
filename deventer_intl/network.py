"""The network's read layer across apps: what links to a relation, a country, a partner, a sector or a goal.

Pages that gather several apps (DESIGN.md) compose here what each app offers through its own read layer, so
``partners`` never imports the agenda, events or subsidies. Every function returns in a fixed number of queries,
whatever the number of rows: counts come from grouped queries or subqueries, never one query per row.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from agenda.models import Action
from events.models import Event
from partners.models import Partner, Relation, RelationPartner
from subsidies import lifecycle
from subsidies.models import Application

ZERO = Decimal("0")

ActionLink = Relation.actions.through
SubsidyLink = Relation.subsidy_applications.through
EventLink = Event.relations.through


def granted_subsidies():
    """Granted subsidy applications with only the public fields (organisation, title, scheme, amount, country)."""
    return (
        Application.objects.filter(status__in=lifecycle.GRANTED)
        .select_related("partner", "scheme", "country")
        .only(
            "pk",
            "title",
            "year",
            "granted_amount",
            "decided_at",
            "country",
            "partner__name",
            "partner__slug",
            "partner__published",
            "scheme__name_nl",
            "scheme__name_en",
            "scheme__name_de",
        )
    )


def public_actions():
    """Public actions with what a compact row shows."""
    return Action.objects.public().select_related("period").only("pk", "code", "title", "status", "period__name")


def public_events():
    """Public events with what a compact row shows."""
    return Event.objects.public().for_list()


def _count(link_model, *, relation_field: str, condition: Q) -> Subquery:
    """A subquery counting the rows of ``link_model`` for the outer relation that meet ``condition``."""
    rows = (
        link_model.objects.filter(condition, **{relation_field: OuterRef("pk")})
        .order_by()
        .values(relation_field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def relations_with_counts(relations=None):
    """Relations, each with ``partner_count``, ``action_count``, ``event_count``, ``subsidy_count`` and
    ``subsidy_total`` (public actions and events, granted subsidies): one query."""
    relations = (relations if relations is not None else Relation.objects.all()).for_list().with_partner_counts()
    granted = SubsidyLink.objects.filter(relation=OuterRef("pk"), application__status__in=lifecycle.GRANTED).order_by()
    total = granted.values("relation").annotate(total=Sum("application__granted_amount")).values("total")
    return relations.annotate(
        action_count=_count(ActionLink, relation_field="relation", condition=Q(action__public=True)),
        event_count=_count(EventLink, relation_field="relation", condition=Q(event__public=True)),
        subsidy_count=_count(
            SubsidyLink, relation_field="relation", condition=Q(application__status__in=lifecycle.GRANTED)
        ),
        subsidy_total=Coalesce(Subquery(total), Value(ZERO)),
    )


def country_rows(relations) -> list[dict]:
    """Per country of ``relations``: its relations and the distinct partners, actions, events and granted
    subsidies linked to them, with the subsidies' total (five grouped queries)."""
    relation_ids = relations.order_by().values("pk")
    rows: dict[str, dict] = defaultdict(
        lambda: {"relations": 0, "partners": 0, "actions": 0, "events": 0, "subsidies": 0, "amount": ZERO}
    )
    for row in relations.order_by().values("country").annotate(count=Count("pk")):
        rows[row["country"]]["relations"] = row["count"]
    grouped = [
        ("partners", RelationPartner.objects.filter(partner__published=True), "partner"),
        ("actions", ActionLink.objects.filter(action__public=True), "action"),
        ("events", EventLink.objects.filter(event__public=True), "event"),
    ]
    for key, links, target in grouped:
        counted = (
            links.filter(relation__in=relation_ids)
            .order_by()
            .values(code=F("relation__country"))
            .annotate(count=Count(target, distinct=True))
        )
        for row in counted:
            rows[row["code"]][key] = row["count"]
    # A subsidy linked to two relations in one country counts once there: distinct applications per country.
    subsidies = (
        SubsidyLink.objects.filter(relation__in=relation_ids, application__status__in=lifecycle.GRANTED)
        .order_by()
        .values("application", code=F("relation__country"), amount=F("application__granted_amount"))
        .distinct()
    )
    for row in subsidies:
        rows[row["code"]]["subsidies"] += 1
        rows[row["code"]]["amount"] += row["amount"] or ZERO
    from partners.models import Country

    result = []
    for code, counts in rows.items():
        country = Country(code=code)
        result.append({"country": country, **counts})
    return sorted(result, key=lambda row: row["country"].name)


#: A dossier section lists at most this many items and links to the filtered list for the rest.
SECTION_LIMIT = 10
NEWEST_ACTIONS = (F("start_date").desc(nulls_last=True), "-pk")


def section(queryset, *, limit: int | None = SECTION_LIMIT, more_url: str = "") -> dict:
    """A dossier section: ``items`` (at most ``limit``), ``count`` (all of them) and where the rest is listed."""
    if limit is None:
        items = list(queryset)
        return {"items": items, "count": len(items), "more_url": ""}
    items = list(queryset[:limit])
    count = len(items) if len(items) < limit else queryset.count()
    return {"items": items, "count": count, "more_url": more_url if count > len(items) else ""}


def subsidy_section(queryset, **kwargs) -> dict:
    """Granted subsidies with their ``total`` granted amount."""
    result = section(queryset.order_by("-year", "-pk"), **kwargs)
    result["total"] = queryset.order_by().aggregate(total=Sum("granted_amount"))["total"] or ZERO
    return result


def relation_sections(relations) -> dict:
    return section(relations.select_related("country").order_by("counterpart"), limit=None)


def relation_detail(relation) -> dict:
    """Everything linked to one relation, newest first: partners (with roles), actions, events, subsidies."""
    return {
        "relation_partners": section(
            RelationPartner.objects.filter(relation=relation, partner__published=True)
            .select_related("partner")
            .order_by("role", "partner__name"),
            limit=None,
        ),
        "actions": section(public_actions().filter(relations=relation).order_by(*NEWEST_ACTIONS), limit=None),
        "events": section(public_events().filter(relations=relation).order_by("-start", "-pk"), limit=None),
        "subsidies": subsidy_section(granted_subsidies().filter(relations=relation), limit=None),
    }


def _query(url_name: str, **params) -> str:
    from urllib.parse import urlencode

    from django.urls import reverse

    return f"{reverse(url_name)}?{urlencode(params)}"


def country_dossier(country) -> dict:
    """The whole dossier of a country: actions, coming and past events, relations, granted subsidies."""
    code = str(country.code).lower()
    # Held there, or tied to a relation there (the Focus op Roemenië festival in Deventer belongs to Romania).
    events = public_events().filter(
        Q(country=country) | Q(pk__in=EventLink.objects.filter(relation__country=country).values("event"))
    )
    actions = public_actions().filter(
        Q(countries=country) | Q(pk__in=ActionLink.objects.filter(relation__country=country).values("action"))
    )
    now = timezone.now()
    return {
        "actions": section(
            actions.distinct().order_by(*NEWEST_ACTIONS),
            more_url=_query("agenda:list", country=code),
        ),
        "upcoming_events": section(
            events.upcoming(now).order_by("start", "pk"), more_url=_query("events:list", country=code)
        ),
        "past_events": section(
            events.past(now).order_by("-start", "-pk"), more_url=_query("events:past", country=code)
        ),
        "linked_relations": relation_sections(Relation.objects.filter(country=country)),
        "subsidies": subsidy_section(granted_subsidies().filter(country=country)),
    }


def partner_dossier(partner) -> dict:
    """A partner's actions (led and joined), the events it organises, its relations and granted subsidies."""
    return {
        "led_actions": section(public_actions().filter(lead_partner=partner).order_by(*NEWEST_ACTIONS)),
        "joined_actions": section(public_actions().filter(participations__partner=partner).order_by(*NEWEST_ACTIONS)),
        "events": section(
            public_events().filter(organisers=partner).order_by("-start", "-pk"),
            more_url=_query("events:past", organiser=partner.name),
        ),
        "relation_roles": section(
            RelationPartner.objects.filter(partner=partner)
            .select_related("relation__country")
            .order_by("relation__counterpart"),
            limit=None,
        ),
        "subsidies": subsidy_section(granted_subsidies().filter(partner=partner)),
    }


def sector_dossier(sector) -> dict:
    """A sector's ambassadors (names only), actions and events."""
    from django.contrib.auth import get_user_model

    from deventer_intl.roles import AMBASSADOR

    ambassadors = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=AMBASSADOR, profile__sector=sector)
        .only("first_name", "last_name", "username")
        .order_by("last_name", "first_name")
    )
    return {
        "ambassadors": list(ambassadors),
        "actions": section(
            public_actions().filter(sectors=sector).order_by(*NEWEST_ACTIONS),
            more_url=_query("agenda:list", sector=sector.slug),
        ),
        "events": section(
            public_events().filter(sectors=sector).order_by("-start", "-pk"),
            more_url=_query("events:past", sector=sector.slug),
        ),
    }


def goal_dossier(goal) -> dict:
    """The actions, events and granted subsidies tagged with a Global Goal."""
    return {
        "actions": section(
            public_actions().filter(global_goals=goal).order_by(*NEWEST_ACTIONS),
            more_url=_query("agenda:list", goal=goal.number),
        ),
        "events": section(
            public_events().filter(global_goals=goal).order_by("-start", "-pk"),
            more_url=_query("events:past", goal=goal.number),
        ),
        "subsidies": subsidy_section(granted_subsidies().filter(global_goals=goal)),
    }


def goal_sector_matrix(goals, sectors) -> list[dict]:
    """Per goal, per sector: the published partners and public actions tagged with both (two grouped queries)."""
    partners = {
        (row["global_goals"], row["sector"]): row["count"]
        for row in Partner.objects.published()
        .filter(global_goals__isnull=False)
        .order_by()
        .values("global_goals", "sector")
        .annotate(count=Count("pk"))
    }
    actions = {
        (row["global_goals"], row["sectors"]): row["count"]
        for row in Action.objects.public()
        .filter(global_goals__isnull=False, sectors__isnull=False)
        .order_by()
        .values("global_goals", "sectors")
        .annotate(count=Count("pk"))
    }
    return [
        {
            "goal": goal,
            "cells": [
                {
                    "sector": sector,
                    "partners": partners.get((goal.pk, sector.pk), 0),
                    "actions": actions.get((goal.pk, sector.pk), 0),
                }
                for sector in sectors
            ],
        }
        for goal in goals
    ]


def whats_new(*, limit: int = 4) -> dict:
    """The home page's "what is new": latest progress updates of public actions, next events, new partners."""
    from agenda.models import ProgressUpdate

    return {
        "latest_updates": list(
            ProgressUpdate.objects.filter(action__public=True)
            .select_related("action")
            .only("pk", "date", "text", "action__id", "action__code", "action__title")
            .order_by("-date", "-created")[:limit]
        ),
        "new_partners": list(
            Partner.objects.published()
            .select_related("sector")
            .only("pk", "name", "slug", "created", "sector__name_nl", "sector__name_en", "sector__name_de")
            .order_by("-created", "-pk")[:limit]
        ),
    }
