"""The life cycle of a subsidy application, in one place: every status once, every step once.

A status (``PHASES``) says what it is called, which groups it belongs to (decided, holding budget, awaiting a
decision, ...) and what happens next, for the applicant and for the office. A step (``STEPS``) says from which
statuses it may start, where it leads, under which rule (``subsidies.<rule>`` in ``permissions.py``) and how the
application page offers it. The model's choices and constraints, the services, the querysets, filters and
figures, the views and their templates, the demo data and the test builders all ask this module.

Adding a status is a row in ``Status`` and in ``PHASES`` (plus the steps that start from it or lead to it), a
migration (the choices and the constraint take ``Status.values``) and its translations.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from subsidies.templatetags.subsidy_tags import money


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    IN_REVIEW = "in_review", _("in review")
    GRANTED = "granted", _("granted")
    PARTLY_GRANTED = "partly_granted", _("partly granted")
    REJECTED = "rejected", _("rejected")
    PAID = "paid", _("paid")
    REPORTED = "reported", _("final report filed")
    CLOSED = "closed", _("closed")
    WITHDRAWN = "withdrawn", _("withdrawn")


class Outcome(models.TextChoices):
    """What a decision says; confirming it moves the application to the outcome's status (``Outcome.status``)."""

    GRANT = "grant", _("grant in full")
    PARTIAL = "partial", _("grant in part")
    REJECT = "reject", _("reject")


#: Where confirming a decision with this outcome leads.
OUTCOME_STATUS: Mapping[str, Status] = {
    Outcome.GRANT: Status.GRANTED,
    Outcome.PARTIAL: Status.PARTLY_GRANTED,
    Outcome.REJECT: Status.REJECTED,
}


#: How a confirmed decision reads as a result, on the application's page and in the e-mail.
OUTCOME_RESULT: Mapping[str, str] = {
    Outcome.GRANT: _("Granted in full"),
    Outcome.PARTIAL: _("Granted in part"),
    Outcome.REJECT: _("Rejected"),
}


@dataclass(frozen=True)
class Phase:
    """One status: the groups it belongs to and what happens next.

    The "what happens next" texts are paragraphs with named placeholders, filled by :func:`what_next`:
    ``{weeks}`` (the scheme's decision term), ``{deadline}`` (the decision deadline), ``{granted}`` and
    ``{settled}`` (amounts), ``{end}`` (the project's end) and ``{due}`` (the final report's due date).
    """

    status: Status
    #: Only the applying organisation sees it; the office does not (a draft).
    private: bool = False
    #: Counted as an application in the figures and in "requested" on the budget page.
    counted: bool = True
    #: The office owes a decision (the queue's default view; overdue after the decision term).
    awaiting_decision: bool = False
    #: A decision was confirmed: the applicant sees it.
    decided: bool = False
    #: The budget holds money for it (the confirmed grant, or the definitive amount once settled).
    holds_budget: bool = False
    #: What happens next, for the applicant.
    applicant_next: tuple = ()
    #: For the applicant, while something keeps the application from its next step: an introduction to the list
    #: of what is missing (the submit step's blockers).
    applicant_blocked: str = ""
    #: The applicant may go back to "My subsidies" to start anew.
    link_to_mine: bool = False
    #: What happens next, for the office.
    office_next: tuple = ()


S = Status
_REPORT_AFTER = _(
    "After the project (it ends on {end}), file a final report here by {due}: what was done, the "
    "money actually spent and the other funding actually raised. You can file it once the grant has "
    "been paid."
)
_PAYS_GRANT = _(
    "The International Office pays the {granted} granted to your organisation; the payment shows on this page."
)
_ASSESSES = _(
    "The International Office assesses your application against the scheme's criteria and decides by "
    "{deadline}. You receive the decision by e-mail. Until then you can still withdraw the application."
)

PHASES: Mapping[Status, Phase] = {
    phase.status: phase
    for phase in [
        Phase(
            S.DRAFT,
            private=True,
            counted=False,
            applicant_next=(
                _(
                    "Only your organisation sees this draft. It is complete: submit it, and the "
                    "International Office decides within {weeks} weeks."
                ),
            ),
            applicant_blocked=_("Only your organisation sees this draft. Before you can submit it:"),
        ),
        Phase(S.SUBMITTED, awaiting_decision=True, applicant_next=(_ASSESSES,)),
        Phase(S.IN_REVIEW, awaiting_decision=True, applicant_next=(_ASSESSES,)),
        Phase(S.GRANTED, decided=True, holds_budget=True, applicant_next=(_PAYS_GRANT, _REPORT_AFTER)),
        Phase(S.PARTLY_GRANTED, decided=True, holds_budget=True, applicant_next=(_PAYS_GRANT, _REPORT_AFTER)),
        Phase(
            S.REJECTED,
            decided=True,
            link_to_mine=True,
            applicant_next=(
                _("The motivation of the decision is above. You may apply again, under this scheme or another."),
            ),
        ),
        Phase(
            S.PAID,
            decided=True,
            holds_budget=True,
            applicant_next=(
                _(
                    "The grant has been paid. After the project (it ends on {end}), file the final report by "
                    "{due}: what was done, the money actually spent and the other funding actually raised. "
                    "You receive a reminder by e-mail when the project ends."
                ),
            ),
            office_next=(_("The final report is due by {due}."),),
        ),
        Phase(
            S.REPORTED,
            decided=True,
            holds_budget=True,
            applicant_next=(
                _(
                    "Thank you for the final report. The International Office checks it and settles the "
                    "definitive amount; if less was spent than granted, the difference may be reclaimed."
                ),
            ),
        ),
        Phase(
            S.CLOSED,
            decided=True,
            holds_budget=True,
            applicant_next=(
                _("The application is closed: the definitive amount is {settled}. Nothing more is needed from you."),
            ),
        ),
        Phase(
            S.WITHDRAWN,
            counted=False,
            link_to_mine=True,
            applicant_next=(
                _(
                    "This application was withdrawn; nothing more happens with it. You can start a new "
                    "application from My subsidies."
                ),
            ),
        ),
    ]
}
assert set(PHASES) == set(Status), "every status has its phase"


def statuses(test: Callable[[Phase], bool]) -> frozenset[Status]:
    """The statuses whose phase passes ``test``, e.g. ``statuses(lambda phase: phase.decided)``."""
    return frozenset(status for status, phase in PHASES.items() if test(phase))


#: Statuses after a confirmed decision (the applicant sees the decision from here on).
DECIDED = statuses(lambda phase: phase.decided)
#: Statuses in which the budget holds money for the application.
GRANTED = statuses(lambda phase: phase.holds_budget)
#: Statuses in which the office owes a decision.
AWAITING_DECISION = statuses(lambda phase: phase.awaiting_decision)
#: Statuses only the applying organisation sees (the office works on the others).
PRIVATE = statuses(lambda phase: phase.private)
#: Statuses that count as an application in the figures and the budget's "requested".
COUNTED = statuses(lambda phase: phase.counted)


# --- The submit step's check: the page shows it, the service enforces it ---


def submit_blockers(application, *, on: datetime.date | None = None) -> list[str]:
    """What keeps a draft from being submitted on ``on`` (today by default), in the applicant's words: a missing
    project plan or budget, an amount above the scheme's maximum, a scheme that is not open."""
    from subsidies.models import Attachment

    blockers = []
    kinds = {attachment.kind for attachment in application.attachments.all()}
    required = (Attachment.Kind.PLAN, Attachment.Kind.BUDGET)
    missing = [str(label) for kind, label in Attachment.Kind.choices if kind in required and kind not in kinds]
    if missing:
        blockers.append(gettext("Still needed: {missing}.").format(missing=", ".join(missing)))
    above = above_maximum(application.amount_requested, application.scheme)
    if above:
        blockers.append(above)
    if unbalanced := budget_unbalanced(application):
        blockers.append(unbalanced)
    if not application.scheme.is_open(on or timezone.localdate()):
        blockers.append(
            gettext("The scheme {scheme} is not open for applications now.").format(scheme=application.scheme)
        )
    refused_kind = not_admitted(application.partner, application.scheme)
    if refused_kind:
        blockers.append(refused_kind)
    answered = {answer.question_id for answer in application.answers.all() if answer.text.strip()}
    unanswered = [str(q) for q in application.scheme.questions.all() if q.required and q.pk not in answered]
    if unanswered:
        blockers.append(gettext("Still to answer: {questions}").format(questions=" · ".join(unanswered)))
    return blockers


def budget_unbalanced(application) -> str | None:
    """The objection when the amount requested plus the expected other funding is not the total budget, else None:
    the budget must show where all of the project's money comes from."""
    from subsidies.models import OtherFunding

    expected = sum(
        (row.amount for row in application.other_funding.all() if row.kind == OtherFunding.Kind.EXPECTED), Decimal(0)
    )
    requested, total = application.amount_requested or Decimal(0), application.total_budget or Decimal(0)
    if requested + expected == total:
        return None
    return gettext(
        "The amount requested ({requested}) plus the other funding ({other}) makes {sum}, not the total budget "
        "({total}): make them add up."
    ).format(requested=money(requested), other=money(expected), sum=money(requested + expected), total=money(total))


def not_admitted(partner, scheme) -> str | None:
    """The objection to ``partner`` applying under ``scheme`` when the scheme is for other kinds of organisation."""
    if partner is None or scheme is None or scheme.admits(partner):
        return None
    return gettext("The scheme {scheme} is for {kinds} only; {partner} is registered as “{kind}”.").format(
        scheme=scheme, kinds=scheme.kinds_display().lower(), partner=partner, kind=partner.get_kind_display().lower()
    )


def above_maximum(amount, scheme) -> str | None:
    """The objection to requesting ``amount`` under ``scheme`` when it is above the scheme's maximum, else None
    (the application form says it on saving, the submit step refuses it)."""
    if amount is not None and amount > scheme.max_amount:
        return gettext("The scheme gives at most {max} per application.").format(max=money(scheme.max_amount))
    return None


# --- The steps ---


@dataclass(frozen=True)
class Step:
    """One step: from which statuses, to which status, under which rule, and how the application page offers it.

    ``to`` is where the step leads (None: the status stays); from a status in ``stays`` it stays too (a later
    instalment of a payment). Confirming leads where the decision's outcome says (``OUTCOME_STATUS``).
    """

    name: str
    sources: frozenset[Status]
    rule: str
    #: The page that performs the step (``subsidies:<url_name>``, with the application's pk).
    url_name: str
    #: The button or link text: a text, or a function of the application.
    label: str | Callable
    to: Status | None = None
    stays: frozenset[Status] = frozenset()
    outcomes: Mapping[str, Status] | None = None
    #: A single button posting to the step (True), or a link to the step's form (False).
    post: bool = False
    primary: bool = False
    #: Besides status and rule: whether the step can be taken now (e.g. there is still something to pay).
    ready: Callable | None = None
    #: Hidden fields the button posts: a function of the application giving (name, value) pairs.
    hidden: Callable | None = None
    #: What the person declares by taking the step: a checkbox they must tick next to the button.
    declaration: str = ""
    #: Why the step does not fit a status, where "not possible for an application that is ..." says too little.
    refusals: Mapping[Status, str] = field(default_factory=dict)

    def fits(self, application) -> bool:
        """The step may start from the application's status."""
        return application.status in self.sources

    def target(self, status: str, outcome: str | None = None) -> Status | None:
        """Where the step leads from ``status`` (None: the status stays)."""
        if self.outcomes is not None:
            return self.outcomes.get(outcome)
        if status in self.stays or self.to == status:
            return None
        return self.to

    def targets(self, status: str) -> set[Status]:
        """Every status the step may lead to from ``status``."""
        if self.outcomes is not None:
            return set(self.outcomes.values())
        target = self.target(status)
        return {target} if target else set()


def _has_unconfirmed_decision(application) -> bool:
    decision = getattr(application, "decision", None)
    return decision is not None and not decision.is_confirmed


STEPS: Mapping[str, Step] = {
    step.name: step
    for step in [
        # In the order the application page offers them.
        Step("edit", frozenset({S.DRAFT}), "subsidies.edit_application", "update", _("Edit the draft")),
        Step(
            "submit",
            frozenset({S.DRAFT}),
            "subsidies.edit_application",
            "submit",
            _("Submit the application"),
            to=S.SUBMITTED,
            post=True,
            primary=True,
            ready=lambda application: not submit_blockers(application),
            declaration=_("I declare that the information in this application and its documents is true and complete."),
        ),
        Step(
            "report",
            frozenset({S.PAID}),
            "subsidies.file_report",
            "report",
            _("File the final report"),
            to=S.REPORTED,
            primary=True,
            refusals={
                S.GRANTED: _("You can file the final report once the grant has been paid."),
                S.PARTLY_GRANTED: _("You can file the final report once the grant has been paid."),
            },
        ),
        Step(
            "review",
            frozenset({S.SUBMITTED, S.IN_REVIEW}),
            "subsidies.review",
            "review",
            _("Review against the criteria"),
            to=S.IN_REVIEW,
        ),
        Step(
            "propose",
            frozenset({S.SUBMITTED, S.IN_REVIEW}),
            "subsidies.review",
            "propose",
            lambda application: (
                _("Propose another decision") if getattr(application, "decision", None) else _("Propose a decision")
            ),
            to=S.IN_REVIEW,
        ),
        Step(
            "confirm",
            frozenset({S.IN_REVIEW}),
            "subsidies.confirm_decision",
            "confirm",
            _("Confirm the proposed decision"),
            outcomes=OUTCOME_STATUS,
            post=True,
            primary=True,
            ready=_has_unconfirmed_decision,
            # What the confirmer was shown: the service confirms only that proposal.
            hidden=lambda application: [("proposal", application.decision.proposed_at.isoformat())],
        ),
        # The first payment moves a grant to "paid"; later instalments keep the status.
        Step(
            "pay",
            frozenset({S.GRANTED, S.PARTLY_GRANTED, S.PAID, S.REPORTED, S.CLOSED}),
            "subsidies.record_payment",
            "payment",
            _("Record a payment"),
            to=S.PAID,
            stays=frozenset({S.PAID, S.REPORTED, S.CLOSED}),
            primary=True,
            ready=lambda application: application.payable > 0,
        ),
        Step(
            "settle",
            frozenset({S.REPORTED}),
            "subsidies.settle",
            "settle",
            _("Settle the final report"),
            to=S.CLOSED,
            primary=True,
        ),
        Step(
            "withdraw",
            frozenset({S.DRAFT, S.SUBMITTED, S.IN_REVIEW}),
            "subsidies.edit_application",
            "withdraw",
            lambda application: (
                _("Withdraw the draft") if application.status in PRIVATE else _("Withdraw the application")
            ),
            to=S.WITHDRAWN,
            post=True,
        ),
    ]
}

#: Every status change that may happen, derived from ``STEPS``.
TRANSITIONS: frozenset[tuple[Status, Status]] = frozenset(
    (start, target)
    for step in STEPS.values()
    for start in step.sources
    for target in step.targets(start)
    if target != start
)


def step_allowed(application, step: str) -> bool:
    """The step may start from the application's status (who may take it is the step's rule)."""
    return STEPS[step].fits(application)


def refusal(application, step: str) -> str:
    """Why ``step`` does not fit the application's status, for the 409 page."""
    message = gettext("This is not possible for an application that is {status}.").format(
        status=application.get_status_display()
    )
    reason = STEPS[step].refusals.get(application.status)
    return f"{message} {reason}" if reason else message


@dataclass(frozen=True)
class Offer:
    """A step offered on one application's page: the step, with its label, URL and hidden fields resolved."""

    step: Step
    application: object

    @property
    def name(self) -> str:
        return self.step.name

    @property
    def label(self) -> str:
        label = self.step.label
        return label(self.application) if callable(label) else label

    @property
    def url(self) -> str:
        return reverse(f"subsidies:{self.step.url_name}", kwargs={"pk": self.application.pk})

    @property
    def post(self) -> bool:
        return self.step.post

    @property
    def primary(self) -> bool:
        return self.step.primary

    @property
    def hidden(self) -> list[tuple[str, str]]:
        return self.step.hidden(self.application) if self.step.hidden else []

    @property
    def declaration(self) -> str:
        return self.step.declaration


def available_steps(application, user) -> list[Offer]:
    """The steps ``user`` may take on ``application`` now: the status fits, the step's rule holds for the user and
    nothing blocks it (a draft without its documents, a grant paid in full)."""
    return [
        Offer(step, application)
        for step in STEPS.values()
        if step.fits(application)
        and user.has_perm(step.rule, application)
        and (step.ready is None or step.ready(application))
    ]


def may_take(application, user, step: str) -> bool:
    """Status and rule allow ``user`` the step (whether something still blocks it aside)."""
    return STEPS[step].fits(application) and user.has_perm(STEPS[step].rule, application)


def what_next(application, *, office: bool) -> list[SafeString]:
    """The "what happens next" paragraphs of the application's status, for the office or for the applicant."""
    phase = PHASES[application.status]
    texts = phase.office_next if office else phase.applicant_next
    values = {
        "weeks": application.scheme.decision_weeks,
        "deadline": _date(application.decision_deadline),
        "granted": money(application.granted_amount),
        "settled": money(application.settled_amount),
        "end": _date(application.end_date),
        "due": _date(application.report_due),
    }
    return [format_html(str(text), **values) for text in texts]


def _date(day: datetime.date | None) -> str:
    return date_format(day, "DATE_FORMAT") if day else ""
