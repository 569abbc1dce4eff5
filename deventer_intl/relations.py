"""The strategic index of international relations: /relaties/ (filtered, sorted, exported) and /relaties/<slug>/."""

from __future__ import annotations

import django_filters
import tablib
from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from deventer_intl import network
from deventer_intl.filters import CountryFilter, StyledFilterSet, country_choices
from deventer_intl.maps import MapView, locator
from deventer_intl.resources import formula_safe
from deventer_intl.views import CrumbsMixin, crumb
from partners.models import Country, GlobalGoal, Relation, RelationPartner, Sector

app_name = "relations"


class RelationFilter(StyledFilterSet):
    """Kind, country, sector (of a local partner or a linked action) and Global Goal (of anything linked)."""

    kind = django_filters.ChoiceFilter(
        choices=Relation.Kind.choices, empty_label=_("All kinds of relation"), label=_("Kind of relation")
    )
    country = CountryFilter(field_name="country")
    sector = django_filters.ModelChoiceFilter(
        queryset=Sector.objects.all(),
        to_field_name="slug",
        empty_label=_("All sectors"),
        label=_("Sector"),
        method="filter_sector",
    )
    goal = django_filters.ModelChoiceFilter(
        queryset=GlobalGoal.objects.all(),
        to_field_name="number",
        empty_label=_("All Global Goals"),
        label=_("Global Goal"),
        method="filter_goal",
    )

    class Meta:
        model = Relation
        fields = ["kind", "country", "sector", "goal"]

    def prepare_filters(self):
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(relations__isnull=False).distinct()
        )

    def filter_sector(self, queryset, name, sector):
        return queryset.filter(
            Exists(RelationPartner.objects.filter(relation=OuterRef("pk"), partner__sector=sector))
            | Exists(network.ActionLink.objects.filter(relation=OuterRef("pk"), action__sectors=sector))
        )

    def filter_goal(self, queryset, name, goal):
        return queryset.filter(
            Exists(RelationPartner.objects.filter(relation=OuterRef("pk"), partner__global_goals=goal))
            | Exists(network.ActionLink.objects.filter(relation=OuterRef("pk"), action__global_goals=goal))
            | Exists(network.EventLink.objects.filter(relation=OuterRef("pk"), event__global_goals=goal))
            | Exists(network.SubsidyLink.objects.filter(Q(application__global_goals=goal), relation=OuterRef("pk")))
        )


#: The columns of the index, in order: (sort key, label, numeric). The same columns are exported.
COLUMNS = [
    ("counterpart", _("Relation"), False),
    ("country", _("Country"), False),
    ("kind", _("Kind of relation"), False),
    ("since", pgettext_lazy("relation", "Since"), True),
    ("partners", _("Partners"), True),
    ("actions", _("Actions"), True),
    ("events", _("Events"), True),
    ("subsidies", _("Granted subsidies"), True),
    ("amount", _("Amount granted (EUR)"), True),
]
SORT_KEYS = {
    "counterpart": lambda relation: relation.counterpart.casefold(),
    "country": lambda relation: (relation.country.name, relation.counterpart.casefold()),
    "kind": lambda relation: (str(relation.get_kind_display()), relation.counterpart.casefold()),
    "since": lambda relation: (relation.since or 0, relation.counterpart.casefold()),
    "partners": lambda relation: (relation.partner_count, relation.counterpart.casefold()),
    "actions": lambda relation: (relation.action_count, relation.counterpart.casefold()),
    "events": lambda relation: (relation.event_count, relation.counterpart.casefold()),
    "subsidies": lambda relation: (relation.subsidy_count, relation.counterpart.casefold()),
    "amount": lambda relation: (relation.subsidy_total, relation.counterpart.casefold()),
}
EXPORT_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class RelationListView(CrumbsMixin, TemplateView):
    """The index: per relation and per country the partners, actions, events and granted subsidies linked to it.

    ``?sort=<column>`` (``-`` for descending) sorts the relations; ``?export=csv|xlsx`` downloads the same rows
    (``&level=country`` the country rows).
    """

    template_name = "relations/relation_list.html"
    crumb_label = _("International relations")

    @cached_property
    def filterset(self):
        return RelationFilter(self.request.GET or None, queryset=Relation.objects.all())

    @cached_property
    def sort(self) -> str:
        value = self.request.GET.get("sort", "counterpart")
        return value if value.lstrip("-") in SORT_KEYS else "counterpart"

    def filtered(self):
        return self.filterset.qs if self.filterset.is_bound and self.filterset.is_valid() else Relation.objects.none()

    def relations(self) -> list:
        queryset = self.filtered() if self.filterset.is_bound else Relation.objects.all()
        rows = list(network.relations_with_counts(queryset))
        key = self.sort.lstrip("-")
        return sorted(rows, key=SORT_KEYS[key], reverse=self.sort.startswith("-"))

    def countries(self) -> list[dict]:
        queryset = self.filtered() if self.filterset.is_bound else Relation.objects.all()
        return network.country_rows(queryset)

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            return self.export(export, by_country=request.GET.get("level") == "country")
        return super().get(request, *args, **kwargs)

    def export(self, file_format: str, *, by_country: bool) -> HttpResponse:
        """The rows of the page as a spreadsheet, text cells formula-safe."""
        if by_country:
            headers = [gettext("Country"), gettext("Relations")] + [str(label) for _key, label, _n in COLUMNS[4:]]
            rows = [
                [
                    row["country"].name,
                    row["relations"],
                    row["partners"],
                    row["actions"],
                    row["events"],
                    row["subsidies"],
                    row["amount"],
                ]
                for row in self.countries()
            ]
        else:
            headers = [str(label) for _key, label, _n in COLUMNS] + [gettext("Address")]
            rows = [
                [
                    relation.counterpart,
                    relation.country.name,
                    str(relation.get_kind_display()),
                    relation.since,
                    relation.partner_count,
                    relation.action_count,
                    relation.event_count,
                    relation.subsidy_count,
                    relation.subsidy_total,
                    self.request.build_absolute_uri(relation.get_absolute_url()),
                ]
                for relation in self.relations()
            ]
        dataset = tablib.Dataset(headers=headers)
        for row in rows:
            dataset.append([formula_safe(cell) for cell in row])
        name = "relations-by-country" if by_country else "relations"
        response = HttpResponse(dataset.export(file_format), content_type=EXPORT_FORMATS[file_format])
        response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
        return response

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("sort", None)
        query.pop("export", None)
        query.pop("level", None)
        columns = [
            {
                "key": key,
                "label": label,
                "numeric": numeric,
                "current": self.sort.lstrip("-") == key,
                "descending": self.sort == f"-{key}",
                # A click on the current column turns its order round; another column starts ascending.
                "sort": f"-{key}" if self.sort == key else key,
            }
            for key, label, numeric in COLUMNS
        ]
        return super().get_context_data(
            filter=self.filterset if self.filterset.is_bound else RelationFilter(queryset=Relation.objects.all()),
            relations=self.relations(),
            countries=self.countries(),
            columns=columns,
            querystring=query.urlencode(),
            active_filters=any(value for key, value in query.items()),
            **kwargs,
        )


class RelationDetailView(CrumbsMixin, TemplateView):
    """One relation with everything linked to it, newest first."""

    template_name = "relations/relation_detail.html"

    @cached_property
    def relation(self):
        return get_object_or_404(Relation.objects.select_related("country"), slug=self.kwargs["slug"])

    def get_crumbs(self):
        return [crumb(RelationListView.crumb_label, "relations:list"), crumb(self.relation.counterpart)]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            relation=self.relation,
            locator=locator(str(self.relation.country_id), self.relation),
            **network.relation_detail(self.relation),
            **kwargs,
        )


urlpatterns = [
    path("relaties/", RelationListView.as_view(), name="list"),
    path("kaart/", MapView.as_view(), name="map"),
    path("relaties/<slug:slug>/", RelationDetailView.as_view(), name="detail"),
]
