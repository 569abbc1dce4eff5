"""Filters of the office's review queue; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from partners.filters import StyledFilterSet, country_choices
from partners.models import Country
from subsidies.models import Application, Scheme


class ApplicationFilter(StyledFilterSet):
    scheme = django_filters.ModelChoiceFilter(queryset=Scheme.objects.all(), to_field_name="slug",
                                              empty_label=_("All schemes"), label=_("Scheme"))
    year = django_filters.ChoiceFilter(label=_("Year"), empty_label=_("All years"))
    status = django_filters.ChoiceFilter(choices=[choice for choice in Application.Status.choices
                                                  if choice[0] != Application.Status.DRAFT],
                                         empty_label=_("Every status"), label=_("Status"))
    country = django_filters.ChoiceFilter(label=_("Country"), method="filter_country", empty_label=_("All countries"))

    class Meta:
        model = Application
        fields = ["scheme", "year", "status", "country"]

    def prepare_filters(self):
        years = Application.objects.in_queue().order_by("-year").values_list("year", flat=True).distinct()
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(subsidy_applications__isnull=False).exclude(
                subsidy_applications__status=Application.Status.DRAFT).distinct())

    def filter_country(self, queryset, name, value):
        return queryset.filter(country__code=value.upper())
