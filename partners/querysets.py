"""Reads for the partner directory: each list page does its joins here, once."""

from __future__ import annotations

import re
import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, models
from django.db.models import Count, F, Prefetch, Q, Value

#: How alike (pg_trgm similarity, 0-1) a known word must be to a query word to count as its correction.
TYPO_SIMILARITY = 0.4
#: At most this many corrections per query word, each within this margin of the closest one.
TYPO_CANDIDATES = 3
TYPO_MARGIN = 0.1


def normalise_text(text: str) -> str:
    """Lower-case, accents removed, punctuation folded to spaces: what the search columns hold."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def typo_corrections(words: list[str]) -> dict[str, list[str]]:
    """For each query word that no partner has, the most similar known words (one query for all words)."""
    if not words:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT query.word, known.word, known.score
            FROM unnest(%s::text[]) AS query(word)
            CROSS JOIN LATERAL (
                SELECT word, similarity(word, query.word) AS score FROM partners_searchword
                WHERE word %% query.word AND similarity(word, query.word) >= %s AND word <> query.word
                ORDER BY similarity(word, query.word) DESC, word
                LIMIT %s
            ) AS known
            -- A word that is known (or the start of a known word) is not a typo: leave it alone.
            WHERE NOT EXISTS (
                SELECT 1 FROM partners_searchword WHERE word LIKE query.word || '%%'
            )
            """,
            [words, TYPO_SIMILARITY, TYPO_CANDIDATES],
        )
        rows = cursor.fetchall()
    best = {}
    for word, _known, score in rows:
        best[word] = max(best.get(word, 0.0), score)
    corrections: dict[str, list[str]] = {word: [] for word in words}
    for word, known, score in rows:
        # Only the closest corrections: "schoolbankn" means "schoolbanken", not also "school".
        if score >= best[word] - TYPO_MARGIN:
            corrections[word].append(known)
    return corrections


class WithPartnersQuerySet(models.QuerySet):
    """For the things partners point at (sectors, goals, networks, countries) through ``partners``."""

    def with_partner_counts(self):
        """Each row with ``partner_count``: its published partners."""
        return self.annotate(partner_count=Count("partners", filter=Q(partners__published=True)))

    def having_partners(self):
        """Only rows with at least one published partner (a filter, no count)."""
        return self.filter(partners__published=True).distinct()


class SectorQuerySet(WithPartnersQuerySet):
    def with_partner_counts(self) -> SectorQuerySet:
        # Meta.ordering is not applied to aggregating queries: order explicitly.
        return super().with_partner_counts().order_by("order", "name_nl")

    def active_in(self, country) -> SectorQuerySet:
        """The sectors with published partners active in ``country``, each with that ``partner_count``."""
        return (
            self.filter(partners__published=True, partners__countries=country)
            .annotate(partner_count=Count("partners", distinct=True))
            .order_by("order", "name_nl")
        )


class PartnerQuerySet(models.QuerySet):
    def published(self) -> PartnerQuerySet:
        """What the public may see."""
        return self.filter(published=True)

    def for_list(self) -> PartnerQuerySet:
        """What a partner card shows, fetched in a fixed number of queries whatever the page size."""
        from partners.models import Country, GlobalGoal

        return (
            self.select_related("sector")
            .prefetch_related(
                Prefetch("countries", queryset=Country.objects.all()),
                Prefetch("global_goals", queryset=GlobalGoal.objects.all()),
            )
            .defer("search_text", "search_vector", "description")
        )

    def for_detail(self) -> PartnerQuerySet:
        """What the partner page shows, with its memberships' networks."""
        from partners.models import Membership

        return self.select_related("sector").prefetch_related(
            "countries",
            "global_goals",
            Prefetch("memberships", queryset=Membership.objects.select_related("network")),
        )

    def not_taking_part_in(self, action) -> PartnerQuerySet:
        """Partners that neither lead nor take part in ``action`` (``action`` has ``participations``), by name."""
        return (
            self.exclude(Q(pk=action.lead_partner_id) | Q(pk__in=action.participations.values("partner")))
            .order_by("name")
            .only("pk", "name")
        )

    def search(self, query: str) -> PartnerQuerySet:
        """Full-text search: Dutch stemming, accents ignored, prefixes, typos corrected; ranked.

        Every query word matches as a prefix (``roemen:*``) or as one of its typo corrections from
        the SearchWord lexicon (``ugada`` also looks for ``uganda``); all words must match. Adds
        ``search_rank`` (``ts_rank``, the name weighing most).
        """
        from partners.models import SEARCH_CONFIG

        words = normalise_text(query).split()[:10]
        if not words:
            return self.annotate(search_rank=Value(0.0, output_field=models.FloatField()))
        corrections = typo_corrections(words)
        # Words hold only [a-z0-9] (normalise_text), so they are safe inside a raw tsquery.
        terms = ["(" + " | ".join([f"{word}:*", *corrections.get(word, [])]) + ")" for word in words]
        tsquery = SearchQuery(" & ".join(terms), search_type="raw", config=SEARCH_CONFIG)
        return self.filter(search_vector=tsquery).annotate(search_rank=SearchRank(F("search_vector"), tsquery))


class RelationQuerySet(models.QuerySet):
    """Reads for the strategic index; the counts of actions, events and subsidies are composed in deventer_intl."""

    def for_list(self) -> RelationQuerySet:
        """What a row of the index shows of the relation itself."""
        return self.select_related("country").defer("description")

    def with_partner_counts(self) -> RelationQuerySet:
        """``partner_count``: the published local partners involved (a subquery, so other counts do not multiply)."""
        from partners.models import RelationPartner

        partners = (
            RelationPartner.objects.filter(relation=models.OuterRef("pk"), partner__published=True)
            .order_by()
            .values("relation")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            partner_count=models.functions.Coalesce(models.Subquery(partners), 0, output_field=models.IntegerField())
        )
