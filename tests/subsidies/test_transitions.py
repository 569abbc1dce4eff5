"""Every step from every status: allowed ones move the application where STEPS says, the others are refused with a
clear message and change nothing. Plus the refusals through HTTP (409) and the database's own guards."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from subsidies import services
from subsidies.lifecycle import STEPS, TRANSITIONS
from subsidies.models import Application, Budget, Decision, Payment
from tests.subsidies.builders import confirm_data

pytestmark = pytest.mark.django_db

STAGES = [
    "draft",
    "submitted",
    "in_review",
    "proposed",
    "granted",
    "partly_granted",
    "rejected",
    "paid",
    "reported",
    "closed",
    "withdrawn",
]


def status_of(stage: str) -> str:
    return "in_review" if stage == "proposed" else stage


def perform(step: str, application: Application, people):
    """Call the service of ``step`` with valid input, as the role that takes that step."""
    today = timezone.localdate()
    return {
        "edit": lambda: services.application_save(application=application, by=people.rep),
        "submit": lambda: services.application_submit(application=application, by=people.rep),
        "withdraw": lambda: services.application_withdraw(application=application, by=people.rep),
        "review": lambda: services.review_save(application=application, by=people.civil, assessments={}),
        "propose": lambda: services.decision_propose(
            application=application, by=people.civil, outcome="grant", amount=None, motivation="Goed."
        ),
        "confirm": lambda: services.decision_confirm(application=application, by=people.civil2),
        "pay": lambda: services.payment_record(
            application=application, by=people.civil, date=today, amount=Decimal("1")
        ),
        "report": lambda: services.final_report_file(
            application=application,
            by=people.rep,
            what_was_done="Gedaan.",
            amount_spent=Decimal("100"),
            other_funding=[],
        ),
        "settle": lambda: services.final_report_settle(
            application=application, by=people.civil2, amount=application.granted_amount or Decimal("0")
        ),
    }[step]()


#: Where each allowed step leads from each stage (only "confirm" needs a proposal to exist).
EXPECTED = {
    ("edit", "draft"): "draft",
    ("submit", "draft"): "submitted",
    ("withdraw", "draft"): "withdrawn",
    ("withdraw", "submitted"): "withdrawn",
    ("withdraw", "in_review"): "withdrawn",
    ("withdraw", "proposed"): "withdrawn",
    ("review", "submitted"): "in_review",
    ("review", "in_review"): "in_review",
    ("review", "proposed"): "in_review",
    ("propose", "submitted"): "in_review",
    ("propose", "in_review"): "in_review",
    ("propose", "proposed"): "in_review",
    ("confirm", "proposed"): "granted",
    ("pay", "granted"): "paid",
    ("pay", "partly_granted"): "paid",
    ("report", "paid"): "reported",
    ("settle", "reported"): "closed",
}


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("step", list(STEPS))
def test_every_step_from_every_status(step, stage, make_application, people):
    application = make_application(stage)
    before = Application.objects.get(pk=application.pk).status
    expected = EXPECTED.get((step, stage), "refused")
    if step == "pay" and stage in ("paid", "reported", "closed"):
        # The step fits the status (instalments), but these were paid in full: the amount is refused.
        expected = "refused-nothing-payable"
    if expected is not None and expected.startswith("refused"):
        error = services.StepNotAllowed if expected == "refused" else services.ValidationError
        if step == "confirm" and stage == "in_review":
            error = services.StepNotAllowed  # no proposal yet
        with pytest.raises(error):
            perform(step, application, people)
        assert Application.objects.get(pk=application.pk).status == before
    else:
        perform(step, application, people)
        after = Application.objects.get(pk=application.pk).status
        assert after == (expected or before)
        if after != before:
            assert (before, after) in TRANSITIONS


def test_the_transition_table_holds_exactly_the_documented_flow():
    S = Application.Status
    assert TRANSITIONS == {
        (S.DRAFT, S.SUBMITTED),
        (S.DRAFT, S.WITHDRAWN),
        (S.SUBMITTED, S.WITHDRAWN),
        (S.IN_REVIEW, S.WITHDRAWN),
        (S.SUBMITTED, S.IN_REVIEW),
        (S.IN_REVIEW, S.GRANTED),
        (S.IN_REVIEW, S.PARTLY_GRANTED),
        (S.IN_REVIEW, S.REJECTED),
        (S.GRANTED, S.PAID),
        (S.PARTLY_GRANTED, S.PAID),
        (S.PAID, S.REPORTED),
        (S.REPORTED, S.CLOSED),
    }


def url(name, **kwargs):
    return reverse(f"subsidies:{name}", kwargs=kwargs)


@pytest.mark.parametrize(
    "stage, view, user, data",
    [
        ("submitted", "update", "rep", None),  # editing after submission
        ("granted", "withdraw", "rep", {}),  # withdrawing after the decision
        ("submitted", "submit", "rep", {}),  # submitting twice
        ("in_review", "payment", "civil", None),  # paying an unconfirmed grant
        ("proposed", "payment", "civil", {"date": "2026-05-01", "amount": "100"}),
        ("rejected", "payment", "civil", None),  # paying a rejection
        ("granted", "report", "rep", None),  # a final report before any payment
        ("paid", "settle", "civil", None),  # settling without a final report
        ("granted", "propose", "civil", {"outcome": "reject", "motivation": "Toch niet."}),  # deciding again
        ("closed", "review", "civil", None),
        ("granted", "confirm", "civil2", {}),  # confirming twice
    ],
)
def test_refused_steps_answer_409_with_the_reason_and_change_nothing(
    client, people, make_application, stage, view, user, data
):
    application = make_application(stage)
    budget = Budget.objects.get()
    totals = (budget.granted_total, budget.paid_total)
    client.force_login(getattr(people, user))
    response = (
        client.post(url(view, pk=application.pk), data)
        if data is not None
        else client.get(url(view, pk=application.pk))
    )
    assert response.status_code == 409
    assert "Dit kan niet bij een aanvraag met de status" in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == status_of(stage)
    budget.refresh_from_db()
    assert (budget.granted_total, budget.paid_total) == totals


def test_a_draft_cannot_be_decided_it_is_not_even_visible_to_the_office(client, people, make_application):
    application = make_application("draft")
    client.force_login(people.civil)
    for view in ("review", "propose", "confirm", "detail"):
        assert client.get(url(view, pk=application.pk)).status_code in (404, 405)
        assert client.post(url(view, pk=application.pk), {}).status_code == 404
    with pytest.raises(services.StepNotAllowed):
        services.decision_propose(
            application=application, by=people.civil, outcome="grant", amount=None, motivation="x"
        )
    assert not Decision.objects.exists()


def test_nobody_confirms_their_own_proposal_not_even_in_the_database(people, make_application):
    application = make_application("proposed")
    with pytest.raises(services.StepNotAllowed, match="Someone else|Iemand anders"):
        services.decision_confirm(application=application, by=people.civil)
    decision = Decision.objects.get(application=application)
    decision.confirmed_by, decision.confirmed_at = people.civil, timezone.now()
    with pytest.raises(IntegrityError, match="decision_four_eyes"), transaction.atomic():
        decision.save()
    assert Decision.objects.get(pk=decision.pk).confirmed_by is None


def test_the_database_refuses_more_granted_than_budgeted_and_more_paid_than_granted(scheme):
    budget = Budget.objects.get(scheme=scheme)
    with pytest.raises(IntegrityError, match="budget_granted_within_amount"), transaction.atomic():
        Budget.objects.filter(pk=budget.pk).update(granted_total=budget.amount + 1)
    with pytest.raises(IntegrityError, match="budget_paid_within_granted"), transaction.atomic():
        Budget.objects.filter(pk=budget.pk).update(paid_total=1)
    with pytest.raises(IntegrityError, match="budget_granted_not_negative"), transaction.atomic():
        Budget.objects.filter(pk=budget.pk).update(granted_total=-1)
    budget.refresh_from_db()
    assert (budget.granted_total, budget.paid_total) == (0, 0)


def test_the_database_refuses_unknown_statuses_and_a_submitted_draft(make_application):
    application = make_application("draft")
    with pytest.raises(IntegrityError, match="application_status_valid"), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(status="approved")
    with pytest.raises(IntegrityError, match="application_draft_not_submitted"), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(submitted_at=timezone.now())


def test_a_grant_beyond_the_remaining_budget_is_refused_with_a_clear_message(client, people, make_application):
    Budget.objects.update(amount=Decimal("2000"))
    first = make_application("granted", amount=Decimal("1500"))
    second = make_application("proposed", amount=Decimal("1000"))
    client.force_login(people.civil2)
    response = client.post(url("confirm", pk=second.pk), confirm_data(second))
    assert response.status_code == 409
    assert "niet genoeg budget over" in response.content.decode() and "EUR 500.00" in response.content.decode()
    assert Application.objects.get(pk=second.pk).status == "in_review"
    assert Budget.objects.get().granted_total == first.granted_amount == Decimal("1500")


def test_paying_more_than_granted_is_refused(people, make_application):
    application = make_application("granted")
    with pytest.raises(services.ValidationError):
        services.payment_record(
            application=application,
            by=people.civil,
            date=datetime.date(2026, 5, 1),
            amount=application.granted_amount + 1,
        )
    assert not Payment.objects.exists() and Budget.objects.get().paid_total == 0
