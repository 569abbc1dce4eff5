"""The partners' part of the public API: published partners, sectors, Global Goals and relations."""

from __future__ import annotations

import django_filters
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers, viewsets

from deventer_intl.api import (
    PageUrlField,
    PublicReadOnlyViewSet,
    TranslatedField,
    country_codes,
    goal_numbers,
    public_list,
    slugs,
)
from deventer_intl.filters import CountryFilter, StyledFilterSet, country_choices
from partners.filters import PartnerFilter
from partners.models import Country, GlobalGoal, Network, Partner, Relation, Sector


class SectorSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Sector
        fields = ["slug", "name", "colour", "order", "is_hub"]


class GlobalGoalSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = GlobalGoal
        fields = ["number", "name", "colour"]


class PartnerSerializer(serializers.ModelSerializer):
    """A published partner: what its public page shows, without any e-mail address or contact person."""

    sector = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    countries = country_codes()
    global_goals = goal_numbers()
    networks = slugs()
    url = PageUrlField()

    class Meta:
        model = Partner
        fields = [
            "slug",
            "name",
            "kind",
            "sector",
            "description",
            "website",
            "countries",
            "global_goals",
            "networks",
            "url",
        ]


class RelationSerializer(serializers.ModelSerializer):
    """An international relation; its local partners as the slugs of the published ones."""

    country = serializers.CharField(source="country_id", read_only=True)
    partners = slugs()

    class Meta:
        model = Relation
        fields = [
            "slug",
            "counterpart",
            "country",
            "kind",
            "since",
            "until",
            "municipality_role",
            "description",
            "partners",
        ]


def public_partners():
    """Published partners, as a prefetch of related rows (only their slugs are read)."""
    return Partner.objects.published().only("pk", "slug").order_by("name")


@public_list
class PartnerViewSet(PublicReadOnlyViewSet):
    """Published partners, filtered as the partner directory is (search, sector, kind, country, goal, network)."""

    serializer_class = PartnerSerializer
    filterset_class = PartnerFilter
    lookup_field = "slug"
    ordering = ["name", "pk"]

    def get_queryset(self):
        return (
            Partner.objects.published()
            .for_list()
            .defer(None)
            .defer("search_text", "search_vector", "public_email", "contact_name", "contact_email", "contact_phone")
            .prefetch_related(Prefetch("networks", queryset=Network.objects.only("pk", "slug").order_by("slug")))
        )


class SectorViewSet(viewsets.ReadOnlyModelViewSet):
    """The sectors of the klaverblad."""

    serializer_class = SectorSerializer
    lookup_field = "slug"
    pagination_class = None
    queryset = Sector.objects.order_by("order", "name_nl")


class GlobalGoalViewSet(viewsets.ReadOnlyModelViewSet):
    """The 17 Global Goals (SDGs)."""

    serializer_class = GlobalGoalSerializer
    lookup_field = "number"
    pagination_class = None
    queryset = GlobalGoal.objects.order_by("number")


class RelationFilter(StyledFilterSet):
    """The relations' filters: kind, country, search. (The relations index page brings its own FilterSet; this one
    takes the same parameter names.)"""

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    kind = django_filters.ChoiceFilter(choices=Relation.Kind.choices, label=_("Kind of relation"))
    country = CountryFilter(field_name="country")

    class Meta:
        model = Relation
        fields = ["q", "kind", "country"]

    def prepare_filters(self):
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(pk__in=Relation.objects.order_by().values("country").distinct())
        )

    def filter_search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(counterpart__icontains=value) | Q(description__icontains=value)) if value else queryset


@public_list
class RelationViewSet(PublicReadOnlyViewSet):
    """Deventer's international relations (the strategic index), by kind and country."""

    serializer_class = RelationSerializer
    lookup_field = "slug"
    ordering = ["counterpart", "pk"]
    filterset_class = RelationFilter

    def get_queryset(self):
        return Relation.objects.prefetch_related(Prefetch("partners", queryset=public_partners()))
