"""Writes with side effects for the partner core."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import translation

from partners.models import Partner, SearchWord
from partners.querysets import normalise_text


def _search_text(partner: Partner) -> str:
    parts = [partner.name, partner.description, partner.get_kind_display()]
    for language in ("nl", "en", "de"):
        with translation.override(language):
            parts.append(partner.sector.name)
            parts.append(str(Partner.Kind(partner.kind).label))
            parts.extend(country.name for country in partner.countries.all())
            parts.extend(goal.name for goal in partner.global_goals.all())
    parts.extend(membership.network.name for membership in partner.memberships.all())
    return normalise_text(" ".join(parts))


@transaction.atomic
def partners_refresh_search(*, partner_ids: Iterable[int] | None = None) -> int:
    """Rebuild the denormalised search text of the given partners (all when None); returns how many."""
    partners = Partner.objects.select_related("sector").prefetch_related(
        "countries", "global_goals", "memberships__network"
    )
    if partner_ids is not None:
        partners = partners.filter(pk__in=list(partner_ids))
    changed = []
    for partner in partners:
        text = _search_text(partner)
        if text != partner.search_text:
            partner.search_text = text
            changed.append(partner)
    Partner.objects.bulk_update(changed, ["search_text"], batch_size=500)
    words = {word for partner in changed for word in partner.search_text.split() if 2 < len(word) <= 100}
    SearchWord.objects.bulk_create([SearchWord(word=word) for word in words], ignore_conflicts=True, batch_size=1000)
    return len(changed)
