from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def money(value) -> str:
    """EUR with two decimals, grouped the way the active language writes numbers ("€ 1.234,50" in Dutch)."""
    if value is None or value == "":
        return "–"
    return f"€\u00a0{number_format(value, 2, force_grouping=True)}"


@register.filter
def overdue(application, today) -> bool:
    return application.is_overdue(today)


@register.filter
def age(application, today):
    days = application.age_days(today)
    return "–" if days is None else days
