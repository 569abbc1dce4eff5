"""The texts of the council's progress report: a short text per section and period, written by a coordinator in
the admin (with history). The figures and lists beside them come from the data, never from here."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from deventer_intl.i18n import Translated


class Section(models.TextChoices):
    """The sections of the report, in the order of the 2020 five-year report."""

    SUMMARY = "summary", _("Summary")
    SECTOR = "sector", _("Sector of the klaverblad")
    OFFICE = "office", _("The International Office")
    GOALS = "goals", _("The Global Goals")
    NEW = "new", _("New developments")
    YIELD = "yield", _("What did it bring Deventer?")


class ReportText(Translated, models.Model):
    """A coordinator's short text for one section of the report of the years ``start_year``–``end_year``."""

    Section = Section

    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    section = models.CharField(_("section"), max_length=12, choices=Section.choices)
    sector = models.ForeignKey(
        "partners.Sector",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="report_texts",
        verbose_name=_("sector"),
        help_text=_("Only for the section of a sector."),
    )
    text_nl = models.TextField(_("text (Dutch)"))
    text_en = models.TextField(_("text (English)"), blank=True)
    text_de = models.TextField(_("text (German)"), blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated"])

    class Meta:
        ordering = ["-end_year", "start_year", "section", "sector__order"]
        verbose_name = _("report text")
        verbose_name_plural = _("report texts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")),
                name="reporttext_end_after_start",
                violation_error_message=_("The last year is before the first year."),
            ),
            models.CheckConstraint(condition=models.Q(section__in=Section.values), name="reporttext_section_valid"),
            # A sector's section names its sector; the other sections name none.
            models.CheckConstraint(
                condition=models.Q(section=Section.SECTOR, sector__isnull=False)
                | (~models.Q(section=Section.SECTOR) & models.Q(sector__isnull=True)),
                name="reporttext_sector_only_for_sector_section",
                violation_error_message=_("Choose a sector for the section of a sector, and none for the others."),
            ),
            models.UniqueConstraint(
                fields=["start_year", "end_year", "section"],
                condition=models.Q(sector__isnull=True),
                name="reporttext_unique_section",
                violation_error_message=_("This section of this period has a text already: edit that one."),
            ),
            models.UniqueConstraint(
                fields=["start_year", "end_year", "sector"],
                condition=models.Q(sector__isnull=False),
                name="reporttext_unique_sector",
                violation_error_message=_("This section of this period has a text already: edit that one."),
            ),
        ]

    def __str__(self) -> str:
        section = self.sector.name if self.sector_id else self.get_section_display()
        return f"{self.start_year}–{self.end_year}: {section}"

    @property
    def text(self) -> str:
        return self.translated("text")
