"""Reads for subsidies: scoping to a user, list joins, the budget view and the figures."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from deventer_intl.roles import is_partner_representative, links


def represented_partner_ids(user) -> frozenset[int]:
    """The organisations ``user`` applies for: only as a partner representative (an ambassador's link is not enough)."""
    return links(user).partner_ids if is_partner_representative(user) else frozenset()


class ApplicationQuerySet(models.QuerySet):
    def of_organisations_of(self, user) -> ApplicationQuerySet:
        """Applications of the organisations ``user`` represents, drafts included (``subsidies.edit_application``)."""
        from subsidies.permissions import applicant

        return applicant.filter(self, user)

    def visible_to(self, user) -> ApplicationQuerySet:
        """The rule ``subsidies.see_application``: the own organisation's, or every submitted one for the office."""
        from subsidies.permissions import can_see_application

        return can_see_application.filter(self, user)

    def in_queue(self) -> ApplicationQuerySet:
        """What the office works on: everything submitted, not drafts (``lifecycle.PRIVATE``)."""
        from subsidies.lifecycle import PRIVATE

        return self.exclude(status__in=PRIVATE)

    def awaiting_confirmation_by(self, user) -> ApplicationQuerySet:
        """Decisions another civil servant proposed that ``user`` may confirm (four eyes): unconfirmed, from a
        status the confirm step starts from (``lifecycle.STEPS``), not proposed by ``user``."""
        from subsidies.lifecycle import STEPS

        return self.filter(
            status__in=STEPS["confirm"].sources, decision__isnull=False, decision__confirmed_at__isnull=True
        ).exclude(decision__proposed_by=user)

    def awaiting_decision(self) -> ApplicationQuerySet:
        """Applications the office owes a decision (``lifecycle.AWAITING_DECISION``)."""
        from subsidies.lifecycle import AWAITING_DECISION

        return self.filter(status__in=AWAITING_DECISION)

    def counted(self) -> ApplicationQuerySet:
        """Applications the figures count: submitted and not withdrawn (``lifecycle.COUNTED``)."""
        from subsidies.lifecycle import COUNTED

        return self.filter(status__in=COUNTED)

    def for_list(self) -> ApplicationQuerySet:
        """What a row shows, in a fixed number of queries whatever the page size."""
        return self.select_related("partner", "scheme", "country", "decision").defer(
            # A row needs names and amounts; long texts would widen every sorted row.
            "description",
            "partner__description",
            "partner__search_text",
            "partner__search_vector",
            "scheme__purpose_nl",
            "scheme__purpose_en",
            "scheme__purpose_de",
            "decision__motivation",
        )

    def for_detail(self) -> ApplicationQuerySet:
        from subsidies.models import Answer, CriterionAssessment, OtherFunding

        return self.select_related(
            "partner",
            "scheme",
            "country",
            "applicant",
            "decision",
            "decision__proposed_by",
            "decision__confirmed_by",
            "final_report",
            "review",
        ).prefetch_related(
            "global_goals",
            "attachments",
            "payments",
            "scheme__criteria",
            "scheme__questions",
            models.Prefetch("answers", queryset=Answer.objects.select_related("question")),
            models.Prefetch("other_funding", queryset=OtherFunding.objects.order_by("kind", "pk")),
            models.Prefetch("review__assessments", queryset=CriterionAssessment.objects.select_related("criterion")),
        )


class SchemeQuerySet(models.QuerySet):
    def open_on(self, day, *, keep: int | None = None) -> SchemeQuerySet:
        """Schemes taking applications on ``day`` (the same test as ``Scheme.is_open``), plus ``keep`` if given."""
        condition = Q(opens_on__lte=day) & (Q(closes_on__isnull=True) | Q(closes_on__gte=day))
        if keep:
            condition |= Q(pk=keep)
        return self.filter(condition).order_by("name_nl")


class BudgetQuerySet(models.QuerySet):
    def for_view(self) -> BudgetQuerySet:
        """Each budget with the total requested by the submitted applications of its scheme and year: one query."""
        from subsidies.models import Application

        requested = (
            Application.objects.counted()
            .filter(
                scheme=models.OuterRef("scheme"),
                year=models.OuterRef("year"),
            )
            .order_by()
            .values("scheme")
            .annotate(total=models.Sum("amount_requested"))
            .values("total")
        )
        return (
            self.select_related("scheme")
            .annotate(
                requested=models.functions.Coalesce(
                    models.Subquery(requested), models.Value(0), output_field=models.DecimalField()
                ),
            )
            .order_by("-year", "scheme__name_nl")
        )
