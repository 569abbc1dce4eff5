"""The events' part of the public API: public events, coming and past, with their visitor figures."""

from __future__ import annotations

import django_filters
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from agenda.models import Action
from deventer_intl.api import PageUrlField, PublicReadOnlyViewSet, goal_numbers, public_list, slugs
from events import figures
from events.filters import EventFilter
from events.models import Event
from partners.models import GlobalGoal, Partner, Relation, Sector


class EventApiFilter(EventFilter):
    """The event lists' filters, plus the choice the pages make by their address: coming or past events."""

    when = django_filters.ChoiceFilter(
        choices=[("upcoming", _("Coming events")), ("past", _("Past events"))],
        label=_("Coming or past"),
        method="filter_when",
    )

    class Meta(EventFilter.Meta):
        fields = [*EventFilter.Meta.fields, "when"]

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past() if value == "past" else queryset


class EventSerializer(serializers.ModelSerializer):
    """A public event: when and where, organisers, sectors, goals, linked actions and relations, visitors."""

    country = serializers.CharField(source="country_id", read_only=True)
    organisers = slugs()
    sectors = slugs()
    global_goals = goal_numbers()
    actions = serializers.SerializerMethodField()
    relations = slugs()
    series = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    festival = serializers.SerializerMethodField()
    visitors = serializers.IntegerField(source="visitors_total", read_only=True)
    url = PageUrlField()

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "kind",
            "start",
            "end",
            "all_day",
            "venue",
            "city",
            "country",
            "organisers",
            "sectors",
            "global_goals",
            "actions",
            "relations",
            "series",
            "festival",
            "description",
            "registration_required",
            "expected_visitors",
            "visitors",
            "url",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_actions(self, event) -> list[int]:
        """The ids of the public agenda actions the event belongs to."""
        return [action.pk for action in event.actions.all()]

    @extend_schema_field(serializers.SlugField(allow_null=True))
    def get_festival(self, event) -> str | None:
        """The festival this event is part of (its slug), when that is public."""
        parent = event.parent
        return parent.slug if parent is not None and parent.public else None


@public_list
class EventViewSet(PublicReadOnlyViewSet):
    """Public events, filtered as the event lists are (search, kind, sector, country, goal, organiser) and by
    ``when`` (coming or past); ``visitors`` is a festival's roll-up (its own visitors plus its sub-events')."""

    serializer_class = EventSerializer
    filterset_class = EventApiFilter
    lookup_field = "slug"
    ordering = ["start", "pk"]

    def get_queryset(self):
        return (
            Event.objects.public()
            .select_related("series", "parent")
            .defer("search_vector", "image", "image_thumbnail", "image_alt", "created_by", "capacity")
            .with_visitors()
            .prefetch_related(
                Prefetch("organisers", queryset=Partner.objects.published().only("pk", "slug").order_by("name")),
                Prefetch("sectors", queryset=Sector.objects.only("pk", "slug").order_by("order")),
                Prefetch("global_goals", queryset=GlobalGoal.objects.only("number").order_by("number")),
                Prefetch("actions", queryset=Action.objects.public().only("pk").order_by("pk")),
                Prefetch("relations", queryset=Relation.objects.only("pk", "slug").order_by("slug")),
            )
        )


class EventTotalsSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    events = serializers.IntegerField(help_text="Public events that started that year.")
    recorded = serializers.IntegerField(help_text="Of those, events with a visitor count.")
    visitors = serializers.IntegerField(help_text="Visitors counted (each visitor once: see events.figures).")


@public_list
class EventTotalsViewSet(viewsets.GenericViewSet, viewsets.mixins.ListModelMixin):
    """Per calendar year: public events held and their visitors, with the event lists' filters."""

    serializer_class = EventTotalsSerializer
    filterset_class = EventApiFilter
    pagination_class = None

    def get_queryset(self):
        return Event.objects.public()

    def list(self, request, *args, **kwargs):
        rows = figures.per_year(self.filter_queryset(self.get_queryset()))
        return Response(self.get_serializer(rows, many=True).data)


def totals_rows() -> list[dict]:
    """Events and visitors per year of every public event (the open-data download)."""
    return EventTotalsSerializer(figures.per_year(Event.objects.public()), many=True).data
