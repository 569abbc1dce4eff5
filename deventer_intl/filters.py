"""The filter sets every list shares: NL Design System classes, the search box and the country filter.

Every choice lives in the URL, so a filtered list can be shared; ``deventer_intl.views.SearchableFilterView``
shows them.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES


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
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"type": "search", "class": "utrecht-textbox utrecht-textbox--html-input"})
        )
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs if value in EMPTY_VALUES else qs.search(value)


class CountryCodeField(django_filters.fields.ChoiceField):
    """A country code in any case: ``?country=RO`` is ``?country=ro``."""

    def to_python(self, value):
        return super().to_python(value).strip().lower()


class CountryFilter(django_filters.ChoiceFilter):
    """A country by its lower-case code, as in the country pages' URLs (any case accepted); the filter set gives
    the choices (``country_choices``) in ``prepare_filters``."""

    field_class = CountryCodeField

    def __init__(self, *, field_name: str = "countries", **kwargs):
        kwargs.setdefault("label", _("Country"))
        kwargs.setdefault("empty_label", _("All countries"))
        super().__init__(field_name=field_name, **kwargs)

    def filter(self, qs, value):
        return qs if value in EMPTY_VALUES else qs.filter(**{f"{self.field_name}__code": value.upper()})
