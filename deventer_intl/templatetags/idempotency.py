from django import template
from django.utils.html import format_html

from deventer_intl.idempotency import FIELD, new_token

register = template.Library()


@register.simple_tag
def form_token():
    """The one-time token of this rendered form (see ``deventer_intl.idempotency``)."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_token())
