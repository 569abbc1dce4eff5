"""Writes on subsidies: each one atomic, checked against the life cycle (``models.STEPS``), recorded in history."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history

from subsidies.models import (
    STEPS,
    Application,
    Attachment,
    Budget,
    Criterion,
    CriterionAssessment,
    Decision,
    FinalReport,
    OtherFunding,
    Payment,
    Review,
)

S = Application.Status

#: E-mail subjects, translated when sent (in the applicant's language).
SUBJECTS = {
    "received": gettext_noop("We received your application {reference}"),
    "decided": gettext_noop("Decision on your application {reference}"),
    "report_due": gettext_noop("Your final report for {reference} is due"),
}


class StepNotAllowed(Exception):
    """The step does not fit the application's status (e.g. deciding a draft); nothing was written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BudgetExceeded(StepNotAllowed):
    """Confirming the grant would reserve more than the year's budget has left; nothing was written."""


def _lock(application: Application) -> Application:
    """The application's row, locked for this transaction and read afresh."""
    return Application.objects.select_for_update().get(pk=application.pk)


def _check_step(application: Application, step: str) -> str | None:
    starts, target = STEPS[step]
    if application.status not in starts:
        raise StepNotAllowed(_("This is not possible for an application that is {status}.").format(
            status=application.get_status_display()))
    return target


def _move(application: Application, target: str | None, *, by) -> None:
    if target and target != application.status:
        application.status = target
    application._history_user = by
    application.save()


def _send(application: Application, *, template: str, context: dict | None = None) -> None:
    """Mail the applicant in the language they applied in."""
    user = application.applicant
    if user is None or not user.email:
        return
    with translation.override(application.language):
        body = render_to_string(f"subsidies/email/{template}.txt", {"application": application, **(context or {})})
        send_mail(subject=_(SUBJECTS[template]).format(reference=application.reference, title=application.title),
                  message=body, from_email=None, recipient_list=[user.email])


def _save_children(application: Application, *, by, other_funding=None, attachments=()) -> None:
    if other_funding is not None:
        kind, rows = other_funding
        application.other_funding.filter(kind=kind).delete()
        bulk_create_with_history(
            [OtherFunding(application=application, kind=kind, source=source, amount=amount) for source, amount in rows],
            OtherFunding, default_user=by)
    for kind, upload, safe_name in attachments:
        attachment = Attachment(application=application, kind=kind, original_name=safe_name, uploaded_by=by)
        attachment.file.save(safe_name, upload, save=False)
        attachment._history_user = by
        attachment.save()


@transaction.atomic
def application_save(*, application: Application, by, goals=None, other_funding=None, attachments=()) -> Application:
    """Create or update a draft with its goals, expected other funding and new attachments.

    ``other_funding`` is a list of (source, amount); ``attachments`` of (kind, upload, safe name).
    """
    if application.pk:
        current = _lock(application)
        _check_step(current, "edit")
    else:
        application.status = S.DRAFT
    application.full_clean(exclude=["global_goals"])
    application._history_user = by
    application.save()
    if goals is not None:
        application.global_goals.set(goals)
    _save_children(application, by=by, other_funding=(OtherFunding.Kind.EXPECTED, other_funding)
                   if other_funding is not None else None, attachments=attachments)
    return application


@transaction.atomic
def attachment_delete(*, attachment: Attachment, by) -> None:
    """Remove a document from a draft; the file goes once the transaction has committed (history keeps the row)."""
    locked = _lock(attachment.application)
    _check_step(locked, "edit")
    stored = attachment.file.name
    storage = attachment.file.storage
    attachment._history_user = by
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(stored))


@transaction.atomic
def application_submit(*, application: Application, by, now: datetime.datetime | None = None) -> Application:
    """Submit a draft: the scheme must be open and a project plan and budget attached; mails a receipt."""
    locked = _lock(application)
    target = _check_step(locked, "submit")
    now = now or timezone.now()
    if not locked.scheme.is_open(timezone.localdate(now)):
        raise StepNotAllowed(_("The scheme {scheme} is not open for applications now.").format(scheme=locked.scheme))
    if locked.amount_requested > locked.scheme.max_amount:
        raise StepNotAllowed(_("The scheme gives at most EUR {max} per application.").format(
            max=locked.scheme.max_amount))
    kinds = set(locked.attachments.values_list("kind", flat=True))
    missing = [str(label) for kind, label in Attachment.Kind.choices
               if kind in (Attachment.Kind.PLAN, Attachment.Kind.BUDGET) and kind not in kinds]
    if missing:
        raise StepNotAllowed(_("Attach these documents before submitting: {missing}.").format(
            missing=", ".join(missing)))
    locked.submitted_at = now
    # The budget year is the year of submission: a draft begun in December and sent in January counts for January.
    locked.year = timezone.localdate(now).year
    _move(locked, target, by=by)
    transaction.on_commit(lambda: _send(locked, template="received"))
    return locked


@transaction.atomic
def application_withdraw(*, application: Application, by) -> Application:
    """The applicant withdraws the application, before a decision."""
    locked = _lock(application)
    _move(locked, _check_step(locked, "withdraw"), by=by)
    return locked


@transaction.atomic
def review_save(*, application: Application, by, assessments: dict[int, tuple[bool | None, str]],
                note: str = "") -> Review:
    """Record the assessment per criterion (met / not met / open, with a note); the application is then in review."""
    locked = _lock(application)
    target = _check_step(locked, "review")
    review, _created = Review.objects.get_or_create(application=locked, defaults={"reviewer": by})
    review.reviewer, review.note = by, note
    review._history_user = by
    review.save()
    criteria = {criterion.pk for criterion in Criterion.objects.filter(scheme=locked.scheme_id)}
    for criterion_id, (met, text) in assessments.items():
        if criterion_id not in criteria:
            raise ValidationError(_("That criterion is not one of this scheme's."), code="criterion")
        item, _created = CriterionAssessment.objects.get_or_create(review=review, criterion_id=criterion_id)
        item.met, item.note = met, text
        item._history_user = by
        item.save()
    _move(locked, target, by=by)
    return review


@transaction.atomic
def decision_propose(*, application: Application, by, outcome: str, amount: Decimal | None,
                     motivation: str) -> Decision:
    """Propose (or replace an unconfirmed proposal for) a decision; it takes effect when someone else confirms it."""
    locked = _lock(application)
    target = _check_step(locked, "propose")
    if outcome == Decision.Outcome.GRANT:
        amount = locked.amount_requested
    elif outcome == Decision.Outcome.REJECT:
        amount = Decimal("0")
    elif amount is None or amount <= 0 or amount >= locked.amount_requested:
        raise ValidationError(_("A grant in part is more than 0 and less than the EUR {requested} requested.").format(
            requested=locked.amount_requested), code="partial_amount")
    if amount > locked.scheme.max_amount:
        raise ValidationError(_("The scheme gives at most EUR {max} per application.").format(
            max=locked.scheme.max_amount), code="above_max")
    decision = Decision.objects.filter(application=locked).first() or Decision(application=locked)
    decision.outcome, decision.amount, decision.motivation = outcome, amount, motivation
    decision.proposed_by, decision.proposed_at = by, timezone.now()
    decision.confirmed_by, decision.confirmed_at = None, None
    decision._history_user = by
    decision.save()
    _move(locked, target, by=by)
    return decision


def decision_confirm(*, application: Application, by, seen: datetime.datetime | None = None) -> Application:
    """Confirm another person's proposal: a grant reserves budget under a row lock; mails the decision.

    ``seen`` is the ``proposed_at`` of the proposal the confirmer was shown (the pages always pass it): when the
    proposal was replaced since, nothing is confirmed, so nobody confirms a decision they did not see.
    """
    try:
        with transaction.atomic():
            return _decision_confirm(application=application, by=by, seen=seen)
    except IntegrityError as error:
        # The CHECK constraints are the last line of defence (budget, four eyes): same clear message.
        if "budget_granted_within_amount" in str(error):
            raise BudgetExceeded(_("There is not enough budget left for this grant.")) from None
        if "decision_four_eyes" in str(error):
            raise StepNotAllowed(_("Someone else must confirm your own proposal.")) from None
        raise


def _decision_confirm(*, application: Application, by, seen: datetime.datetime | None) -> Application:
    locked = _lock(application)
    _check_step(locked, "confirm")
    decision = Decision.objects.select_for_update().filter(application=locked).first()
    if decision is None:
        raise StepNotAllowed(_("There is no proposed decision to confirm."))
    if decision.is_confirmed:
        raise StepNotAllowed(_("This decision was confirmed already."))
    if decision.proposed_by_id == by.pk:
        raise StepNotAllowed(_("Someone else must confirm your own proposal."))
    if seen is not None and seen != decision.proposed_at:
        raise StepNotAllowed(_("The proposed decision was changed after you opened the page. Read it again "
                               "before you confirm it."))
    if decision.outcome != Decision.Outcome.REJECT:
        budget = Budget.objects.select_for_update().filter(scheme=locked.scheme_id, year=locked.year).first()
        if budget is None:
            raise BudgetExceeded(_("The scheme has no budget for {year}.").format(year=locked.year))
        if budget.remaining < decision.amount:
            raise BudgetExceeded(_(
                "There is not enough budget left for this grant: EUR {remaining} of the {year} budget remains, "
                "EUR {amount} was proposed.").format(remaining=budget.remaining, year=budget.year,
                                                     amount=decision.amount))
        Budget.objects.filter(pk=budget.pk).update(granted_total=F("granted_total") + decision.amount)
        locked.granted_amount = decision.amount
    decision.confirmed_by, decision.confirmed_at = by, timezone.now()
    decision._history_user = by
    decision.save()
    locked.decided_at = decision.confirmed_at
    target = {Decision.Outcome.GRANT: S.GRANTED, Decision.Outcome.PARTIAL: S.PARTLY_GRANTED,
              Decision.Outcome.REJECT: S.REJECTED}[decision.outcome]
    _move(locked, target, by=by)
    transaction.on_commit(lambda: _send(locked, template="decided", context={"decision": decision}))
    return locked


@transaction.atomic
def payment_record(*, application: Application, by, date: datetime.date, amount: Decimal) -> Payment:
    """Record money paid on a confirmed grant; never more than granted (or settled)."""
    locked = _lock(application)
    _check_step(locked, "pay")
    if amount is None or amount <= 0:
        raise ValidationError(_("A payment is more than EUR 0."), code="amount")
    if amount > locked.payable:
        raise ValidationError(_("At most EUR {payable} remains to be paid on this grant.").format(
            payable=locked.payable), code="too_much")
    payment = Payment(application=locked, date=date, amount=amount, recorded_by=by)
    payment._history_user = by
    payment.save()
    Budget.objects.filter(scheme=locked.scheme_id, year=locked.year).update(paid_total=F("paid_total") + amount)
    _move(locked, S.PAID if locked.status in (S.GRANTED, S.PARTLY_GRANTED) else None, by=by)
    return payment


@transaction.atomic
def final_report_file(*, application: Application, by, what_was_done: str, amount_spent: Decimal,
                      other_funding: list[tuple[str, Decimal]], attachments=()) -> FinalReport:
    """The applicant accounts for the project: what was done, money spent, other funding actually raised."""
    locked = _lock(application)
    target = _check_step(locked, "report")
    if amount_spent is None or amount_spent < 0:
        raise ValidationError(_("The money spent cannot be negative."), code="spent")
    report = FinalReport(application=locked, what_was_done=what_was_done, amount_spent=amount_spent, filed_by=by)
    report._history_user = by
    report.save()
    _save_children(locked, by=by, other_funding=(OtherFunding.Kind.ACTUAL, other_funding), attachments=attachments)
    _move(locked, target, by=by)
    return report


@transaction.atomic
def final_report_settle(*, application: Application, by, amount: Decimal, note: str = "") -> Application:
    """Fix the definitive amount (at most the grant); what was granted but not settled returns to the budget."""
    locked = _lock(application)
    target = _check_step(locked, "settle")
    if amount is None or amount < 0 or amount > locked.granted_amount:
        raise ValidationError(_("The definitive amount is between EUR 0 and the EUR {granted} granted.").format(
            granted=locked.granted_amount), code="settle_amount")
    returned = locked.granted_amount - amount
    overpaid = max(locked.amount_paid - amount, Decimal("0"))
    if overpaid:
        # Paid more than the definitive amount: the difference is reclaimed, recorded as a negative payment.
        refund = Payment(application=locked, date=timezone.localdate(), amount=-overpaid, recorded_by=by)
        refund._history_user = by
        refund.save()
    Budget.objects.filter(scheme=locked.scheme_id, year=locked.year).update(
        paid_total=F("paid_total") - overpaid, granted_total=F("granted_total") - returned)
    report = FinalReport.objects.select_for_update().get(application=locked)
    report.settled_by, report.settled_at, report.settlement_note = by, timezone.now(), note
    report._history_user = by
    report.save()
    locked.settled_amount = amount
    _move(locked, target, by=by)
    return locked


def reminders_send(*, today: datetime.date | None = None) -> int:
    """Mail every applicant whose project has ended that the final report is due (by ``report_due``), once per
    application; returns how many were sent.

    Only paid grants: a final report can be filed from "paid" on (``STEPS["report"]``), so an unpaid grant is
    reminded on the first run after its payment is recorded.
    """
    today = today or timezone.localdate()
    candidates = Application.objects.filter(
        status__in=STEPS["report"][0], end_date__lt=today, report_reminder_sent_at__isnull=True,
    ).select_related("applicant").order_by("pk")
    sent = 0
    for application in candidates:
        with transaction.atomic():
            # Claim the row first, so two cron runs at once never mail twice.
            claimed = Application.objects.filter(pk=application.pk, report_reminder_sent_at__isnull=True).update(
                report_reminder_sent_at=timezone.now())
            if not claimed:
                continue
            _send(application, template="report_due")
            sent += 1
    return sent


def budget_recount(*, scheme, year: int) -> None:
    """Set a budget's granted and paid totals from its applications (after an import of historic ones).

    Raises ValidationError when the applications hold more than the budget (nothing is written).
    """
    from django.db.models import Sum
    from django.db.models.functions import Coalesce

    from subsidies.models import GRANTED

    budget = Budget.objects.select_for_update().filter(scheme=scheme, year=year).first()
    if budget is None:
        return
    applications = Application.objects.filter(scheme=scheme, year=year, status__in=GRANTED)
    granted = sum(((app.settled_amount if app.settled_amount is not None else app.granted_amount) or Decimal("0")
                   for app in applications), Decimal("0"))
    paid = Payment.objects.filter(application__in=applications).aggregate(total=Coalesce(Sum("amount"), Decimal("0")))[
        "total"]
    if granted > budget.amount:
        raise ValidationError(_("The grants of {year} (EUR {granted}) exceed the budget of EUR {amount}.").format(
            year=year, granted=granted, amount=budget.amount), code="budget")
    if paid > granted:
        raise ValidationError(_("The payments of {year} (EUR {paid}) exceed the grants (EUR {granted}).").format(
            year=year, paid=paid, granted=granted), code="paid")
    Budget.objects.filter(pk=budget.pk).update(granted_total=granted, paid_total=paid)
