"""The dynamic work agenda: actions on list A or B, the partners taking part, and their progress."""

from __future__ import annotations

import datetime

from concurrency.fields import AutoIncVersionField
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Cast, Left, Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agenda.querysets import ActionQuerySet, ProgressUpdateQuerySet
from deventer_intl.i18n import translated
from deventer_intl.storage import private_storage
from partners.models import SEARCH_CONFIG, Country, GlobalGoal, MunicipalityRole, Partner, Sector

#: An open action without a progress update for this many days is flagged as stale.
STALE_AFTER_DAYS = 90


class PolicyPeriod(models.Model):
    """A policy period of the municipality's international policy, e.g. 2021-2026."""

    name = models.CharField(_("name"), max_length=20, unique=True)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    document = models.CharField(_("policy document"), max_length=200, blank=True)

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("policy period")
        verbose_name_plural = _("policy periods")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")), name="period_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Chapter(models.Model):
    """A chapter of a period's policy note; actions are grouped by it."""

    period = models.ForeignKey(
        PolicyPeriod, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("policy period")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=200, blank=True)

    class Meta:
        ordering = ["period", "number"]
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        constraints = [
            models.UniqueConstraint(fields=["period", "number"], name="chapter_unique_number"),
        ]

    @property
    def title(self) -> str:
        return translated(self, "title")

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


# The choices are defined outside their model so that its Meta's constraints can read their values.
class ActionList(models.TextChoices):
    A = "A", _("A – new action")
    B = "B", _("B – ongoing action, new impulse")


class ActionStatus(models.TextChoices):
    IDEA = "idea", _("idea")
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    REALISED = "realised", _("realised")
    STOPPED = "stopped", _("stopped")


class Action(models.Model):
    """One line of the work agenda, with its lead, its partners and its progress."""

    List = ActionList
    Status = ActionStatus
    #: What the municipality does in it: the same roles as in an international relation.
    MunicipalityRole = MunicipalityRole

    #: Statuses of actions that are still running (the stale flag and "join" apply to them).
    OPEN_STATUSES = (Status.IDEA, Status.PLANNED, Status.IN_PROGRESS)
    #: The 2017 mid-term review's figure counts these as "realised or under way".
    UNDER_WAY_STATUSES = (Status.IN_PROGRESS, Status.REALISED)
    #: The progress a status implies when nobody sets it explicitly.
    STATUS_PROGRESS = {Status.IDEA: 0, Status.REALISED: 100}

    period = models.ForeignKey(
        PolicyPeriod, on_delete=models.PROTECT, related_name="actions", verbose_name=_("policy period")
    )
    chapter = models.ForeignKey(
        Chapter, on_delete=models.PROTECT, null=True, blank=True, related_name="actions", verbose_name=_("chapter")
    )
    code = models.CharField(
        _("code"),
        max_length=8,
        validators=[
            RegexValidator(r"^[AB][1-9][0-9]{0,5}$", _("A code is the list letter and a number, e.g. A3 or B12."))
        ],
        help_text=_("The list letter and a number, e.g. A3 or B12."),
    )
    list = models.CharField(_("list"), max_length=1, choices=List.choices, default=List.A)
    #: The code's number, so B2 sorts before B10.
    number = models.GeneratedField(
        expression=Cast(Substr("code", 2), models.IntegerField()), output_field=models.IntegerField(), db_persist=True
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IDEA)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    lead_partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_actions",
        verbose_name=_("lead partner"),
    )
    lead_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_actions",
        verbose_name=_("lead person"),
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="edited_actions",
        verbose_name=_("co-editors"),
        help_text=_("People besides the lead who may edit this action."),
    )
    partners = models.ManyToManyField(
        Partner, through="Participation", blank=True, related_name="actions", verbose_name=_("participating partners")
    )
    sectors = models.ManyToManyField(Sector, blank=True, related_name="actions", verbose_name=_("sectors"))
    municipality_role = models.CharField(
        _("role of the municipality"),
        max_length=12,
        choices=MunicipalityRole.choices,
        default=MunicipalityRole.FACILITATES,
    )
    global_goals = models.ManyToManyField(
        GlobalGoal, blank=True, related_name="actions", verbose_name=_("Global Goals")
    )
    countries = models.ManyToManyField(Country, blank=True, related_name="actions", verbose_name=_("countries"))
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    public = models.BooleanField(
        _("public"), default=True, help_text=_("Shown on the public agenda. Untick for actions still in preparation.")
    )
    #: Optimistic locking: every save checks and raises this number (django-concurrency).
    version = AutoIncVersionField(
        _("version"), help_text=_("Raised by every save; an edit based on an older version is refused.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    #: Date of the latest progress update (or of creation): what the stale flag reads, indexed.
    last_update_on = models.DateField(_("last update"), default=datetime.date.today)
    search_vector = models.GeneratedField(
        expression=SearchVector("code", "title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("description", weight="B", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["version", "number", "search_vector", "updated", "last_update_on"],
        m2m_fields=[sectors, global_goals, countries, editors],
    )

    class Meta:
        ordering = ["period", "list", "number"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        indexes = [
            GinIndex(fields=["search_vector"], name="action_search_vector_gin"),
            models.Index(fields=["status", "last_update_on"], name="action_status_last_update"),
            models.Index(fields=["public", "period", "list"], name="action_public_period_list"),
            # The public agenda's order (querysets.public_list_ordering): a page's keys from the index alone.
            models.Index(fields=["public", "-period", "list", "number", "id"], name="action_public_list_order"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["period", "code"], name="action_unique_code_per_period"),
            models.CheckConstraint(
                condition=models.Q(progress__gte=0, progress__lte=100), name="action_progress_0_100"
            ),
            models.CheckConstraint(condition=models.Q(list__in=ActionList.values), name="action_list_valid"),
            models.CheckConstraint(
                condition=models.Q(status__in=ActionStatus.values),
                name="action_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(municipality_role__in=MunicipalityRole.values),
                name="action_municipality_role_valid",
            ),
            models.CheckConstraint(condition=models.Q(code__regex=r"^[AB][1-9][0-9]{0,5}$"), name="action_code_format"),
            # The code starts with the list's letter: B7 is on list B.
            models.CheckConstraint(condition=models.Q(list=Left("code", 1)), name="action_code_matches_list"),
            models.CheckConstraint(
                condition=~models.Q(status=ActionStatus.REALISED) | models.Q(progress=100),
                name="action_realised_is_100",
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="action_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("agenda:detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_stale(self, today: datetime.date | None = None) -> bool:
        """Open, and no progress update for more than ``STALE_AFTER_DAYS`` days."""
        today = today or timezone.localdate()
        return self.is_open and (today - self.last_update_on).days > STALE_AFTER_DAYS


class ParticipationRole(models.TextChoices):
    CO_LEAD = "co-lead", _("co-lead")
    PARTICIPANT = "participant", _("participant")
    SUPPORTER = "supporter", _("supporter")


class Participation(models.Model):
    """A partner organisation taking part in an action, with its role."""

    Role = ParticipationRole

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="participations", verbose_name=_("action")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="participations", verbose_name=_("partner")
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTICIPANT)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    created = models.DateTimeField(_("since"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["partner__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["action", "partner"], name="participation_unique_partner"),
            models.CheckConstraint(
                condition=models.Q(role__in=ParticipationRole.values), name="participation_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} – {self.action.code}"


class ParticipationRequest(models.Model):
    """A participation that waits for someone's yes: an editor's invitation, which a representative of the partner
    accepts or declines; or a representative's claim to co-lead, which the action's lead approves or declines.
    Accepting makes the participation (``agenda.services.participation_request_answer``)."""

    class Kind(models.TextChoices):
        INVITATION = "invitation", _("invitation")
        CO_LEAD_CLAIM = "co-lead", _("request to co-lead")

    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting an answer")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="participation_requests", verbose_name=_("action")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="participation_requests", verbose_name=_("partner")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    role = models.CharField(_("role"), max_length=12, choices=ParticipationRole.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("asked by")
    )
    created = models.DateTimeField(_("asked on"), auto_now_add=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("participation request")
        verbose_name_plural = _("participation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["action", "partner"],
                condition=models.Q(status="pending"),
                name="participationrequest_one_pending",
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=ParticipationRole.values), name="participationrequest_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "accepted", "declined"]),
                name="participationrequest_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=["invitation", "co-lead"]), name="participationrequest_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.partner} – {self.action.code}"


def update_upload_path(instance, filename: str) -> str:
    return f"agenda/updates/{instance.action_id}/{filename}"


class ProgressUpdate(models.Model):
    """A dated entry on an action's timeline; it may move the status and the progress."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates", verbose_name=_("action"))
    date = models.DateField(_("date"), default=datetime.date.today)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="progress_updates",
        verbose_name=_("author"),
    )
    text = models.TextField(_("what happened"))
    status = models.CharField(_("new status"), max_length=12, choices=Action.Status.choices, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("new progress (%)"), null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    # Private storage: a non-public action's photos and PDFs are served only to those who may see the action.
    image = models.ImageField(_("photo"), upload_to=update_upload_path, storage=private_storage, blank=True)
    attachment = models.FileField(
        _("attachment (PDF)"), upload_to=update_upload_path, storage=private_storage, blank=True
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ProgressUpdateQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-created"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        indexes = [models.Index(fields=["action", "-date"], name="update_action_date")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__isnull=True) | models.Q(progress__gte=0, progress__lte=100),
                name="update_progress_0_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action.code} {self.date:%Y-%m-%d}"
