"""The public figures of the network for a period of years: what ``/cijfers/``, the council's report (HTML, PDF)
and its workbook (XLSX) show, composed once from each app's own figures module.

Every figure is a table (rows with a label, numbers and the link to the list they count) that the pages draw as
a chart and print as a table, and the workbook writes as a sheet: one source, so the same data and period give
the same numbers everywhere. Each figure is one aggregate query (or two), whatever the number of rows.

What is counted (public data only):
- partners: published partners as they are now, per sector and per country where active;
- actions: the public actions of the policy period that holds the last year of the period, with their status;
- subsidies: granted applications (``lifecycle.GRANTED``) of the budget years in the period;
- events: public events held (ended) with a start in the period's years, each visitor once (``events/figures``);
- relations: relations that ran during part of the period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda import figures as agenda_figures
from agenda.models import PolicyPeriod
from deventer_intl.charts import Column, Figure, Row
from deventer_intl.i18n import translated
from events import figures as event_figures
from events.models import Event
from partners import figures as partner_figures
from partners.models import Country, GlobalGoal
from subsidies import figures as subsidy_figures

#: Periods are calendar years within these bounds.
FIRST_YEAR, LAST_YEAR = 1990, 2100
#: The council's progress report covers two years (the 2020 report five: a whole policy period).
REPORT_YEARS = 2


@dataclass(frozen=True)
class Period:
    """Calendar years ``start``–``end`` (both included)."""

    start: int
    end: int

    @property
    def slug(self) -> str:
        return f"{self.start}-{self.end}"

    @property
    def label(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"

    def __str__(self) -> str:
        return self.label

    @classmethod
    def parse(cls, text: str | None) -> Period | None:
        """``2019-2020`` (or ``2019``) as a period; None for anything else, reversed or out-of-bounds years."""
        match = re.fullmatch(r"\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*", text or "")
        if not match:
            return None
        start, end = int(match[1]), int(match[2] or match[1])
        if not (FIRST_YEAR <= start <= end <= LAST_YEAR):
            return None
        return cls(start, end)


def period_choices() -> list[Period]:
    """The periods offered: each policy period whole, then its two-year report periods, newest first."""
    choices: list[Period] = []
    for policy in PolicyPeriod.objects.order_by("-start_year"):
        choices.append(Period(policy.start_year, policy.end_year))
        for start in range(policy.start_year, policy.end_year + 1, REPORT_YEARS):
            part = Period(start, min(start + REPORT_YEARS - 1, policy.end_year))
            if part not in choices:
                choices.append(part)
    return choices


def default_period() -> Period:
    """The newest policy period, or the current year when there is none."""
    policy = PolicyPeriod.objects.order_by("-start_year").first()
    if policy is None:
        year = timezone.localdate().year
        return Period(year, year)
    return Period(policy.start_year, policy.end_year)


@dataclass
class Subject:
    """A subject of the figures (partners, actions …): a heading and its figures; a sheet of the workbook."""

    key: str
    title: str
    figures: list[Figure] = field(default_factory=list)


def list_url(name: str, path_kwargs: dict | None = None, **filters) -> str | None:
    """The URL of a list with its filters in the query string; None while that list does not exist: the public
    subsidy register (``subsidies:register``: scheme, year, country) and the relations index (``relations:list``:
    kind, country) come with issues 10 and 11 on their own branches, and are linked once merged."""
    try:
        url = reverse(name, kwargs=path_kwargs)
    except NoReverseMatch:
        return None
    query = urlencode({key: value for key, value in filters.items() if value not in (None, "")})
    return f"{url}?{query}" if query else url


class Figures:
    """All public figures for ``period``; each subject is built on first use."""

    def __init__(self, period: Period):
        self.period = period

    @cached_property
    def policy_period(self) -> PolicyPeriod | None:
        return agenda_figures.period_for_years(self.period.start, self.period.end)

    @cached_property
    def subjects(self) -> list[Subject]:
        return [self.partners, self.actions, self.subsidies, self.events, self.relations]

    def figure(self, key: str) -> Figure:
        return next(figure for subject in self.subjects for figure in subject.figures if figure.key == key)

    # Partners ------------------------------------------------------------------------------------------------

    @cached_property
    def partners(self) -> Subject:
        partners = _("Partners")
        sectors = partner_figures.partners_per_sector()
        countries = partner_figures.partners_per_country()
        return Subject(
            "partners",
            _("Partners"),
            [
                Figure(
                    "partners-sector",
                    _("Partners per sector"),
                    _("Published partner organisations per sector of the klaverblad, as they are now."),
                    _("Sector"),
                    [Column("partners", partners)],
                    [
                        Row(row["name"], {"partners": row["partners"]}, list_url("partners:list", sector=row["slug"]))
                        for row in sectors
                    ],
                    "partners",
                    total={"partners": sum(row["partners"] for row in sectors)},
                    list_url=list_url("partners:list"),
                ),
                Figure(
                    "partners-country",
                    _("Partners per country"),
                    _(
                        "Published partner organisations per country where they are active; one active in two "
                        "countries counts in both."
                    ),
                    _("Country"),
                    [Column("partners", partners)],
                    [
                        Row(
                            row["name"],
                            {"partners": row["partners"]},
                            list_url("partners:list", country=str(row["code"]).lower()),
                        )
                        for row in countries
                    ],
                    "partners",
                    list_url=list_url("partners:list"),
                ),
            ],
        )

    # Actions -------------------------------------------------------------------------------------------------

    @cached_property
    def public_actions(self):
        return agenda_figures.public_actions(self.policy_period)

    @cached_property
    def under_way(self) -> dict:
        """{total, under_way}: "N of M actions realised or under way" in the policy period."""
        return agenda_figures.under_way(self.public_actions)

    @cached_property
    def actions(self) -> Subject:
        policy = self.policy_period
        name = policy.name if policy else None
        actions_label, under_way_label = _("Actions"), _("Realised or under way")
        columns = [Column("actions", actions_label), Column("under_way", under_way_label)]
        by_list = agenda_figures.actions_by_list(self.public_actions)
        by_status = agenda_figures.actions_by_status(self.public_actions)
        by_chapter = agenda_figures.actions_by_chapter(self.public_actions, policy)
        period_note = (
            _("The public actions of the policy period {period}.").format(period=name)
            if policy
            else _("There is no policy period for these years.")
        )
        return Subject(
            "actions",
            _("Work agenda"),
            [
                Figure(
                    "actions-list",
                    _("Actions per list"),
                    period_note + " " + _("List A holds new actions, list B ongoing actions given a new impulse."),
                    _("List"),
                    columns,
                    [
                        Row(
                            str(row["label"]),
                            {"actions": row["actions"], "under_way": row["under_way"]},
                            list_url("agenda:list", period=name, list=row["list"]),
                        )
                        for row in by_list
                    ],
                    "actions",
                    total={"actions": self.under_way["total"], "under_way": self.under_way["under_way"]},
                    list_url=list_url("agenda:list", period=name),
                ),
                Figure(
                    "actions-status",
                    _("Actions per status"),
                    period_note,
                    _("Status"),
                    [Column("actions", actions_label)],
                    [
                        Row(
                            str(row["label"]).capitalize(),
                            {"actions": row["actions"]},
                            list_url("agenda:list", period=name, status=row["status"]),
                        )
                        for row in by_status
                    ],
                    "actions",
                    total={"actions": self.under_way["total"]},
                    list_url=list_url("agenda:list", period=name),
                ),
                Figure(
                    "actions-chapter",
                    _("Actions per chapter"),
                    period_note + " " + _("Per chapter of the policy note."),
                    _("Chapter"),
                    columns,
                    [
                        Row(
                            str(row["label"]),
                            {"actions": row["actions"], "under_way": row["under_way"]},
                            list_url("agenda:list", period=name, chapter=row["chapter"]) if row["chapter"] else None,
                        )
                        for row in by_chapter
                    ],
                    "actions",
                    total={"actions": self.under_way["total"], "under_way": self.under_way["under_way"]},
                    list_url=list_url("agenda:list", period=name),
                ),
            ],
        )

    # Subsidies -----------------------------------------------------------------------------------------------

    @property
    def single_year(self) -> int | None:
        """The year, when the period is one year (the subsidy register filters on one year or all)."""
        return self.period.start if self.period.start == self.period.end else None

    @cached_property
    def granted(self):
        return subsidy_figures.granted_in(self.period.start, self.period.end)

    @cached_property
    def subsidy_total(self) -> dict:
        return subsidy_figures.total(self._subsidy_years)

    @cached_property
    def _subsidy_years(self) -> list[dict]:
        return subsidy_figures.by_year(self.granted)

    @staticmethod
    def _subsidy_columns() -> list[Column]:
        return [
            Column("granted", _("Subsidies granted")),
            Column("total_granted", _("Amount granted"), "money"),
            Column("raised", _("Other funding raised"), "money"),
            Column("multiplier", _("Multiplier"), "ratio"),
        ]

    @staticmethod
    def _subsidy_values(row: dict) -> dict:
        return {key: row[key] for key in ("granted", "total_granted", "raised", "multiplier")}

    @cached_property
    def subsidies(self) -> Subject:
        columns = self._subsidy_columns()
        note = _(
            "Granted subsidies of the budget years {period}; the amount is the definitive one once settled. The "
            "multiplier is the other funding the final reports say was raised, per euro of subsidy of the projects "
            "that reported."
        ).format(period=self.period.label)
        register = "subsidies:register"
        schemes = subsidy_figures.by_scheme(self.granted)
        countries = subsidy_figures.by_country(self.granted)
        goals = subsidy_figures.by_global_goal(self.granted)
        goal_names = {goal.number: str(goal) for goal in GlobalGoal.objects.all()} if goals else {}
        total = {key: self.subsidy_total[key] for key in ("granted", "total_granted", "raised", "multiplier")}
        country_rows = []
        for row in countries:
            name = str(Country(code=row["country"]).name)
            country_rows.append(
                Row(
                    name,
                    self._subsidy_values(row),
                    list_url(register, country=str(row["country"]).lower(), year=self.single_year)
                    or list_url("partners:country-detail", {"code": str(row["country"]).lower()}),
                )
            )
        country_rows.sort(key=lambda row: (-row.values["total_granted"], row.label))
        return Subject(
            "subsidies",
            _("Subsidies"),
            [
                Figure(
                    "subsidies-year",
                    _("Subsidies per year"),
                    note,
                    _("Year"),
                    columns,
                    [
                        Row(str(row["year"]), self._subsidy_values(row), list_url(register, year=row["year"]))
                        for row in self._subsidy_years
                    ],
                    "total_granted",
                    total=total,
                    list_url=list_url(register),
                ),
                Figure(
                    "subsidies-scheme",
                    _("Subsidies per scheme"),
                    note,
                    _("Scheme"),
                    columns,
                    [
                        Row(
                            translated(_Names(row), "scheme__name"),
                            self._subsidy_values(row),
                            list_url(
                                register,
                                scheme=row["scheme__slug"],
                                year_from=self.period.start,
                                year_to=self.period.end,
                            ),
                        )
                        for row in schemes
                    ],
                    "total_granted",
                    total=total,
                    list_url=list_url(register),
                ),
                Figure(
                    "subsidies-country",
                    _("Subsidies per country"),
                    note,
                    _("Country"),
                    columns,
                    country_rows,
                    "total_granted",
                    total=total,
                    list_url=list_url(register),
                ),
                Figure(
                    "subsidies-goal",
                    _("Subsidies per Global Goal"),
                    note + " " + _("A project with three Global Goals counts for each of them."),
                    _("Global Goal"),
                    columns,
                    [
                        Row(
                            goal_names[row["global_goals__number"]],
                            self._subsidy_values(row),
                            list_url("partners:goal-detail", {"number": row["global_goals__number"]}),
                        )
                        for row in goals
                    ],
                    "total_granted",
                    list_url=list_url(register),
                ),
            ],
        )

    # Events --------------------------------------------------------------------------------------------------

    @cached_property
    def held_events(self):
        return (
            Event.objects.public().past().filter(start__year__gte=self.period.start, start__year__lte=self.period.end)
        )

    @cached_property
    def _event_years(self) -> list[dict]:
        return event_figures.per_year(self.held_events)

    @cached_property
    def event_total(self) -> dict:
        return {
            "events": sum(row["events"] for row in self._event_years),
            "visitors": sum(row["visitors"] for row in self._event_years),
        }

    @cached_property
    def events(self) -> Subject:
        columns = [Column("events", _("Events")), Column("visitors", _("Visitors"))]
        note = _(
            "Public events held in {period}, with the visitors recorded after them; each visitor counts once (a "
            "festival's sub-events carry their own visitors)."
        ).format(period=self.period.label)
        years = {"year_from": self.period.start, "year_to": self.period.end}
        return Subject(
            "events",
            _("Events"),
            [
                Figure(
                    "events-year",
                    _("Events and visitors per year"),
                    note,
                    _("Year"),
                    columns,
                    [
                        Row(
                            str(row["year"]),
                            {"events": row["events"], "visitors": row["visitors"]},
                            list_url("events:past", year_from=row["year"], year_to=row["year"]),
                        )
                        for row in self._event_years
                    ],
                    "visitors",
                    total=self.event_total,
                    list_url=list_url("events:past", **years),
                ),
                Figure(
                    "events-kind",
                    _("Events and visitors per kind"),
                    note,
                    _("Kind of event"),
                    columns,
                    [
                        Row(
                            str(row["label"]).capitalize(),
                            {"events": row["events"], "visitors": row["visitors"]},
                            list_url("events:past", kind=row["kind"], **years),
                        )
                        for row in event_figures.per_kind(self.held_events)
                    ],
                    "visitors",
                    total=self.event_total,
                    list_url=list_url("events:past", **years),
                ),
                Figure(
                    "events-series",
                    _("Events and visitors per series"),
                    note,
                    _("Series"),
                    columns,
                    [
                        Row(
                            row["series"],
                            {"events": row["events"], "visitors": row["visitors"]},
                            list_url("events:past", series=row["slug"], **years),
                        )
                        for row in event_figures.per_series_total(self.held_events)
                    ],
                    "visitors",
                    list_url=list_url("events:past", **years),
                ),
            ],
        )

    # Relations -----------------------------------------------------------------------------------------------

    @cached_property
    def relations(self) -> Subject:
        columns = [Column("relations", _("Relations"))]
        note = _("International relations that ran during part of {period}.").format(period=self.period.label)
        index = "relations:list"
        kinds = partner_figures.relations_per_kind(self.period.start, self.period.end)
        return Subject(
            "relations",
            _("International relations"),
            [
                Figure(
                    "relations-kind",
                    _("Relations per kind"),
                    note,
                    _("Kind of relation"),
                    columns,
                    [
                        Row(
                            str(row["label"]).capitalize(),
                            {"relations": row["relations"]},
                            list_url(index, kind=row["kind"]),
                        )
                        for row in kinds
                    ],
                    "relations",
                    total={"relations": sum(row["relations"] for row in kinds)},
                    list_url=list_url(index),
                ),
                Figure(
                    "relations-country",
                    _("Relations per country"),
                    note,
                    _("Country"),
                    columns,
                    [
                        Row(
                            row["name"],
                            {"relations": row["relations"]},
                            list_url(index, country=str(row["code"]).lower())
                            or list_url("partners:country-detail", {"code": str(row["code"]).lower()}),
                        )
                        for row in partner_figures.relations_per_country(self.period.start, self.period.end)
                    ],
                    "relations",
                    total={"relations": sum(row["relations"] for row in kinds)},
                    list_url=list_url(index),
                ),
            ],
        )


class _Names:
    """A row's ``scheme__name_nl``/``_en``/``_de`` read as attributes, for ``translated``."""

    def __init__(self, row: dict):
        self.__dict__.update(row)
