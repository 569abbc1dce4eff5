"""The filter sets every list shares: NL Design System classes, the search box and the country filter.

Every choice lives in the URL, so a filtered list can be shared; ``deventer_intl.views.SearchableFilterView``
shows them.
"""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES


def country_choices(countries) -> list[tuple[str, str]]:
    """Countries as (lower-case code, name) in the active language's alphabetical order."""
    return sorted(((str(country.code).lower(), country.name) for country in countries), key=lambda item: item[1])


def remembered_country_choices(name: str, countries) -> list[tuple[str, str]]:
    """``country_choices`` of a country queryset whose codes are kept in the shared cache until any edit: the
    lists' DISTINCT over every public row ran on each request (tens of ms at 20,000 rows)."""
    from deventer_intl.cache import remember
    from partners.models import Country

    codes = remember(f"country-codes:{name}", lambda: [str(code) for code in countries.values_list("code", flat=True)])
    return country_choices(Country(code=code) for code in codes)


class QuickSelect(forms.Select):
    """A single select whose options are written in Python: the same HTML as Django's template-per-option
    rendering, which took a third of a list page's time for the filters' long lists (countries, organisers)."""

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        chosen = {str(item) for item in self.format_value(value)}
        options = []
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            selected = " selected" if option_value in chosen else ""
            options.append(f'<option value="{escape(option_value)}"{selected}>{escape(label)}</option>')
        return mark_safe(f"<select{flatatt(final)}>{''.join(options)}</select>")


class StyledFilterSet(django_filters.FilterSet):
    """A filter form in NL Design System classes; Django points invalid fields at their error text.

    Subclasses set choices that depend on the data in ``prepare_filters``, which runs before the
    form is built (the form is built once, from the filters as they are then).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prepare_filters()
        for field in self.form.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"
            elif isinstance(widget, forms.Select):
                if type(widget) is forms.Select:
                    field.widget = widget = QuickSelect(attrs=widget.attrs, choices=widget.choices)
                widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
            else:
                widget.attrs.setdefault("class", "utrecht-textbox utrecht-textbox--html-input")

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
