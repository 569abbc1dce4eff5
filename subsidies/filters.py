"""Filters of the office's review queue; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from deventer_intl.filters import CountryFilter, StyledFilterSet, country_choices
from partners.models import Country
from subsidies.lifecycle import PRIVATE
from subsidies.models import Application, Scheme


class ApplicationFilter(StyledFilterSet):
    scheme = django_filters.ModelChoiceFilter(
        queryset=Scheme.objects.all(), to_field_name="slug", empty_label=_("All schemes"), label=_("Scheme")
    )
    year = django_filters.ChoiceFilter(label=_("Year"), empty_label=_("All years"))
    # Without a choice the queue shows the work to do: applications awaiting a decision.
    status = django_filters.ChoiceFilter(
        choices=[("all", _("Every status"))]
        + [choice for choice in Application.Status.choices if choice[0] not in PRIVATE],
        empty_label=_("Awaiting a decision"),
        label=_("Status"),
        method="filter_status",
    )
    country = CountryFilter(field_name="country")

    class Meta:
        model = Application
        fields = ["scheme", "year", "status", "country"]

    def prepare_filters(self):
        years = Application.objects.in_queue().order_by("-year").values_list("year", flat=True).distinct()
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        # Every country of an application in the queue (one with a draft as well counts too).
        self.filters["country"].extra["choices"] = country_choices(
            Country.objects.filter(pk__in=Application.objects.in_queue().order_by().values("country"))
        )

    def filter_status(self, queryset, name, value):
        return queryset if value == "all" else queryset.filter(status=value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.awaiting_decision()
        return queryset
