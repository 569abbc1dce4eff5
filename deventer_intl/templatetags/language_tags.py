"""Content that exists only in Dutch says so on English and German pages (WCAG 3.1.2 language of parts)."""

from django import template
from django.utils.safestring import mark_safe

from deventer_intl.i18n import active_language

register = template.Library()


@register.simple_tag
def lang_nl() -> str:
    """`` lang="nl"`` on an element holding Dutch-only text (descriptions, progress updates), except on Dutch
    pages, where it is the page's own language: ``<div{% lang_nl %}>{{ partner.description }}</div>``."""
    return "" if active_language() == "nl" else mark_safe(' lang="nl"')
