"""The subsidies' part of the public API: the register of granted subsidies (``subsidies.register``) and its
totals per year. Applications themselves are never reachable here."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets

from deventer_intl.api import Pagination, TranslatedField, goal_numbers, public_list
from subsidies import register
from subsidies.models import Application, Scheme


class SchemeNameSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Scheme
        fields = ["slug", "name"]


class GrantSerializer(serializers.ModelSerializer):
    """One granted subsidy: exactly the public columns of ``subsidies.register``."""

    reference = serializers.CharField(read_only=True)
    organisation = serializers.CharField(source="partner.name", read_only=True)
    organisation_slug = serializers.SerializerMethodField()
    scheme = SchemeNameSerializer(read_only=True)
    amount_granted = serializers.DecimalField(source="granted_amount", max_digits=10, decimal_places=2, read_only=True)
    amount_settled = serializers.DecimalField(
        source="settled_amount", max_digits=10, decimal_places=2, read_only=True, allow_null=True
    )
    country = serializers.CharField(source="country_id", read_only=True)
    global_goals = goal_numbers()
    project_start = serializers.DateField(source="start_date", read_only=True)
    project_end = serializers.DateField(source="end_date", read_only=True)
    decided_on = serializers.SerializerMethodField()

    class Meta:
        model = Application
        fields = [
            "reference",
            "year",
            "organisation",
            "organisation_slug",
            "title",
            "scheme",
            "amount_granted",
            "amount_settled",
            "country",
            "global_goals",
            "project_start",
            "project_end",
            "decided_on",
        ]

    def get_organisation_slug(self, grant) -> str | None:
        """The organisation's slug when its directory page is published (the name alone is public otherwise)."""
        return grant.partner.slug if grant.partner.published else None

    def get_decided_on(self, grant) -> str | None:
        """The day the grant was decided (confirmed), ISO 8601."""
        from django.utils import timezone

        return timezone.localdate(grant.decided_at).isoformat() if grant.decided_at else None


@extend_schema_view(
    retrieve=extend_schema(
        parameters=[
            OpenApiParameter(
                "reference", str, OpenApiParameter.PATH, description="The grant's reference, e.g. S2026-0012."
            )
        ]
    )
)
@public_list
class GrantViewSet(viewsets.ReadOnlyModelViewSet):
    pagination_class = Pagination

    """Granted subsidies (the public register), filtered as its page is (search, year, scheme, country, goal)."""

    serializer_class = GrantSerializer
    filterset_class = register.RegisterFilter
    lookup_field = "reference"

    def get_queryset(self):
        return register.grants()

    def get_object(self):
        from django.http import Http404

        reference = self.kwargs["reference"]
        year, _separator, number = reference.partition("-")
        if not (year[1:].isdigit() and number.isdigit() and year[:1] == "S"):
            raise Http404
        grant = self.get_queryset().filter(year=int(year[1:]), pk=int(number)).first()
        if grant is None:
            raise Http404
        return grant


class GrantTotalsSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    count = serializers.IntegerField(help_text="Number of subsidies granted that year.")
    total = serializers.DecimalField(max_digits=12, decimal_places=2, help_text="Total granted (EUR).")


@public_list
class GrantTotalsViewSet(viewsets.GenericViewSet, viewsets.mixins.ListModelMixin):
    """Per budget year: how many subsidies were granted and their total, with the register's filters."""

    serializer_class = GrantTotalsSerializer
    filterset_class = register.RegisterFilter
    pagination_class = None

    def get_queryset(self):
        return register.grants()

    def list(self, request, *args, **kwargs):
        from rest_framework.response import Response

        totals = register.totals(self.filter_queryset(self.get_queryset()))
        return Response(self.get_serializer(totals, many=True).data)


def totals_rows() -> list[dict]:
    """The totals per year of every public grant (the open-data download)."""
    return GrantTotalsSerializer(register.totals(register.grants()), many=True).data
