"""One way to read a per-language field: ``<base>_nl`` (required), ``<base>_en``, ``<base>_de``."""

from __future__ import annotations

from django.utils import translation


def active_language() -> str:
    """The active language's two-letter code; Dutch when none is active."""
    return (translation.get_language() or "nl")[:2]


def translated(obj, base: str) -> str:
    """``obj.<base>_<active language>``, falling back to the Dutch text when that one is empty or absent."""
    return getattr(obj, f"{base}_{active_language()}", "") or getattr(obj, f"{base}_nl")


class Translated:
    """Mixin for models with per-language fields: ``self.translated("purpose")``."""

    def translated(self, base: str) -> str:
        return translated(self, base)
