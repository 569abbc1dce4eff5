"""Writes on subsidies: each one atomic, checked against the life cycle (``lifecycle.STEPS``), recorded in history.

Services take plain values (keyword-only), never forms or requests: the views turn form data into these values.
"""

from __future__ import annotations

import datetime
import logging
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history

from deventer_intl.history import by_user
from subsidies.lifecycle import GRANTED, STEPS, above_maximum, not_admitted, refusal, submit_blockers
from subsidies.models import (
    Answer,
    Application,
    Attachment,
    Budget,
    Criterion,
    CriterionAssessment,
    Decision,
    FinalReport,
    Letter,
    OtherFunding,
    Payment,
    Review,
)

logger = logging.getLogger(__name__)

#: E-mail subjects, translated when sent (in the applicant's language).
SUBJECTS = {
    "received": gettext_noop("We received your application {reference}"),
    "decided": gettext_noop("Decision on your application {reference}"),
    "report_due": gettext_noop("Your final report for {reference} is due"),
    "settled": gettext_noop("Settlement of your subsidy {reference}"),
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
    """The status ``step`` leads to from the application's (None: it stays, or it depends on a decision's outcome);
    refused when the status does not fit."""
    if not STEPS[step].fits(application):
        raise StepNotAllowed(refusal(application, step))
    return STEPS[step].target(application.status)


def _move(application: Application, target: str | None, *, by) -> None:
    if target and target != application.status:
        application.status = target
    by_user(application, by).save()


def _send(application: Application, *, template: str, context: dict | None = None, letters=()) -> None:
    """Mail the applicant in the language they applied in, with ``letters`` (stored ``Letter`` PDFs) attached."""
    user = application.applicant
    if user is None or not user.email:
        return
    with translation.override(application.language):
        body = render_to_string(f"subsidies/email/{template}.txt", {"application": application, **(context or {})})
        message = EmailMessage(
            subject=_(SUBJECTS[template]).format(reference=application.reference, title=application.title),
            body=body,
            to=[user.email],
        )
        for letter in letters:
            with letter.file.open("rb") as handle:
                message.attach(letter.filename, handle.read(), "application/pdf")
        message.send()


def _save_children(application: Application, *, by, other_funding=None, attachments=()) -> None:
    if other_funding is not None:
        kind, rows = other_funding
        application.other_funding.filter(kind=kind).delete()
        bulk_create_with_history(
            [OtherFunding(application=application, kind=kind, source=source, amount=amount) for source, amount in rows],
            OtherFunding,
            default_user=by,
        )
    for kind, upload, safe_name in attachments:
        attachment = Attachment(application=application, kind=kind, original_name=safe_name, uploaded_by=by)
        attachment.file.save(safe_name, upload, save=False)
        by_user(attachment, by).save()


#: The application's own details: what its applicant writes (the life cycle sets the rest).
DETAILS = (
    "partner",
    "scheme",
    "title",
    "description",
    "country",
    "local_partner",
    "start_date",
    "end_date",
    "amount_requested",
    "total_budget",
)


@transaction.atomic
def application_save(
    *,
    by,
    application: Application | None = None,
    partner=None,
    scheme=None,
    title: str | None = None,
    description: str | None = None,
    country=None,
    local_partner: str | None = None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
    amount_requested: Decimal | None = None,
    total_budget: Decimal | None = None,
    language: str = "nl",
    year: int | None = None,
    goals=None,
    other_funding: list[tuple[str, Decimal]] | None = None,
    attachments=(),
    answers: dict[int, str] | None = None,
) -> Application:
    """Create a draft (``application`` None: ``by`` is its applicant) or update one, with its goals, expected
    other funding and new attachments; the details left None stay as they are.

    ``other_funding`` is a list of (source, amount); ``attachments`` of (kind, upload, safe name); ``answers`` the
    answers to the scheme's own questions by question id (questions of another scheme are ignored). A new draft
    counts for this year's budget until it is submitted (``year``: another year) and its e-mails are written in
    ``language``.
    """
    if application is not None and application.pk:
        application = _lock(application)
        _check_step(application, "edit")
        if year is not None:
            application.year = year
    else:
        # A new application starts in the model's default status: a draft.
        application = Application(applicant=by, language=language, year=year or timezone.localdate().year)
    details = {
        "partner": partner,
        "scheme": scheme,
        "title": title,
        "description": description,
        "country": country,
        "local_partner": local_partner,
        "start_date": start_date,
        "end_date": end_date,
        "amount_requested": amount_requested,
        "total_budget": total_budget,
    }
    for name, value in details.items():
        if value is not None:
            setattr(application, name, value)
    refused_kind = not_admitted(application.partner, application.scheme)
    if refused_kind:
        raise ValidationError({"scheme": refused_kind})
    application.full_clean(exclude=["global_goals"])
    by_user(application, by).save()
    if goals is not None:
        application.global_goals.set(goals)
    _save_children(
        application,
        by=by,
        other_funding=(OtherFunding.Kind.EXPECTED, other_funding) if other_funding is not None else None,
        attachments=attachments,
    )
    if answers is not None:
        _save_answers(application, by=by, answers=answers)
    return application


def _save_answers(application: Application, *, by, answers: dict[int, str]) -> None:
    """Store the answers to the questions of the application's scheme (one row per question, kept in history)."""
    for question in application.scheme.questions.filter(pk__in=answers.keys()):
        text = (answers[question.pk] or "").strip()
        answer = Answer.objects.filter(application=application, question=question).first()
        if answer is None:
            answer = Answer(application=application, question=question)
        elif answer.text == text:
            continue
        answer.text = text
        by_user(answer, by).save()


@transaction.atomic
def attachment_delete(*, attachment: Attachment, by) -> None:
    """Remove a document from a draft; the file goes once the transaction has committed (history keeps the row)."""
    locked = _lock(attachment.application)
    _check_step(locked, "edit")
    stored = attachment.file.name
    storage = attachment.file.storage
    by_user(attachment, by).delete()
    transaction.on_commit(lambda: storage.delete(stored))


@transaction.atomic
def application_submit(
    *, application: Application, by, now: datetime.datetime | None = None, notify: bool = True
) -> Application:
    """Submit a draft: nothing of ``lifecycle.submit_blockers`` may stand in the way (the page shows the same
    list); mails a receipt unless ``notify`` is False."""
    locked = _lock(application)
    target = _check_step(locked, "submit")
    now = now or timezone.now()
    blockers = submit_blockers(locked, on=timezone.localdate(now))
    if blockers:
        raise StepNotAllowed(" ".join(blockers))
    locked.submitted_at = now
    # The budget year is the year of submission: a draft begun in December and sent in January counts for January.
    locked.year = timezone.localdate(now).year
    _move(locked, target, by=by)
    if notify:
        transaction.on_commit(lambda: _send(locked, template="received"))
    return locked


@transaction.atomic
def application_withdraw(*, application: Application, by) -> Application:
    """The applicant withdraws the application, before a decision."""
    locked = _lock(application)
    _move(locked, _check_step(locked, "withdraw"), by=by)
    return locked


@transaction.atomic
def review_save(
    *, application: Application, by, assessments: dict[int, tuple[bool | None, str]], note: str = ""
) -> Review:
    """Record the assessment per criterion (met / not met / open, with a note); the application is then in review."""
    locked = _lock(application)
    target = _check_step(locked, "review")
    review, _created = Review.objects.get_or_create(application=locked, defaults={"reviewer": by})
    review.reviewer, review.note = by, note
    by_user(review, by).save()
    criteria = {criterion.pk for criterion in Criterion.objects.filter(scheme=locked.scheme_id)}
    for criterion_id, (met, text) in assessments.items():
        if criterion_id not in criteria:
            raise ValidationError(_("That criterion is not one of this scheme's."), code="criterion")
        item, _created = CriterionAssessment.objects.get_or_create(review=review, criterion_id=criterion_id)
        item.met, item.note = met, text
        by_user(item, by).save()
    _move(locked, target, by=by)
    return review


@transaction.atomic
def decision_propose(
    *,
    application: Application,
    by,
    outcome: str,
    amount: Decimal | None,
    motivation: str,
    now: datetime.datetime | None = None,
) -> Decision:
    """Propose (or replace an unconfirmed proposal for) a decision; it takes effect when someone else confirms it.

    ``now`` is when it was proposed (the demo data's past decisions; the pages leave it to the clock)."""
    locked = _lock(application)
    target = _check_step(locked, "propose")
    if outcome == Decision.Outcome.GRANT:
        amount = locked.amount_requested
    elif outcome == Decision.Outcome.REJECT:
        amount = Decimal("0")
    elif amount is None or amount <= 0 or amount >= locked.amount_requested:
        raise ValidationError(
            _("A grant in part is more than 0 and less than the EUR {requested} requested.").format(
                requested=locked.amount_requested
            ),
            code="partial_amount",
        )
    above = above_maximum(amount, locked.scheme)
    if above:
        raise ValidationError(above, code="above_max")
    decision = Decision.objects.filter(application=locked).first() or Decision(application=locked)
    decision.outcome, decision.amount, decision.motivation = outcome, amount, motivation
    decision.proposed_by, decision.proposed_at = by, now or timezone.now()
    decision.confirmed_by, decision.confirmed_at = None, None
    by_user(decision, by).save()
    _move(locked, target, by=by)
    return decision


def decision_confirm(
    *,
    application: Application,
    by,
    seen: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
    notify: bool = True,
) -> Application:
    """Confirm another person's proposal: a grant reserves budget under a row lock; mails the decision unless
    ``notify`` is False.

    ``seen`` is the ``proposed_at`` of the proposal the confirmer was shown (the pages always pass it): when the
    proposal was replaced since, nothing is confirmed, so nobody confirms a decision they did not see. ``now`` is
    when it was confirmed (the demo data's past decisions; the pages leave it to the clock).
    """
    try:
        with transaction.atomic():
            return _decision_confirm(
                application=application, by=by, seen=seen, now=now or timezone.now(), notify=notify
            )
    except IntegrityError as error:
        # The CHECK constraints are the last line of defence (budget, four eyes): same clear message.
        if "budget_granted_within_amount" in str(error):
            raise BudgetExceeded(_("There is not enough budget left for this grant.")) from None
        if "decision_four_eyes" in str(error):
            raise StepNotAllowed(_("Someone else must confirm your own proposal.")) from None
        raise


def _decision_confirm(
    *, application: Application, by, seen: datetime.datetime | None, now: datetime.datetime, notify: bool
) -> Application:
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
        raise StepNotAllowed(
            _("The proposed decision was changed after you opened the page. Read it again before you confirm it.")
        )
    if decision.outcome != Decision.Outcome.REJECT:
        budget = Budget.objects.select_for_update().filter(scheme=locked.scheme_id, year=locked.year).first()
        if budget is None:
            raise BudgetExceeded(_("The scheme has no budget for {year}.").format(year=locked.year))
        if budget.remaining < decision.amount:
            raise BudgetExceeded(
                _(
                    "There is not enough budget left for this grant: EUR {remaining} of the {year} budget remains, "
                    "EUR {amount} was proposed."
                ).format(remaining=budget.remaining, year=budget.year, amount=decision.amount)
            )
        Budget.objects.filter(pk=budget.pk).update(granted_total=F("granted_total") + decision.amount)
        locked.granted_amount = decision.amount
    decision.confirmed_by, decision.confirmed_at = by, now
    by_user(decision, by).save()
    locked.decided_at = decision.confirmed_at
    _move(locked, STEPS["confirm"].target(locked.status, decision.outcome), by=by)
    if notify:
        transaction.on_commit(lambda: _decided(locked, decision))
    return locked


def _decided(application: Application, decision: Decision) -> None:
    """After the confirmation commits: issue the decision letter (once) and mail it with the decision.

    The decision stands and its e-mail goes out even when the PDF cannot be made (it is logged); the letter is then
    made at its first download."""
    letters = []
    try:
        letters.append(letter_issue(application=application, kind=Letter.Kind.DECISION))
    except Exception:
        logger.exception("The decision letter of %s could not be made", application.reference)
    _send(application, template="decided", context={"decision": decision}, letters=letters)


def letter_issue(*, application: Application, kind: str) -> Letter:
    """The application's letter of ``kind`` as a PDF in its language, made and stored the first time it is asked
    for; after that the stored file is returned as it is, never made again (``letters.py``).

    Refused (StepNotAllowed) when there is nothing to write yet: no confirmed decision, or no settlement.
    """
    from django.core.files.base import ContentFile

    from subsidies import letters

    with transaction.atomic():
        locked = _lock(application)
        existing = Letter.objects.filter(application=locked, kind=kind).first()
        if existing is not None:
            return existing
        full = Application.objects.for_detail().get(pk=locked.pk)
        if kind == Letter.Kind.DECISION:
            decision = getattr(full, "decision", None)
            if decision is None or not decision.is_confirmed:
                raise StepNotAllowed(_("There is no confirmed decision yet."))
            pdf = letters.decision_letter(full)
        else:
            report = getattr(full, "final_report", None)
            if report is None or report.settled_at is None:
                raise StepNotAllowed(_("The subsidy has not been settled yet."))
            pdf = letters.settlement_letter(full)
        letter = Letter(application=locked, kind=kind, language=locked.language)
        letter.file.save(f"{kind}-{locked.reference}.pdf", ContentFile(pdf), save=False)
        letter.save()
        return letter


@transaction.atomic
def payment_record(*, application: Application, by, date: datetime.date, amount: Decimal) -> Payment:
    """Record money paid on a confirmed grant; never more than granted (or settled)."""
    locked = _lock(application)
    target = _check_step(locked, "pay")
    if amount is None or amount <= 0:
        raise ValidationError(_("A payment is more than EUR 0."), code="amount")
    if amount > locked.payable:
        raise ValidationError(
            _("At most EUR {payable} remains to be paid on this grant.").format(payable=locked.payable), code="too_much"
        )
    payment = by_user(Payment(application=locked, date=date, amount=amount, recorded_by=by), by)
    payment.save()
    Budget.objects.filter(scheme=locked.scheme_id, year=locked.year).update(paid_total=F("paid_total") + amount)
    _move(locked, target, by=by)
    return payment


@transaction.atomic
def final_report_file(
    *,
    application: Application,
    by,
    what_was_done: str,
    amount_spent: Decimal,
    other_funding: list[tuple[str, Decimal]],
    attachments=(),
    now: datetime.datetime | None = None,
) -> FinalReport:
    """The applicant accounts for the project: what was done, money spent, other funding actually raised.

    ``other_funding`` is a list of (source, amount); ``attachments`` of (kind, upload, safe name); ``now`` is when
    it was filed (the demo data's past reports; the pages leave it to the clock)."""
    locked = _lock(application)
    target = _check_step(locked, "report")
    if amount_spent is None or amount_spent < 0:
        raise ValidationError(_("The money spent cannot be negative."), code="spent")
    report = FinalReport(
        application=locked,
        what_was_done=what_was_done,
        amount_spent=amount_spent,
        filed_by=by,
        filed_at=now or timezone.now(),
    )
    by_user(report, by).save()
    _save_children(locked, by=by, other_funding=(OtherFunding.Kind.ACTUAL, other_funding), attachments=attachments)
    _move(locked, target, by=by)
    return report


@transaction.atomic
def final_report_settle(
    *, application: Application, by, amount: Decimal, note: str = "", now: datetime.datetime | None = None
) -> Application:
    """Fix the definitive amount (at most the grant); what was granted but not settled returns to the budget.

    ``now`` is when it was settled (the demo data's past settlements; the pages leave it to the clock)."""
    locked = _lock(application)
    target = _check_step(locked, "settle")
    if amount is None or amount < 0 or amount > locked.granted_amount:
        raise ValidationError(
            _("The definitive amount is between EUR 0 and the EUR {granted} granted.").format(
                granted=locked.granted_amount
            ),
            code="settle_amount",
        )
    returned = locked.granted_amount - amount
    overpaid = max(locked.amount_paid - amount, Decimal("0"))
    if overpaid:
        # Paid more than the definitive amount: the difference is reclaimed, recorded as a negative payment.
        by_user(Payment(application=locked, date=timezone.localdate(now), amount=-overpaid, recorded_by=by), by).save()
    Budget.objects.filter(scheme=locked.scheme_id, year=locked.year).update(
        paid_total=F("paid_total") - overpaid, granted_total=F("granted_total") - returned
    )
    report = FinalReport.objects.select_for_update().get(application=locked)
    report.settled_by, report.settled_at, report.settlement_note = by, now or timezone.now(), note
    report.reclaim_amount = overpaid
    by_user(report, by).save()
    locked.settled_amount = amount
    _move(locked, target, by=by)
    return locked


def settlement_notify(*, application: Application) -> None:
    """After a settlement: issue the settlement letter (once; it states any amount to pay back) and mail it.

    The settlement stands and its e-mail goes out even when the PDF cannot be made (it is logged); the letter is
    then made at its first download."""
    letters = []
    try:
        letters.append(letter_issue(application=application, kind=Letter.Kind.SETTLEMENT))
    except Exception:
        logger.exception("The settlement letter of %s could not be made", application.reference)
    _send(application, template="settled", letters=letters)


def reminders_send(*, today: datetime.date | None = None) -> int:
    """Mail every applicant whose project has ended that the final report is due (by ``report_due``), once per
    application; returns how many were sent.

    Only paid grants: a final report can be filed from "paid" on (``STEPS["report"]``), so an unpaid grant is
    reminded on the first run after its payment is recorded.
    """
    today = today or timezone.localdate()
    candidates = (
        Application.objects.filter(
            status__in=STEPS["report"].sources,
            end_date__lt=today,
            report_reminder_sent_at__isnull=True,
        )
        .select_related("applicant")
        .order_by("pk")
    )
    sent = 0
    for application in candidates:
        with transaction.atomic():
            # Claim the row first, so two cron runs at once never mail twice.
            claimed = Application.objects.filter(pk=application.pk, report_reminder_sent_at__isnull=True).update(
                report_reminder_sent_at=timezone.now()
            )
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

    budget = Budget.objects.select_for_update().filter(scheme=scheme, year=year).first()
    if budget is None:
        return
    applications = Application.objects.filter(scheme=scheme, year=year, status__in=GRANTED)
    granted = sum(
        (
            (app.settled_amount if app.settled_amount is not None else app.granted_amount) or Decimal("0")
            for app in applications
        ),
        Decimal("0"),
    )
    paid = Payment.objects.filter(application__in=applications).aggregate(total=Coalesce(Sum("amount"), Decimal("0")))[
        "total"
    ]
    if granted > budget.amount:
        raise ValidationError(
            _("The grants of {year} (EUR {granted}) exceed the budget of EUR {amount}.").format(
                year=year, granted=granted, amount=budget.amount
            ),
            code="budget",
        )
    if paid > granted:
        raise ValidationError(
            _("The payments of {year} (EUR {paid}) exceed the grants (EUR {granted}).").format(
                year=year, paid=paid, granted=granted
            ),
            code="paid",
        )
    Budget.objects.filter(pk=budget.pk).update(granted_total=granted, paid_total=paid)
