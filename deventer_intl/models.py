"""Site-wide models: the profile that ties a login to its sector and organisations."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Profile(models.Model):
    """What a login is linked to; the role itself is its group (see ``deventer_intl.roles``).

    A partner representative speaks for the organisations in ``partners``; an ambassador looks
    after ``sector`` and may also belong to one of the ``partners``.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    sector = models.ForeignKey(
        "partners.Sector",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ambassadors",
        verbose_name=_("sector (ambassadors)"),
    )
    partners = models.ManyToManyField(
        "partners.Partner", blank=True, related_name="representatives", verbose_name=_("organisations")
    )
    language = models.CharField(
        _("language of e-mails"), max_length=2, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    stale_digest = models.BooleanField(
        _("weekly overview of my actions without an update"),
        default=True,
        help_text=_("Once a week, if an action you lead has had no update for 90 days."),
    )
    #: When the last weekly overview went out (the command sends at most one a week).
    digest_sent_at = models.DateTimeField(_("weekly overview sent"), null=True, blank=True, editable=False)
    history = HistoricalRecords(m2m_fields=[partners])

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return str(self.user)


class FormSubmission(models.Model):
    """A form that was sent and what it led to: the second identical POST of one rendered form is answered
    with the first one's result instead of creating something again (``deventer_intl.idempotency``).

    ``key`` is an HMAC of the form's one-time token, the user, the path and the posted values, so it says
    nothing about what was sent. Rows are inserted in the transaction that creates the object; a second
    identical POST waits on the primary key until the first commits. ``clear_form_submissions`` removes
    rows older than ``FORM_SUBMISSION_KEEP_HOURS``.
    """

    key = models.CharField(max_length=64, primary_key=True)
    result_url = models.CharField(max_length=2000, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")
        default_permissions = ()

    def __str__(self) -> str:
        return self.result_url


class AuditKind(models.TextChoices):
    """What an audit event records."""

    LOGIN = "login", _("log-in")
    LOGIN_FAILED = "login_failed", _("failed log-in")
    LOCKED_OUT = "locked_out", _("lock-out")
    LOGOUT = "logout", _("log-out")
    ROLE = "role", _("role changed")
    PROFILE = "profile", _("profile changed")
    ACCOUNT = "account", _("login changed")
    DECISION_PROPOSED = "decision_proposed", _("decision proposed")
    DECISION_CONFIRMED = "decision_confirmed", _("decision confirmed")
    PAYMENT = "payment", _("payment recorded")
    SETTLEMENT = "settlement", _("final report settled")
    VIEWED = "viewed", _("personal data viewed")
    DOWNLOADED = "downloaded", _("file downloaded")
    EXPORTED = "exported", _("personal data exported")
    DELETED = "deleted", _("deleted")
    ERASED = "erased", _("person erased")
    ANONYMISED = "anonymised", _("anonymised after the retention period")


class AuditEvent(models.Model):
    """One security-relevant event: who (a user id, never an address), what, on which object, from where.

    Append-only: a database trigger refuses every UPDATE and DELETE of these rows (migration
    ``0004_audit_event_append_only``); the admin shows them read-only. Written by ``deventer_intl.audit``.
    """

    Kind = AuditKind

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("event"), max_length=20, choices=Kind.choices, db_index=True)
    actor_id = models.PositiveIntegerField(_("by (user id)"), null=True, blank=True, db_index=True)
    subject = models.CharField(_("kind of object"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]
        default_permissions = ("view",)
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=AuditKind.values), name="auditevent_kind_known")
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()}"
