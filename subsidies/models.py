"""NGO subsidies: schemes with criteria and yearly budgets, and applications from draft to closed.

The life cycle of an application (its statuses and steps) is ``subsidies/lifecycle.py``. Every service checks it;
the database checks the status values and the money.
"""

from __future__ import annotations

import calendar
import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from deventer_intl.i18n import Translated
from deventer_intl.storage import private_storage
from partners.models import Country, GlobalGoal, Partner, PartnerKind, TranslatedName
from subsidies.lifecycle import AWAITING_DECISION, OUTCOME_RESULT, PHASES, Outcome, Phase, Status
from subsidies.querysets import ApplicationQuerySet, BudgetQuerySet, SchemeQuerySet

#: The final report is due this many months after the project's end (a reminder goes out when the project ends).
REPORT_DUE_MONTHS = 3

ZERO = Decimal("0")


class Scheme(Translated, TranslatedName):
    """A subsidy scheme (regeling): its purpose, criteria, maximum per application and decision term."""

    slug = models.SlugField(_("slug"), unique=True)
    purpose_nl = models.TextField(_("purpose (Dutch)"))
    purpose_en = models.TextField(_("purpose (English)"), blank=True)
    purpose_de = models.TextField(_("purpose (German)"), blank=True)
    max_amount = models.DecimalField(_("maximum per application (EUR)"), max_digits=10, decimal_places=2)
    opens_on = models.DateField(_("open for applications from"))
    closes_on = models.DateField(
        _("open for applications until"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a scheme without an end date."),
    )
    decision_weeks = models.PositiveSmallIntegerField(_("decision term (weeks)"), default=8)
    partner_kinds = ArrayField(
        models.CharField(max_length=20, choices=PartnerKind.choices),
        verbose_name=_("for kinds of organisation"),
        default=list,
        blank=True,
        help_text=_("Only organisations of these kinds may apply. Leave empty for every kind."),
    )

    objects = SchemeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name_nl"]
        verbose_name = _("subsidy scheme")
        verbose_name_plural = _("subsidy schemes")
        constraints = [
            models.CheckConstraint(condition=models.Q(max_amount__gt=0), name="scheme_max_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(closes_on__isnull=True) | models.Q(closes_on__gte=models.F("opens_on")),
                name="scheme_closes_after_opening",
            ),
        ]

    @property
    def purpose(self) -> str:
        return self.translated("purpose")

    def is_open(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.opens_on <= on and (self.closes_on is None or on <= self.closes_on)

    def admits(self, partner) -> bool:
        """Organisations of ``partner``'s kind may apply under this scheme."""
        return not self.partner_kinds or partner.kind in self.partner_kinds

    def kinds_display(self) -> str:
        labels = dict(PartnerKind.choices)
        return ", ".join(str(labels.get(kind, kind)) for kind in self.partner_kinds)


class SchemeQuestion(Translated, models.Model):
    """A question a scheme adds to its application form; the answers are stored with each application."""

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="questions", verbose_name=_("scheme"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_nl = models.CharField(_("question (Dutch)"), max_length=300)
    text_en = models.CharField(_("question (English)"), max_length=300, blank=True)
    text_de = models.CharField(_("question (German)"), max_length=300, blank=True)
    required = models.BooleanField(_("an answer is needed to submit"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["scheme", "order", "pk"]
        verbose_name = _("question of the scheme")
        verbose_name_plural = _("questions of the scheme")

    @property
    def text(self) -> str:
        return self.translated("text")

    def __str__(self) -> str:
        return self.text


class Criterion(Translated, models.Model):
    """One criterion of a scheme; the reviewer checks them one by one, in this order."""

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("scheme"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_nl = models.CharField(_("criterion (Dutch)"), max_length=300)
    text_en = models.CharField(_("criterion (English)"), max_length=300, blank=True)
    text_de = models.CharField(_("criterion (German)"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["scheme", "order", "pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    @property
    def text(self) -> str:
        return self.translated("text")

    def __str__(self) -> str:
        return self.text


class Budget(models.Model):
    """A scheme's money for one calendar year, with what confirmed grants reserve and what was paid.

    The totals live on this row so the database itself refuses more granted than budgeted.
    """

    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="budgets", verbose_name=_("scheme"))
    year = models.PositiveSmallIntegerField(_("year"))
    amount = models.DecimalField(_("budget (EUR)"), max_digits=12, decimal_places=2)
    granted_total = models.DecimalField(
        _("granted (EUR)"), max_digits=12, decimal_places=2, default=ZERO, editable=False
    )
    paid_total = models.DecimalField(_("paid (EUR)"), max_digits=12, decimal_places=2, default=ZERO, editable=False)

    objects = BudgetQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "scheme__name_nl"]
        verbose_name = _("yearly budget")
        verbose_name_plural = _("yearly budgets")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "year"], name="budget_unique_scheme_year"),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="budget_amount_not_negative"),
            models.CheckConstraint(condition=models.Q(granted_total__gte=0), name="budget_granted_not_negative"),
            models.CheckConstraint(condition=models.Q(paid_total__gte=0), name="budget_paid_not_negative"),
            models.CheckConstraint(
                condition=models.Q(granted_total__lte=models.F("amount")), name="budget_granted_within_amount"
            ),
            models.CheckConstraint(
                condition=models.Q(paid_total__lte=models.F("granted_total")), name="budget_paid_within_granted"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scheme} {self.year}"

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.granted_total

    def clean(self):
        # The admin may lower a budget, but never below what confirmed grants already hold.
        if self.amount is not None and self.amount < self.granted_total:
            raise ValidationError(
                {
                    "amount": _("Confirmed grants already hold EUR {granted} of this budget.").format(
                        granted=self.granted_total
                    )
                }
            )


class Application(models.Model):
    """A partner's request for a subsidy under a scheme, for one year's budget."""

    Status = Status

    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="subsidy_applications", verbose_name=_("organisation")
    )
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="applications", verbose_name=_("scheme"))
    year = models.PositiveSmallIntegerField(_("budget year"))
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subsidy_applications",
        verbose_name=_("applicant"),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="nl",
        help_text=_("E-mails about the application are written in this language."),
    )
    title = models.CharField(_("project title"), max_length=200)
    description = models.TextField(_("project description"))
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="subsidy_applications", verbose_name=_("country")
    )
    local_partner = models.CharField(
        _("local partner"), max_length=200, help_text=_("The organisation you work with in that country.")
    )
    global_goals = models.ManyToManyField(
        GlobalGoal, blank=True, related_name="subsidy_applications", verbose_name=_("Global Goals")
    )
    start_date = models.DateField(_("project start"))
    end_date = models.DateField(_("project end"))
    amount_requested = models.DecimalField(_("amount requested (EUR)"), max_digits=10, decimal_places=2)
    total_budget = models.DecimalField(_("total project budget (EUR)"), max_digits=12, decimal_places=2)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    #: The confirmed grant, and after settling the definitive amount.
    granted_amount = models.DecimalField(_("granted (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True)
    settled_amount = models.DecimalField(_("settled (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True)
    report_reminder_sent_at = models.DateTimeField(_("final report reminder sent"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated"], m2m_fields=[global_goals])

    class Meta:
        ordering = ["-created"]
        verbose_name = _("subsidy application")
        verbose_name_plural = _("subsidy applications")
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="application_status_submitted"),
            models.Index(fields=["year", "scheme"], name="application_year_scheme"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=Status.values), name="application_status_valid"),
            models.CheckConstraint(condition=models.Q(amount_requested__gt=0), name="application_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(total_budget__gte=models.F("amount_requested")),
                name="application_total_covers_request",
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="application_end_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(granted_amount__isnull=True) | models.Q(granted_amount__gte=0),
                name="application_granted_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(settled_amount__isnull=True)
                | models.Q(settled_amount__gte=0, settled_amount__lte=models.F("granted_amount")),
                name="application_settled_within_granted",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=Status.DRAFT) | models.Q(submitted_at__isnull=True),
                name="application_draft_not_submitted",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.partner})"

    def get_absolute_url(self) -> str:
        return reverse("subsidies:detail", kwargs={"pk": self.pk})

    @property
    def phase(self) -> Phase:
        """What the status means: its groups and what happens next (``lifecycle.PHASES``)."""
        return PHASES[self.status]

    @property
    def reference(self) -> str:
        return f"S{self.year}-{self.pk:04d}"

    @property
    def decision_deadline(self) -> datetime.date | None:
        """The date by which the office owes a decision: submission plus the scheme's term."""
        if self.submitted_at is None:
            return None
        return timezone.localdate(self.submitted_at) + datetime.timedelta(weeks=self.scheme.decision_weeks)

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        deadline = self.decision_deadline
        return deadline is not None and self.status in AWAITING_DECISION and (today or timezone.localdate()) > deadline

    def age_days(self, today: datetime.date | None = None) -> int | None:
        if self.submitted_at is None:
            return None
        return ((today or timezone.localdate()) - timezone.localdate(self.submitted_at)).days

    @property
    def report_due(self) -> datetime.date:
        """The final report is due ``REPORT_DUE_MONTHS`` months after the project's end."""
        month = self.end_date.month - 1 + REPORT_DUE_MONTHS
        year, month = self.end_date.year + month // 12, month % 12 + 1
        return datetime.date(year, month, min(self.end_date.day, calendar.monthrange(year, month)[1]))

    @property
    def amount_paid(self) -> Decimal:
        return sum((payment.amount for payment in self.payments.all()), ZERO)

    @property
    def payable(self) -> Decimal:
        """What may still be paid: the settled amount once settled, else the grant."""
        limit = self.settled_amount if self.settled_amount is not None else (self.granted_amount or ZERO)
        return max(limit - self.amount_paid, ZERO)


class FundingKind(models.TextChoices):
    EXPECTED = "expected", _("expected")
    ACTUAL = "actual", _("actually raised")


class Answer(models.Model):
    """The applicant's answer to one of the scheme's own questions."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="answers", verbose_name=_("application")
    )
    question = models.ForeignKey(
        SchemeQuestion, on_delete=models.PROTECT, related_name="answers", verbose_name=_("question")
    )
    text = models.TextField(_("answer"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["question__order", "question__pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["application", "question"], name="answer_one_per_question"),
        ]

    def __str__(self) -> str:
        return self.text[:50]


class OtherFunding(models.Model):
    """Co-financing: expected when applying, actually raised when reporting (the multiplier's numerator)."""

    Kind = FundingKind

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="other_funding", verbose_name=_("application")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.EXPECTED)
    source = models.CharField(_("source"), max_length=200)
    amount = models.DecimalField(_("amount (EUR)"), max_digits=12, decimal_places=2)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "pk"]
        verbose_name = _("other funding")
        verbose_name_plural = _("other funding")
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="otherfunding_amount_not_negative"),
            models.CheckConstraint(condition=models.Q(kind__in=FundingKind.values), name="otherfunding_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.amount}"


def attachment_path(instance, filename: str) -> str:
    return f"subsidies/{instance.application_id}/{filename}"


class AttachmentKind(models.TextChoices):
    PLAN = "plan", _("project plan")
    BUDGET = "budget", _("budget")
    REPORT = "report", _("final report")
    OTHER = "other", _("other")


class Attachment(models.Model):
    """A document of an application (plan, budget, report); private, streamed after a permission check."""

    Kind = AttachmentKind

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("application")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage, max_length=300)
    original_name = models.CharField(_("file name"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created = models.DateTimeField(_("uploaded"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "created"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=AttachmentKind.values), name="attachment_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.original_name


class Review(models.Model):
    """The office's assessment of an application against its scheme's criteria."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="review", verbose_name=_("application")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("reviewer")
    )
    note = models.TextField(_("overall note"), blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")


class CriterionAssessment(models.Model):
    """Per criterion: met, not met, or not yet assessed, with a note."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("review"))
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+", verbose_name=_("criterion"))
    met = models.BooleanField(_("met"), null=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["criterion__order", "criterion__pk"]
        verbose_name = _("criterion assessment")
        verbose_name_plural = _("criterion assessments")
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="assessment_unique_criterion"),
        ]


class Decision(models.Model):
    """A proposed decision; it takes effect when a second person confirms it (four eyes)."""

    Outcome = Outcome

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="decision", verbose_name=_("application")
    )
    outcome = models.CharField(_("decision"), max_length=8, choices=Outcome.choices)
    amount = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2, default=ZERO)
    motivation = models.TextField(_("motivation"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("proposed by")
    )
    proposed_at = models.DateTimeField(_("proposed"), default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.CheckConstraint(condition=models.Q(outcome__in=Outcome.values), name="decision_outcome_valid"),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="decision_amount_not_negative"),
            models.CheckConstraint(
                condition=~models.Q(outcome=Outcome.REJECT) | models.Q(amount=0), name="decision_reject_is_zero"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome=Outcome.REJECT) | models.Q(amount__gt=0), name="decision_grant_is_positive"
            ),
            # Four eyes: nobody confirms their own proposal.
            models.CheckConstraint(
                condition=models.Q(confirmed_by__isnull=True) | ~models.Q(confirmed_by=models.F("proposed_by")),
                name="decision_four_eyes",
            ),
            models.CheckConstraint(
                condition=models.Q(confirmed_by__isnull=True, confirmed_at__isnull=True)
                | models.Q(confirmed_by__isnull=False, confirmed_at__isnull=False),
                name="decision_confirmed_with_date",
            ),
        ]

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def result(self) -> str:
        """How the decision reads as a result ("Granted in full")."""
        return OUTCOME_RESULT[self.outcome]


class Payment(models.Model):
    """Money paid out on a grant (negative: reclaimed after settling at less than was paid)."""

    application = models.ForeignKey(
        Application, on_delete=models.PROTECT, related_name="payments", verbose_name=_("application")
    )
    date = models.DateField(_("payment date"))
    amount = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("recorded by")
    )
    created = models.DateTimeField(_("recorded"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        constraints = [
            # A negative row is money reclaimed when the definitive amount is below what was paid.
            models.CheckConstraint(condition=~models.Q(amount=0), name="payment_amount_not_zero"),
        ]


class FinalReport(models.Model):
    """The applicant's account after the project, and the office's settlement of the definitive amount."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="final_report", verbose_name=_("application")
    )
    what_was_done = models.TextField(_("what was done"))
    amount_spent = models.DecimalField(_("money actually spent (EUR)"), max_digits=12, decimal_places=2)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("filed by")
    )
    filed_at = models.DateTimeField(_("filed"), default=timezone.now)
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("settled by"),
    )
    settled_at = models.DateTimeField(_("settled"), null=True, blank=True)
    settlement_note = models.TextField(_("settlement note"), blank=True)
    #: Settled at less than was paid: what the organisation must pay back (stated in the settlement letter).
    reclaim_amount = models.DecimalField(
        _("to be paid back (EUR)"), max_digits=10, decimal_places=2, default=ZERO, editable=False
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("final report")
        verbose_name_plural = _("final reports")
        constraints = [
            models.CheckConstraint(condition=models.Q(amount_spent__gte=0), name="finalreport_spent_not_negative"),
            models.CheckConstraint(condition=models.Q(reclaim_amount__gte=0), name="finalreport_reclaim_not_negative"),
        ]


def letter_path(instance, filename: str) -> str:
    return f"subsidies/{instance.application_id}/letters/{filename}"


class LetterKind(models.TextChoices):
    DECISION = "decision", _("decision letter")
    SETTLEMENT = "settlement", _("settlement letter")


class Letter(models.Model):
    """A formal letter to the applicant as a PDF (the decision, the settlement), made once and kept as it was sent:
    never regenerated (``services.letter_issue``). Private: streamed to the applicant and the office only."""

    Kind = LetterKind

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="letters", verbose_name=_("application")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(_("file"), upload_to=letter_path, storage=private_storage, max_length=300)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        constraints = [
            models.UniqueConstraint(fields=["application", "kind"], name="letter_unique_kind"),
            models.CheckConstraint(condition=models.Q(kind__in=LetterKind.values), name="letter_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.application.reference}"

    @property
    def filename(self) -> str:
        return f"{self.kind}-{self.application.reference}.pdf"
