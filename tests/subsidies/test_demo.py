"""The demo subsidies: the seeds' three schemes and budgets for two years, about 25 grants a year across the
directory, all within budget, and the partner-roemenie login with a draft and a granted application."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone

from subsidies.lifecycle import GRANTED
from subsidies.models import Application, Budget, Decision, FinalReport, Scheme

pytestmark = pytest.mark.django_db


def test_load_demo_loads_the_subsidies_within_budget_and_is_idempotent(client, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    call_command("load_demo")
    this_year = timezone.localdate().year
    assert {
        scheme.slug: [int(b.amount) for b in scheme.budgets.order_by("year")] for scheme in Scheme.objects.all()
    } == {
        "internationale-samenwerking": [43000, 43000],
        "publieksevenementen": [5400, 5400],
        "trade-office": [10000, 10000],
    }
    assert set(Budget.objects.values_list("year", flat=True)) == {this_year - 1, this_year}
    for year in (this_year - 1, this_year):
        ngo = Application.objects.filter(scheme__slug="internationale-samenwerking", year=year)
        assert 22 <= ngo.filter(status__in=GRANTED).count() <= 28
        assert ngo.filter(status="rejected").exists()
        assert ngo.values("partner").distinct().count() >= 25
    assert FinalReport.objects.filter(settled_at__isnull=False).exists()
    assert FinalReport.objects.filter(settled_at__isnull=True).exists()
    assert Application.objects.filter(status__in=["submitted", "in_review"]).exists()
    assert Decision.objects.filter(confirmed_by__isnull=True).exists()
    # The budgets' totals agree with the applications and stay within the budget.
    for budget in Budget.objects.all():
        grants = Application.objects.filter(scheme=budget.scheme, year=budget.year, status__in=GRANTED)
        expected = sum((a.settled_amount if a.settled_amount is not None else a.granted_amount) for a in grants)
        assert budget.granted_total == expected <= budget.amount
        paid = grants.aggregate(total=Sum("payments__amount"))["total"] or Decimal("0")
        assert budget.paid_total == paid <= budget.granted_total
    # The demo representative has a draft and a granted application this year.
    roemenie = Application.objects.filter(partner__slug="deventer-roemenie", year=this_year)
    assert set(roemenie.values_list("status", flat=True)) == {"draft", "granted"}
    assert roemenie.get(status="granted").applicant.username == "partner-roemenie"
    counts = (Application.objects.count(), Scheme.objects.count(), Budget.objects.count())
    call_command("load_demo")
    assert (Application.objects.count(), Scheme.objects.count(), Budget.objects.count()) == counts
    # Both civil servants exist, so a demo decision can be confirmed by "the other one".
    client.force_login(Decision.objects.filter(confirmed_by__isnull=True).first().proposed_by)
    assert client.get(reverse("subsidies:list")).status_code == 200


def test_load_demo_if_empty_leaves_existing_schemes_alone(settings, tmp_path, scheme):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    call_command("load_demo", "--if-empty")
    assert list(Scheme.objects.values_list("slug", flat=True)) == ["internationale-samenwerking"]
    assert not Application.objects.exists()
