"""The public, read-only JSON API under ``/api/v1/``: its root, shared pieces and OpenAPI document.

Django REST framework with drf-spectacular, because every list of the API takes exactly the filters of its page,
and the pages' filters are django-filter FilterSets: DRF's ``DjangoFilterBackend`` runs those same classes, and
drf-spectacular documents their parameters in the OpenAPI document. (django-ninja would need every filter
written again as a pydantic schema.) Each app offers its part in ``<app>/api.py``, reading through its public
querysets (``published()``, ``public()``, ``subsidies.register``); this module puts them under one router.

Nothing here knows who asks: no authentication, no sessions, the same answer for everyone, so nothing private can
depend on a login. Responses carry an ETag and answer ``304`` to a client that has it
(``deventer_intl.api_middleware``); CORS is open for GET on ``/api/`` only (django-cors-headers).
"""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView
from rest_framework import pagination, routers, serializers, viewsets


class Pagination(pagination.PageNumberPagination):
    """Page numbers: ``?page=2``, ``?page_size=`` up to 500 (50 by default)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


@extend_schema_field(
    {
        "type": "object",
        "properties": {language: {"type": "string"} for language in ("nl", "en", "de")},
        "required": ["nl", "en", "de"],
    }
)
class TranslatedField(serializers.Field):
    """A name kept per language (``name_nl``, ``name_en``, ``name_de``) as ``{"nl": ..., "en": ..., "de": ...}``;
    an empty translation falls back to the Dutch text, as on the pages."""

    def __init__(self, base: str = "name", **kwargs):
        self.base = base
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        dutch = getattr(obj, f"{self.base}_nl")
        return {language: getattr(obj, f"{self.base}_{language}", "") or dutch for language in ("nl", "en", "de")}


class CodesField(serializers.ListField):
    """A many-to-many as a list of codes (slugs, ISO country codes, goal numbers), from prefetched rows."""

    def __init__(self, *, attribute: str, **kwargs):
        self.attribute = attribute
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, data):
        return [
            str(value) if self.attribute == "code" else value
            for value in (getattr(item, self.attribute) for item in data.all())
        ]


def country_codes(**kwargs) -> CodesField:
    return CodesField(attribute="code", child=serializers.CharField(), **kwargs)


def goal_numbers(**kwargs) -> CodesField:
    return CodesField(attribute="number", child=serializers.IntegerField(), **kwargs)


def slugs(**kwargs) -> CodesField:
    return CodesField(attribute="slug", child=serializers.SlugField(), **kwargs)


@extend_schema_field({"type": "string", "format": "uri"})
class PageUrlField(serializers.Field):
    """The object's page on the site (Dutch), as an absolute URL."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        from django.utils import translation

        with translation.override("nl"):
            url = obj.get_absolute_url()
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request is not None else url


class PublicReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """A list (filtered as its page is, paginated) and a detail of public objects; ``ordering`` unless a search
    ran, then by relevance first."""

    ordering: list[str] = []
    pagination_class = Pagination

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        searched = "search_rank" in queryset.query.annotations
        return queryset.order_by(*(["-search_rank", *self.ordering] if searched else self.ordering))


#: The country filter as the pages take it: a lower-case ISO 3166-1 alpha-2 code (drf-spectacular would otherwise
#: document the model field's upper-case choices).
COUNTRY_PARAMETER = OpenApiParameter(
    "country", str, OpenApiParameter.QUERY, description="A country as its lower-case ISO 3166-1 code, e.g. `ro`."
)


def public_list(viewset):
    """Document the list's country filter as the pages take it (see ``COUNTRY_PARAMETER``)."""
    return extend_schema_view(list=extend_schema(parameters=[COUNTRY_PARAMETER]))(viewset)


def router() -> routers.DefaultRouter:
    """Every app's endpoints (``<app>/api.py``) under one router; its root lists them."""
    from agenda.api import ActionViewSet
    from events.api import EventTotalsViewSet, EventViewSet
    from partners.api import GlobalGoalViewSet, PartnerViewSet, RelationViewSet, SectorViewSet
    from subsidies.api import GrantTotalsViewSet, GrantViewSet

    api = routers.DefaultRouter()
    api.register("partners", PartnerViewSet, basename="partner")
    api.register("sectors", SectorViewSet, basename="sector")
    api.register("goals", GlobalGoalViewSet, basename="goal")
    api.register("relations", RelationViewSet, basename="relation")
    api.register("actions", ActionViewSet, basename="action")
    api.register("events", EventViewSet, basename="event")
    api.register("event-totals", EventTotalsViewSet, basename="event-totals")
    api.register("subsidies", GrantViewSet, basename="grant")
    api.register("subsidy-totals", GrantTotalsViewSet, basename="grant-totals")
    return api


urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="api/docs.html"),
        name="docs",
    ),
    path("", include(router().urls)),
]
