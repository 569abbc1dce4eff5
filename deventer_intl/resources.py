"""What every spreadsheet export shares (django-import-export): text nobody can turn into a formula.

import-export's own ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` drops only one leading "=": "==1+1" stays a
formula, and "+", "-" and "@" start one too. Titles, names and descriptions are typed by ambassadors,
partners and visitors, and the office opens the exports in Excel, so every export resource quotes them.
"""

from __future__ import annotations

import re

from import_export import resources

#: A cell starting with one of these is run as a formula by a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@")
#: A number as the widgets write it ("-12.50", "1,234"): a spreadsheet reads it as a number, not a formula.
NUMBER = re.compile(r"-?[\d.,]+")


def formula_safe(value):
    """Text with a quote before it when a spreadsheet would run it as a formula; numbers (also written as
    text, e.g. a negative amount), dates and empty cells as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


class FormulaSafeResource(resources.ModelResource):
    """A model resource whose exported text cells never run as a formula (see ``formula_safe``)."""

    def export_field(self, field, instance, **kwargs):
        return formula_safe(super().export_field(field, instance, **kwargs))
