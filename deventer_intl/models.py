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
