"""The council's progress report for a period, structured like the 2020 five-year report: a summary, a section per
sector of the klaverblad, the International Office, the Global Goals, new developments and "what did it bring
Deventer". Each section holds the coordinator's short text (``ReportText``), figures from
``deventer_intl.figures`` (the same objects ``/cijfers/`` shows) and lists from the data. The HTML page, the PDF
and the workbook all render this one object, so they cannot disagree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda.models import Action
from deventer_intl.charts import Figure
from deventer_intl.figures import Figures, Period
from partners.figures import relations_running
from partners.models import Sector
from reports.models import ReportText, Section


@dataclass
class ActionItem:
    code: str
    title: str
    status: str
    status_code: str
    list: str
    start: datetime.date | None
    url: str
    sector_ids: list[int]


@dataclass
class EventItem:
    title: str
    date: datetime.date
    kind: str
    visitors: int | None
    url: str
    sector_ids: list[int]


@dataclass
class ReportSection:
    key: str
    title: str
    text: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    events: list[EventItem] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"section-{self.key}"


class Report:
    """The report of ``period``: a fixed number of queries whatever the amount of data."""

    def __init__(self, period: Period):
        self.period = period
        self.figures = Figures(period)
        self.generated_on = timezone.localdate()

    @property
    def filename(self) -> str:
        return f"rapportage-internationaal-beleid-{self.period.slug}"

    @property
    def title(self) -> str:
        return _("Progress report on the international policy {period}").format(period=self.period.label)

    @cached_property
    def texts(self) -> dict:
        rows = ReportText.objects.filter(start_year=self.period.start, end_year=self.period.end)
        return {(row.section, row.sector_id): row.text for row in rows}

    @cached_property
    def sectors(self) -> list[Sector]:
        return list(Sector.objects.order_by("order", "name_nl"))

    @cached_property
    def actions(self) -> list[ActionItem]:
        """The public actions of the policy period, with their sectors (two queries)."""
        queryset = (
            self.figures.public_actions.select_related(None)
            .only("pk", "code", "title", "status", "list", "start_date", "period_id")
            .prefetch_related(Prefetch("sectors", queryset=Sector.objects.only("pk")))
            .order_by("list", "number")
        )
        return [
            ActionItem(
                action.code,
                action.title,
                str(action.get_status_display()),
                action.status,
                action.list,
                action.start_date,
                action.get_absolute_url(),
                [sector.pk for sector in action.sectors.all()],
            )
            for action in queryset
        ]

    @cached_property
    def events(self) -> list[EventItem]:
        """The public events held in the period, with their sectors (two queries)."""
        queryset = (
            self.figures.held_events.only("pk", "slug", "title", "start", "kind", "actual_visitors")
            .prefetch_related(Prefetch("sectors", queryset=Sector.objects.only("pk")))
            .order_by("start", "pk")
        )
        return [
            EventItem(
                event.title,
                timezone.localtime(event.start).date(),
                str(event.get_kind_display()),
                event.actual_visitors,
                event.get_absolute_url(),
                [sector.pk for sector in event.sectors.all()],
            )
            for event in queryset
        ]

    @cached_property
    def new_relations(self) -> list[str]:
        """Relations that began in the period."""
        started = relations_running(self.period.start, self.period.end).filter(
            Q(since__gte=self.period.start), Q(since__lte=self.period.end)
        )
        return [
            f"{relation.counterpart} ({relation.country.name}, {relation.get_kind_display()}, {relation.since})"
            for relation in started.select_related("country").order_by("since", "counterpart")
        ]

    def _text(self, section: str, sector: Sector | None = None) -> str:
        return self.texts.get((section, sector.pk if sector else None), "")

    @cached_property
    def summary_facts(self) -> list[tuple[str, str]]:
        from deventer_intl.charts import format_value

        figures = self.figures
        under_way = figures.under_way
        subsidies = figures.subsidy_total
        events = figures.event_total
        partners = figures.figure("partners-sector").total["partners"]
        policy = figures.policy_period
        facts = [
            (_("Partner organisations"), format_value(partners, "count")),
            (
                _("Actions realised or under way"),
                _("{under_way} of {total}").format(
                    under_way=format_value(under_way["under_way"], "count"),
                    total=format_value(under_way["total"], "count"),
                )
                + (f" ({policy.name})" if policy else ""),
            ),
            (_("Events held"), format_value(events["events"], "count")),
            (_("Visitors"), format_value(events["visitors"], "count")),
            (_("Subsidies granted"), format_value(subsidies["granted"], "count")),
            (_("Amount granted"), format_value(subsidies["total_granted"], "money")),
            (_("Other funding raised"), format_value(subsidies["raised"], "money")),
            (_("Multiplier"), format_value(subsidies["multiplier"], "ratio")),
            (_("International relations"), format_value(figures.figure("relations-kind").total["relations"], "count")),
        ]
        return facts

    @cached_property
    def sections(self) -> list[ReportSection]:
        figure = self.figures.figure
        sections = [ReportSection("summary", _("Summary"), self._text(Section.SUMMARY), facts=self.summary_facts)]
        partners_per_sector = {row.label: row.values["partners"] for row in figure("partners-sector").rows}
        for sector in self.sectors:
            actions = [item for item in self.actions if sector.pk in item.sector_ids]
            events = [item for item in self.events if sector.pk in item.sector_ids]
            under_way = sum(1 for item in actions if item.status_code in Action.UNDER_WAY_STATUSES)
            sections.append(
                ReportSection(
                    f"sector-{sector.slug}",
                    sector.name,
                    self._text(Section.SECTOR, sector),
                    facts=[
                        (_("Partner organisations"), str(partners_per_sector.get(sector.name, 0))),
                        (
                            _("Actions realised or under way"),
                            _("{under_way} of {total}").format(under_way=under_way, total=len(actions)),
                        ),
                        (_("Events held"), str(len(events))),
                        (_("Visitors"), str(sum(item.visitors or 0 for item in events))),
                    ],
                    actions=actions,
                    events=events,
                )
            )
        sections += [
            ReportSection(
                "office",
                _("The International Office"),
                self._text(Section.OFFICE),
                figures=[
                    figure("partners-sector"),
                    figure("partners-country"),
                    figure("actions-list"),
                    figure("actions-status"),
                    figure("actions-chapter"),
                ],
            ),
            ReportSection(
                "goals",
                _("The Global Goals"),
                self._text(Section.GOALS),
                figures=[figure("subsidies-goal"), figure("subsidies-country")],
            ),
            ReportSection(
                "new",
                _("New developments"),
                self._text(Section.NEW),
                figures=[figure("relations-kind"), figure("relations-country")],
                actions=[item for item in self.actions if item.list == Action.List.A],
                relations=self.new_relations,
            ),
            ReportSection(
                "yield",
                _("What did it bring Deventer?"),
                self._text(Section.YIELD),
                facts=[fact for fact in self.summary_facts if fact[0] in self._yield_facts],
                figures=[
                    figure("events-year"),
                    figure("events-kind"),
                    figure("events-series"),
                    figure("subsidies-year"),
                    figure("subsidies-scheme"),
                ],
            ),
        ]
        return sections

    @cached_property
    def _yield_facts(self) -> set[str]:
        return {_("Visitors"), _("Amount granted"), _("Other funding raised"), _("Multiplier")}
