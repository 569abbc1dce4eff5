from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def is_stale(action, today=None) -> bool:
    return action.is_stale(today)


@register.filter
def action_count(count: int) -> str:
    return ngettext("{count} action", "{count} actions", count).format(count=count)
