"""Filters of the event lists; every choice lives in the URL, so a filtered list (and its .ics twin) can be shared."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from deventer_intl.filters import (
    CountryFilter,
    SearchFilter,
    StyledFilterSet,
    remembered_country_choices,
)
from events.models import Event, Series
from partners.models import Country, GlobalGoal, Sector


class EventFilter(StyledFilterSet):
    q = SearchFilter()
    kind = django_filters.ChoiceFilter(
        choices=Event.Kind.choices, empty_label=_("Every kind"), label=_("Kind of event")
    )
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="slug",
        empty_label=_("All sectors"),
        label=_("Sector"),
    )
    country = CountryFilter(field_name="country")
    goal = django_filters.ModelChoiceFilter(
        field_name="global_goals",
        queryset=GlobalGoal.objects.all(),
        to_field_name="number",
        empty_label=_("All Global Goals"),
        label=_("Global Goal"),
    )
    series = django_filters.ModelChoiceFilter(
        queryset=Series.objects.all(), to_field_name="slug", empty_label=_("Every series"), label=_("Series")
    )
    # The public figures link here with the years they count (calendar years of the start, Amsterdam time).
    year_from = django_filters.NumberFilter(
        field_name="start", lookup_expr="year__gte", label=_("From year"), min_value=1900, max_value=2200
    )
    year_to = django_filters.NumberFilter(
        field_name="start", lookup_expr="year__lte", label=_("Up to year"), min_value=1900, max_value=2200
    )
    # A text box, not a list: a list of every organiser grows with the directory.
    organiser = django_filters.CharFilter(
        label=_("Organiser"),
        method="filter_organiser",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=_("Part of the organisation's name."),
    )

    class Meta:
        model = Event
        fields = ["q", "kind", "series", "sector", "country", "goal", "organiser", "year_from", "year_to"]

    def prepare_filters(self):
        self.filters["country"].extra["choices"] = remembered_country_choices(
            "events", Country.objects.filter(pk__in=Event.objects.public().order_by().values("country").distinct())
        )

    def filter_organiser(self, queryset, name, value):
        """A partner's slug (links from event pages) or part of its name."""
        from events.models import Event as EventModel

        value = value.strip()
        organised = EventModel.organisers.through.objects.filter(
            Q(partner__slug=value) | Q(partner__name__icontains=value)
        ).values("event")
        return queryset.filter(pk__in=organised)
