"""The partner directory's filters; every choice lives in the URL so a filtered list can be shared."""

import django_filters
from django import forms
from django_filters.constants import EMPTY_VALUES
from django.utils.translation import gettext_lazy as _

from partners.models import Country, GlobalGoal, Network, Partner, Sector


def country_choices(countries) -> list[tuple[str, str]]:
    """Countries as (lower-case code, name) in the active language's alphabetical order."""
    return sorted(((str(country.code).lower(), country.name) for country in countries), key=lambda item: item[1])


class StyledFilterSet(django_filters.FilterSet):
    """A filter form in NL Design System classes whose invalid fields point at their error text.

    Subclasses set choices that depend on the data in ``prepare_filters``, which runs before the
    form is built (the form is built once, from the filters as they are then).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prepare_filters()
        for name, field in self.form.fields.items():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
            else:
                widget.attrs.setdefault("class", "utrecht-textbox utrecht-textbox--html-input")
            if self.form.is_bound and name in self.form.errors:
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["aria-describedby"] = f"id_{name}-error"

    def prepare_filters(self) -> None:
        """Set data-dependent choices on ``self.filters``; called before the form exists."""


class SearchFilter(django_filters.CharFilter):
    """The list's search box: ``queryset.search(text)``; the view ranks the results by relevance."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("widget", forms.TextInput(
            attrs={"type": "search", "class": "utrecht-textbox utrecht-textbox--html-input"}))
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs if value in EMPTY_VALUES else qs.search(value)


class CountryFilter(django_filters.ChoiceFilter):
    """A country by its lower-case code, as in the country pages' URLs; the filter set gives the choices
    (``country_choices``) in ``prepare_filters``."""

    def __init__(self, *, field_name: str = "countries", **kwargs):
        kwargs.setdefault("label", _("Country"))
        kwargs.setdefault("empty_label", _("All countries"))
        super().__init__(field_name=field_name, **kwargs)

    def filter(self, qs, value):
        return qs if value in EMPTY_VALUES else qs.filter(**{f"{self.field_name}__code": value.upper()})


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
        self.filters["country"].extra["choices"] = country_choices(Country.objects.having_partners())
