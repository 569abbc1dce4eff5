from django import template
from django.utils.formats import number_format

from deventer_intl.i18n import active_language

register = template.Library()


@register.filter
def money(value) -> str:
    """EUR with two decimals, written the way the active language writes money: "€ 1.234,50" in Dutch,
    "€1,234.50" in English, "1.234,50 €" in German (the spaces do not break)."""
    if value is None or value == "":
        return "–"
    number = number_format(value, 2, force_grouping=True)
    language = active_language()
    if language == "de":
        return f"{number}\u00a0€"
    if language == "en":
        return f"€{number}"
    return f"€\u00a0{number}"


@register.filter
def overdue(application, today) -> bool:
    return application.is_overdue(today)


@register.filter
def age(application, today):
    days = application.age_days(today)
    return "–" if days is None else days


@register.filter
def grouped(value) -> str:
    """A whole number grouped the way the active language writes it ("10.500" in Dutch, "10,500" in English)."""
    if value is None or value == "":
        return "–"
    return number_format(value, force_grouping=True)
