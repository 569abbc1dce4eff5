"""Filters of the office's review queue; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from partners.filters import StyledFilterSet, country_choices
from partners.models import Country
from subsidies.lifecycle import PRIVATE
from subsidies.models import Application, Scheme


class ApplicationFilter(StyledFilterSet):
    scheme = django_filters.ModelChoiceFilter(queryset=Scheme.objects.all(), to_field_name="slug",
                                              empty_label=_("All schemes"), label=_("Scheme"))
    year = django_filters.ChoiceFilter(label=_("Year"), empty_label=_("All years"))
    # Without a choice the queue shows the work to do: applications awaiting a decision.
    status = django_filters.ChoiceFilter(
        choices=[("all", _("Every status"))] + [choice for choice in Application.Status.choices
                                                if choice[0] not in PRIVATE],
        empty_label=_("Awaiting a decision"), label=_("Status"), method="filter_status")
    country = django_filters.ChoiceFilter(label=_("Country"), method="filter_country", empty_label=_("All countries"))

    class Meta:
        model = Application
        fields = ["scheme", "year", "status", "country"]

    def prepare_filters(self):
        years = Application.objects.in_queue().order_by("-year").values_list("year", flat=True).distinct()
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(subsidy_applications__isnull=False).exclude(
                subsidy_applications__status__in=PRIVATE).distinct())

    def filter_status(self, queryset, name, value):
        return queryset if value == "all" else queryset.filter(status=value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.awaiting_decision()
        return queryset

    def filter_country(self, queryset, name, value):
        return queryset.filter(country__code=value.upper())
