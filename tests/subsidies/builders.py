"""Applications at any stage of their life cycle, made through the services the pages use (shared by the
subsidy tests and the browser tests)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from partners.models import Country
from subsidies import services
from subsidies.lifecycle import OUTCOME_STATUS, Outcome, Status
from subsidies.models import Application
from tests.subsidies.files import pdf_bytes, upload

#: Every status, and "proposed": in review with a decision proposed, not yet confirmed.
STAGES = [*Status.values, "proposed"]
#: The decision that leads to a stage (a grant in full for the stages after a grant).
OUTCOME_OF = {status: outcome for outcome, status in OUTCOME_STATUS.items()}


def build_application(
    stage="draft",
    *,
    people,
    scheme,
    partner=None,
    applicant=None,
    amount=Decimal("1500"),
    language="nl",
    title=None,
    year=None,
) -> Application:
    """An application brought to ``stage``: ``people`` has own/other (partners), rep/other_rep (their
    representatives) and civil/civil2 (two civil servants: one proposes, the other confirms)."""
    partner = partner or people.own
    applicant = applicant or (people.rep if partner == people.own else people.other_rep)
    application = services.application_save(
        by=applicant,
        partner=partner,
        scheme=scheme,
        year=year,
        language=language,
        title=title or f"Zomerkamp Sibiu {Application.objects.count() + 1}",
        description="Een zomerkamp.",
        country=Country.objects.get(code="RO"),
        local_partner="Asociația Sibiu",
        start_date=datetime.date(2026, 7, 1),
        end_date=datetime.date(2026, 8, 31),
        amount_requested=amount,
        total_budget=amount * 10,
        goals=[],
        # Requested plus other funding is the total budget, as submitting asks.
        other_funding=[("Wilde Ganzen", amount * 9)],
        attachments=[
            ("plan", upload("plan.pdf", pdf_bytes()), "plan.pdf"),
            ("budget", upload("begroting.pdf", pdf_bytes()), "begroting.pdf"),
        ],
    )
    if stage == "draft":
        return application
    services.application_submit(application=application, by=applicant)
    if stage == "withdrawn":
        return services.application_withdraw(application=application, by=applicant)
    if stage == "submitted":
        return Application.objects.get(pk=application.pk)
    services.review_save(application=application, by=people.civil, assessments={}, note="")
    if stage == "in_review":
        return Application.objects.get(pk=application.pk)
    outcome = OUTCOME_OF.get(stage, Outcome.GRANT)
    services.decision_propose(
        application=application,
        by=people.civil,
        outcome=outcome,
        amount=amount - 500 if outcome == Outcome.PARTIAL else None,
        motivation="Goed plan.",
    )
    if stage == "proposed":
        return Application.objects.get(pk=application.pk)
    services.decision_confirm(application=application, by=people.civil2)
    if stage in OUTCOME_OF:
        return Application.objects.get(pk=application.pk)
    application.refresh_from_db()
    services.payment_record(
        application=application, by=people.civil, date=timezone.localdate(), amount=application.granted_amount
    )
    if stage == "paid":
        return Application.objects.get(pk=application.pk)
    services.final_report_file(
        application=application,
        by=applicant,
        what_was_done="Gedaan.",
        amount_spent=amount * 9,
        other_funding=[("Wilde Ganzen", amount * 6)],
    )
    if stage == "reported":
        return Application.objects.get(pk=application.pk)
    services.final_report_settle(application=application, by=people.civil2, amount=application.granted_amount)
    return Application.objects.get(pk=application.pk)


def confirm_data(application: Application) -> dict[str, str]:
    """What the confirm button posts: the proposal the confirmer was shown."""
    from subsidies.models import Decision

    return {"proposal": Decision.objects.get(application=application).proposed_at.isoformat()}
