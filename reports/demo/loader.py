"""Loads the demo texts of the progress report (data.py); idempotent (keyed by period, section and sector)."""

from __future__ import annotations

from django.db import transaction

from partners.models import Sector
from reports.demo import data
from reports.models import ReportText, Section


@transaction.atomic
def load() -> dict[str, int]:
    """Create or update the demo report texts."""
    start, end = data.PERIOD
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    count = 0
    for key, text in data.TEXTS.items():
        if isinstance(key, tuple):
            sector = sectors.get(key[1])
            if sector is None:
                continue
            lookup = {"section": Section.SECTOR, "sector": sector}
        else:
            lookup = {"section": key, "sector": None}
        ReportText.objects.update_or_create(start_year=start, end_year=end, **lookup, defaults={"text_nl": text})
        count += 1
    return {"texts": count}
