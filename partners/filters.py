"""The partner directory's filters; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import Country, GlobalGoal, Network, Partner, Sector


class PartnerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "class": "utrecht-textbox utrecht-textbox--html-input"}),
    )
    sector = django_filters.ModelChoiceFilter(
        queryset=Sector.objects.all(), to_field_name="slug", empty_label=_("All sectors"), label=_("Sector")
    )
    kind = django_filters.ChoiceFilter(choices=Partner.Kind.choices, empty_label=_("All kinds"), label=_("Kind"))
    country = django_filters.ChoiceFilter(label=_("Country"), method="filter_country", empty_label=_("All countries"))
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only countries with published partners, sorted by their name in the active language.
        countries = Country.objects.having_partners()
        self.filters["country"].extra["choices"] = sorted(
            ((str(country.code).lower(), country.name) for country in countries), key=lambda item: item[1]
        )
        for name, field in self.form.fields.items():
            if name != "q":
                field.widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
            if self.form.is_bound and name in self.form.errors:
                field.widget.attrs["aria-invalid"] = "true"
                field.widget.attrs["aria-describedby"] = f"id_{name}-error"

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_country(self, queryset, name, value):
        return queryset.filter(countries__code=value.upper())
