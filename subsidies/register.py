"""The public subsidy register: what is public about a grant, defined once.

Dutch municipalities publish the subsidies they grant. The register page (``/nl/subsidies/verleend/``), its
CSV/XLSX export, the public API (``subsidies/api.py``) and the open-data downloads all read grants through this
module, so "public" means the same everywhere:

- only applications whose status holds a confirmed grant (``lifecycle.GRANTED``: granted, partly granted, paid,
  final report filed, closed); drafts, applications awaiting a decision, rejections and withdrawals never;
- only these facts of a grant: the budget year, the organisation, the project title, the scheme, the amount
  granted (and the definitive amount once settled), the country, the Global Goals, the project's period and the
  date of the decision. Never the description, the local partner abroad (it may name a person), the applicant,
  the people who assessed or decided it, the co-financing, the payments or any document.

The organisation is named even when its directory entry is not published (a grant to an organisation is public
by law); its page is linked only when it is published.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from deventer_intl.filters import CountryFilter, StyledFilterSet, country_choices
from deventer_intl.resources import FormulaSafeResource
from partners.models import Country, GlobalGoal
from subsidies.lifecycle import GRANTED
from subsidies.models import Application, Scheme

#: The columns of an application that the register reads; nothing else is ever selected.
PUBLIC_FIELDS = (
    "pk",
    "year",
    "title",
    "partner__name",
    "partner__slug",
    "partner__published",
    "scheme__slug",
    "scheme__name_nl",
    "scheme__name_en",
    "scheme__name_de",
    "country",
    "granted_amount",
    "settled_amount",
    "start_date",
    "end_date",
    "decided_at",
    "status",
)


def grants() -> QuerySet[Application]:
    """Every public grant, with exactly the public columns, its goals prefetched: a fixed number of queries."""
    return (
        Application.objects.filter(status__in=GRANTED)
        .select_related("partner", "scheme", "country")
        .only(*(name for name in PUBLIC_FIELDS if name != "pk"))
        .prefetch_related(Prefetch("global_goals", queryset=GlobalGoal.objects.order_by("number")))
        .order_by("-year", "partner__name", "title", "pk")
    )


def is_public(application: Application) -> bool:
    """The predicate of :func:`grants`: does the register show this application?"""
    return application.status in GRANTED


def years() -> list[int]:
    """The budget years that have public grants, newest first."""
    return list(
        Application.objects.filter(status__in=GRANTED).order_by("-year").values_list("year", flat=True).distinct()
    )


def totals(queryset: QuerySet[Application]) -> list[dict]:
    """Per budget year: the number of grants and the total granted (one query)."""
    return list(
        queryset.order_by()
        .values("year")
        .annotate(count=Count("pk"), total=Sum("granted_amount"))
        .order_by("-year")
        .values("year", "count", "total")
    )


def organisation_url(application: Application) -> str | None:
    """The organisation's page when it is published (else no link: the name alone is public)."""
    return application.partner.get_absolute_url() if application.partner.published else None


class RegisterFilter(StyledFilterSet):
    """The register's filters (the page, its export and the API): year, scheme, country, Global Goal, search."""

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Part of the organisation's name or the project title."),
    )
    year = django_filters.ChoiceFilter(label=_("Year"), empty_label=_("All years"))
    scheme = django_filters.ModelChoiceFilter(
        queryset=Scheme.objects.all(), to_field_name="slug", empty_label=_("All schemes"), label=_("Scheme")
    )
    country = CountryFilter(field_name="country")
    goal = django_filters.ModelChoiceFilter(
        field_name="global_goals",
        queryset=GlobalGoal.objects.all(),
        to_field_name="number",
        empty_label=_("All Global Goals"),
        label=_("Global Goal"),
    )

    class Meta:
        model = Application
        fields = ["q", "year", "scheme", "country", "goal"]

    def prepare_filters(self):
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years()]
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(
                pk__in=Application.objects.filter(status__in=GRANTED).order_by().values("country").distinct()
            )
        )

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(partner__name__icontains=value))


class RegisterResource(FormulaSafeResource):
    """The register as a spreadsheet (CSV/XLSX): the public columns only, typed (numbers, dates)."""

    year = fields.Field(attribute="year", column_name="year", widget=widgets.IntegerWidget(coerce_to_string=False))
    organisation = fields.Field(attribute="partner__name", column_name="organisation")
    title = fields.Field(attribute="title", column_name="project_title")
    scheme = fields.Field(attribute="scheme__name_nl", column_name="scheme")
    amount_granted = fields.Field(
        attribute="granted_amount",
        column_name="amount_granted_eur",
        widget=widgets.DecimalWidget(coerce_to_string=False),
    )
    amount_settled = fields.Field(
        attribute="settled_amount",
        column_name="amount_settled_eur",
        widget=widgets.DecimalWidget(coerce_to_string=False),
    )
    country = fields.Field(attribute="country_id", column_name="country")
    global_goals = fields.Field(column_name="global_goals")
    project_start = fields.Field(
        attribute="start_date", column_name="project_start", widget=widgets.DateWidget(coerce_to_string=False)
    )
    project_end = fields.Field(
        attribute="end_date", column_name="project_end", widget=widgets.DateWidget(coerce_to_string=False)
    )

    class Meta:
        model = Application
        fields = (
            "year",
            "organisation",
            "title",
            "scheme",
            "amount_granted",
            "amount_settled",
            "country",
            "global_goals",
            "project_start",
            "project_end",
        )
        export_order = fields

    def dehydrate_global_goals(self, application):
        return ", ".join(str(goal.number) for goal in application.global_goals.all())


#: The content types of the register's spreadsheet formats.
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def export(queryset: QuerySet[Application], fmt: str) -> bytes:
    """The grants as CSV (UTF-8 with a BOM, so Excel reads the accents) or XLSX with typed cells.

    Written by tablib directly: import-export's formats turn every cell into text when they escape formulae,
    and ``FormulaSafeResource`` has already quoted every text cell that could run as a formula.
    """
    dataset = RegisterResource().export(queryset=queryset)
    if fmt == "xlsx":
        return dataset.export("xlsx")
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")
