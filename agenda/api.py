"""The work agenda's part of the public API: public actions with their timeline."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agenda.filters import ActionFilter
from agenda.models import Action, Participation, ProgressUpdate
from deventer_intl.api import PageUrlField, PublicReadOnlyViewSet, country_codes, goal_numbers, public_list, slugs
from partners.models import Country, GlobalGoal, Sector


class TimelineEntrySerializer(serializers.ModelSerializer):
    """A progress update: date, text, and the status and progress it set (never its author or files)."""

    class Meta:
        model = ProgressUpdate
        fields = ["date", "text", "status", "progress"]


class ActionApiFilter(ActionFilter):
    """The agenda page's filters; "without an update for 90 days" is the office's monitoring filter, not public."""

    def __init__(self, *args, **kwargs):
        # The stale filter is left out of base_filters below, so there is nothing for the parent to remove.
        super().__init__(*args, with_stale=True, **kwargs)


ActionApiFilter.base_filters.pop("stale")


class ActionSerializer(serializers.ModelSerializer):
    """A public action: lists A/B, status and progress, who leads and joins it, and its dated timeline."""

    period = serializers.SlugRelatedField(slug_field="name", read_only=True)
    chapter = serializers.IntegerField(source="chapter.number", read_only=True, allow_null=True)
    lead_partner = serializers.SerializerMethodField()
    lead_partner_name = serializers.SerializerMethodField()
    partners = serializers.SerializerMethodField()
    sectors = slugs()
    global_goals = goal_numbers()
    countries = country_codes()
    timeline = TimelineEntrySerializer(source="updates", many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Action
        fields = [
            "id",
            "code",
            "list",
            "title",
            "description",
            "status",
            "progress",
            "period",
            "chapter",
            "lead_partner",
            "lead_partner_name",
            "partners",
            "sectors",
            "global_goals",
            "countries",
            "municipality_role",
            "start_date",
            "end_date",
            "last_update_on",
            "timeline",
            "url",
        ]

    @extend_schema_field(serializers.SlugField(allow_null=True))
    def get_lead_partner(self, action) -> str | None:
        """The lead partner's slug when its page is published."""
        lead = action.lead_partner
        return lead.slug if lead is not None and lead.published else None

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_lead_partner_name(self, action) -> str | None:
        """The lead partner's name when its page is published (an unpublished organisation is not public data)."""
        lead = action.lead_partner
        return lead.name if lead is not None and lead.published else None

    @extend_schema_field(serializers.ListField(child=serializers.SlugField()))
    def get_partners(self, action) -> list[str]:
        """The published partners taking part."""
        return [participation.partner.slug for participation in action.participations.all()]


@public_list
class ActionViewSet(PublicReadOnlyViewSet):
    """Public actions of the work agenda, filtered as the agenda page is (search, list, status, period, chapter,
    sector, goal, country, lead partner), each with its timeline, newest update first."""

    serializer_class = ActionSerializer
    filterset_class = ActionApiFilter
    ordering = ["-period__start_year", "list", "number", "pk"]

    def get_queryset(self):
        return (
            Action.objects.public()
            .select_related("period", "chapter", "lead_partner")
            .only(
                *(field.name for field in Action._meta.concrete_fields if field.name not in ("search_vector",)),
                "period__name",
                "period__start_year",
                "chapter__number",
                "lead_partner__name",
                "lead_partner__slug",
                "lead_partner__published",
            )
            .prefetch_related(
                Prefetch("sectors", queryset=Sector.objects.only("pk", "slug").order_by("order")),
                Prefetch("global_goals", queryset=GlobalGoal.objects.only("number").order_by("number")),
                Prefetch("countries", queryset=Country.objects.order_by("code")),
                Prefetch(
                    "participations",
                    queryset=Participation.objects.filter(partner__published=True)
                    .select_related("partner")
                    .only("action_id", "partner__slug")
                    .order_by("partner__name"),
                ),
                Prefetch(
                    "updates",
                    queryset=ProgressUpdate.objects.only("action_id", "date", "text", "status", "progress").order_by(
                        "-date", "-created"
                    ),
                ),
            )
        )
