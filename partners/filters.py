"""The partner directory's filters; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from deventer_intl.filters import CountryFilter, SearchFilter, StyledFilterSet, remembered_country_choices
from partners.models import Country, GlobalGoal, Network, Partner, Sector


class PartnerFilter(StyledFilterSet):
    q = SearchFilter()
    sector = django_filters.ModelChoiceFilter(
        queryset=Sector.objects.all(), to_field_name="slug", empty_label=_("All sectors"), label=_("Sector")
    )
    kind = django_filters.ChoiceFilter(choices=Partner.Kind.choices, empty_label=_("All kinds"), label=_("Kind"))
    country = CountryFilter()
    goal = django_filters.ModelChoiceFilter(
        field_name="global_goals",
        queryset=GlobalGoal.objects.all(),
        to_field_name="number",
        empty_label=_("All Global Goals"),
        label=_("Global Goal"),
    )
    network = django_filters.ModelChoiceFilter(
        field_name="networks",
        queryset=Network.objects.all(),
        to_field_name="slug",
        empty_label=_("All networks"),
        label=_("Network"),
    )

    class Meta:
        model = Partner
        fields = ["q", "sector", "kind", "country", "goal", "network"]

    def prepare_filters(self):
        # Only countries with published partners, sorted by their name in the active language.
        self.filters["country"].extra["choices"] = remembered_country_choices(
            "partners", Country.objects.having_partners()
        )
