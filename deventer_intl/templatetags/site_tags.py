import rules
from django import template

register = template.Library()


@register.filter
def minutes(delta) -> int:
    """A timedelta in whole minutes (at least 1)."""
    return max(1, int(delta.total_seconds() // 60)) if delta else 0


@register.simple_tag
def may(perm: str, user, obj=None) -> bool:
    """``{% may "events.view_my_events" user as flag %}``: asks the app's rules (django-rules) directly.

    ``user.has_perm`` (and so ``perms.*`` and rules' own ``has_perm`` tag) also asks Django's
    model-permission backend when a rule says no, which costs two queries on every page.
    """
    return rules.has_perm(perm, user, obj)


@register.simple_tag
def figure_value(values: dict, column) -> str:
    """A figure's number in ``column`` as the pages print it (``deventer_intl.charts.format_value``)."""
    from deventer_intl.charts import format_value

    return format_value(values.get(column.key), column.kind)
