"""Reads for the partner directory: each list page does its joins here, once."""

from __future__ import annotations

import re
import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import models
from django.db.models import Count, F, Prefetch, Q, Value
from django.db.models.functions import Greatest


def normalise_text(text: str) -> str:
    """Lower-case, accents removed, punctuation folded to spaces: what the search columns hold."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


class SectorQuerySet(models.QuerySet):
    def with_partner_counts(self) -> SectorQuerySet:
        """Each sector with ``partner_count``: its published partners."""
        # Meta.ordering is not applied to aggregating queries: order explicitly.
        return self.annotate(partner_count=Count("partners", filter=Q(partners__published=True))).order_by(
            "order", "name_nl"
        )


class PartnerQuerySet(models.QuerySet):
    def published(self) -> PartnerQuerySet:
        return self.filter(published=True)

    def for_list(self) -> PartnerQuerySet:
        """What a partner card shows, fetched in a fixed number of queries whatever the page size."""
        from partners.models import Country, GlobalGoal

        return self.select_related("sector").prefetch_related(
            Prefetch("countries", queryset=Country.objects.all()),
            Prefetch("global_goals", queryset=GlobalGoal.objects.all()),
        ).defer("search_text", "description")

    def for_detail(self) -> PartnerQuerySet:
        from partners.models import Membership

        return self.select_related("sector").prefetch_related(
            "countries",
            "global_goals",
            Prefetch("memberships", queryset=Membership.objects.select_related("network")),
        )

    def search(self, query: str) -> PartnerQuerySet:
        """Full-text search (Dutch stemming, accents ignored, prefixes) plus pg_trgm typo tolerance, ranked.

        Adds ``search_rank``; callers that want relevance order use ``order_by("-search_rank", "name")``.
        """
        from partners.models import SEARCH_CONFIG

        words = normalise_text(query).split()
        if not words:
            return self.annotate(search_rank=Value(0.0, output_field=models.FloatField()))
        text = " ".join(words)
        tsquery = SearchQuery(" & ".join(f"{word}:*" for word in words), search_type="raw", config=SEARCH_CONFIG)
        return (
            self.filter(Q(search_vector=tsquery) | Q(search_text__trigram_word_similar=text))
            .annotate(
                search_rank=Greatest(
                    SearchRank(F("search_vector"), tsquery),
                    TrigramWordSimilarity(Value(text), "search_text") * Value(0.5),
                )
            )
        )
