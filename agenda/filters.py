"""Filters of the public agenda; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from agenda.models import Action, Chapter, PolicyPeriod
from deventer_intl.filters import CountryFilter, SearchFilter, StyledFilterSet, remembered_country_choices
from partners.models import Country, GlobalGoal, Sector


class ActionFilter(StyledFilterSet):
    q = SearchFilter()
    list = django_filters.ChoiceFilter(choices=Action.List.choices, empty_label=_("Both lists"), label=_("List"))
    status = django_filters.ChoiceFilter(
        choices=Action.Status.choices, empty_label=_("Every status"), label=_("Status")
    )
    period = django_filters.ModelChoiceFilter(
        queryset=PolicyPeriod.objects.all(),
        to_field_name="name",
        empty_label=_("Every period"),
        label=_("Policy period"),
    )
    chapter = django_filters.ModelChoiceFilter(
        queryset=Chapter.objects.select_related("period"), empty_label=_("Every chapter"), label=_("Chapter")
    )
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="slug",
        empty_label=_("All sectors"),
        label=_("Sector"),
    )
    goal = django_filters.ModelChoiceFilter(
        field_name="global_goals",
        queryset=GlobalGoal.objects.all(),
        to_field_name="number",
        empty_label=_("All Global Goals"),
        label=_("Global Goal"),
    )
    country = CountryFilter()
    # A text box, not a list: a list of every lead partner grows with the directory (thousands of options).
    lead = django_filters.CharFilter(
        label=_("Lead partner"),
        method="filter_lead",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=_("Part of the organisation's name."),
    )
    stale = django_filters.BooleanFilter(
        method="filter_stale", label=_("Without an update for 90 days"), widget=forms.CheckboxInput
    )

    class Meta:
        model = Action
        fields = ["q", "list", "status", "period", "chapter", "sector", "goal", "country", "lead"]

    def __init__(self, *args, with_stale=False, **kwargs):
        self.with_stale = with_stale
        super().__init__(*args, **kwargs)

    def prepare_filters(self):
        self.filters["country"].extra["choices"] = remembered_country_choices(
            "agenda", Country.objects.filter(actions__public=True).distinct()
        )
        if not self.with_stale:
            del self.filters["stale"]

    def filter_lead(self, queryset, name, value):
        """A partner's slug (links from partner pages) or part of its name."""
        value = value.strip()
        return queryset.filter(Q(lead_partner__slug=value) | Q(lead_partner__name__icontains=value))

    def filter_stale(self, queryset, name, value):
        return queryset.stale() if value else queryset
