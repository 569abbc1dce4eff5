from django import template

register = template.Library()


@register.filter
def minutes(delta) -> int:
    """A timedelta in whole minutes (at least 1)."""
    return max(1, int(delta.total_seconds() // 60)) if delta else 0
