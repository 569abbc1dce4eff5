"""Template helpers of the partner pages."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def partner_count(number) -> str:
    """ "1 partner" / "12 partners" in the active language."""
    number = int(number or 0)
    return ngettext("%(counter)s partner", "%(counter)s partners", number) % {"counter": number}
