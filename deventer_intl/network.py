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


def relation_detail(relation) -> dict:
    """Everything linked to one relation, newest first: partners (with roles), actions, events, subsidies."""
    return {
        "relation_partners": RelationPartner.objects.filter(relation=relation, partner__published=True)
        .select_related("partner")
        .order_by("role", "partner__name"),
        "actions": public_actions().filter(relations=relation).order_by(F("start_date").desc(nulls_last=True), "-pk"),
        "events": public_events().filter(relations=relation).order_by("-start", "-pk"),
        "subsidies": granted_subsidies().filter(relations=relation).order_by("-year", "-pk"),
    }


def published_partners():
    return Partner.objects.published().only("pk", "name", "slug")
