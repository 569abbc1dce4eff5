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
