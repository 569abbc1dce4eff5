"""The formal documents of a grant as PDF (WeasyPrint): the decision letter (beschikking), the settlement letter
and the office's dossier of an application.

Letters are written in the application's language and rendered once: ``services.letter_issue`` stores the PDF and
every later download streams that file, so a letter never changes after it was sent (a later edit of the scheme,
its criteria or a name does not rewrite it). The dossier is the office's working copy and is made afresh.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

#: The grant is paid in one payment within this many weeks of the decision (the letter's payment plan).
PAYMENT_WEEKS = 4
#: An objection (bezwaar) must be lodged within six weeks of the letter's date (Algemene wet bestuursrecht 6:7).
OBJECTION_WEEKS = 6
#: Whoever must pay back an overpayment does so within this many weeks of the settlement letter.
REPAYMENT_WEEKS = 6
#: Where an objection goes: the college of B&W of Deventer (the body that decides on the municipality's subsidies).
OBJECTION_ADDRESS = ("Gemeente Deventer", "Postbus 5000", "7400 GC Deventer")


def _pdf(template: str, context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, context)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def _person(user) -> str:
    return (user.get_full_name() or user.username) if user is not None else "–"


def _assessments(application) -> list[tuple]:
    """Every criterion of the scheme with its assessment (None: not assessed)."""
    review = getattr(application, "review", None)
    found = {item.criterion_id: item for item in review.assessments.all()} if review is not None else {}
    return [(criterion, found.get(criterion.pk)) for criterion in application.scheme.criteria.all()]


def decision_letter(application) -> bytes:
    """The beschikking: decision and amount, scheme and criteria, conditions, payment plan, objection clause."""
    decision = application.decision
    day = timezone.localdate(decision.confirmed_at)
    with translation.override(application.language):
        return _pdf(
            "subsidies/letters/decision.html",
            {
                "application": application,
                "decision": decision,
                "granted": decision.outcome != decision.Outcome.REJECT,
                "date": day,
                "criteria": [(criterion, item.met if item else None) for criterion, item in _assessments(application)],
                "pay_by": day + datetime.timedelta(weeks=PAYMENT_WEEKS),
                "payment_weeks": PAYMENT_WEEKS,
                "objection_by": day + datetime.timedelta(weeks=OBJECTION_WEEKS),
                "objection_weeks": OBJECTION_WEEKS,
                "objection_address": OBJECTION_ADDRESS,
                "signed_by": _person(decision.confirmed_by),
                "addressee": _person(application.applicant) if application.applicant else "",
                "language": application.language,
            },
        )


def settlement_letter(application) -> bytes:
    """The settlement (vaststelling): the definitive amount, what was paid and what must be paid back."""
    report = application.final_report
    day = timezone.localdate(report.settled_at)
    paid = sum((payment.amount for payment in application.payments.all() if payment.amount > 0), 0)
    with translation.override(application.language):
        return _pdf(
            "subsidies/letters/settlement.html",
            {
                "application": application,
                "report": report,
                "date": day,
                "paid": paid,
                "reclaim": report.reclaim_amount,
                "repay_by": day + datetime.timedelta(weeks=REPAYMENT_WEEKS),
                "repayment_weeks": REPAYMENT_WEEKS,
                "objection_by": day + datetime.timedelta(weeks=OBJECTION_WEEKS),
                "objection_weeks": OBJECTION_WEEKS,
                "objection_address": OBJECTION_ADDRESS,
                "signed_by": _person(report.settled_by),
                "addressee": _person(application.applicant) if application.applicant else "",
                "language": application.language,
            },
        )


def dossier(application, *, history) -> bytes:
    """The whole file of an application for the office: the application, the assessment per criterion, the
    decision with both names, payments, final report and settlement, and every change of status."""
    return _pdf(
        "subsidies/letters/dossier.html",
        {
            "application": application,
            "decision": getattr(application, "decision", None),
            "review": getattr(application, "review", None),
            "criteria": _assessments(application),
            "report": getattr(application, "final_report", None),
            "history": history,
            "made": timezone.localtime(),
            "language": translation.get_language(),
        },
    )


def status_history(application) -> list[dict]:
    """Every change of the application's status, oldest first, with when and by whom (from its history)."""
    from subsidies.models import Application

    labels = dict(Application.Status.choices)
    changes, previous = [], None
    for row in application.history.order_by("history_date", "history_id").select_related("history_user"):
        if row.status != previous:
            user = row.history_user
            changes.append(
                {"when": row.history_date, "status": labels.get(row.status, row.status), "by": _person(user)}
            )
            previous = row.status
    return changes


def dossier_zip(application) -> bytes:
    """The dossier as a ZIP: ``dossier-<reference>.pdf``, ``letters/`` (as sent) and ``documents/`` (uploads)."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            f"dossier-{application.reference}.pdf", dossier(application, history=status_history(application))
        )
        for letter in application.letters.all():
            try:
                with letter.file.open("rb") as handle:
                    archive.writestr(f"letters/{letter.filename}", handle.read())
            except FileNotFoundError:
                continue
        for number, attachment in enumerate(application.attachments.all(), start=1):
            try:
                with attachment.file.open("rb") as handle:
                    archive.writestr(f"documents/{number:02d}-{attachment.original_name}", handle.read())
            except FileNotFoundError:
                continue
    return out.getvalue()
