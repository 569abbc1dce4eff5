"""Figures of the work agenda for the public figures page and the council's report: one aggregate query each.

The office's monitoring page (``agenda/monitoring.py``) shows the same counts by status in full; these are the
public actions of one policy period, with their current status and the 2017-style figure "N of M realised or
under way" (``monitoring.under_way_figure``).
"""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from agenda.models import Action, Chapter, PolicyPeriod
from agenda.monitoring import under_way_figure

UNDER_WAY = Q(status__in=Action.UNDER_WAY_STATUSES)


def public_actions(period: PolicyPeriod | None):
    """The public actions of ``period`` (none without a period)."""
    return Action.objects.public().filter(period=period) if period else Action.objects.none()


def period_for_years(start_year: int, end_year: int) -> PolicyPeriod | None:
    """The policy period the chosen years report on: the one holding the last year, else the latest one before it."""
    periods = list(PolicyPeriod.objects.order_by("-start_year"))
    for period in periods:
        if period.start_year <= end_year <= period.end_year:
            return period
    return next((period for period in periods if period.end_year < end_year), None)


def actions_by_list(actions) -> list[dict]:
    """[{list, label, actions, under_way}] per list (A, B)."""
    counts = {
        row["list"]: row
        for row in actions.order_by()
        .values("list")
        .annotate(actions=Count("pk"), under_way=Count("pk", filter=UNDER_WAY))
    }
    return [
        {"list": value, "label": label, "actions": counts[value]["actions"], "under_way": counts[value]["under_way"]}
        for value, label in Action.List.choices
        if value in counts
    ]


def actions_by_status(actions) -> list[dict]:
    """[{status, label, actions}] per status, in the statuses' order (statuses without actions left out)."""
    counts = dict(actions.order_by().values("status").annotate(count=Count("pk")).values_list("status", "count"))
    return [
        {"status": value, "label": label, "actions": counts[value]}
        for value, label in Action.Status.choices
        if counts.get(value)
    ]


def actions_by_chapter(actions, period: PolicyPeriod | None) -> list[dict]:
    """[{chapter (pk or None), label, actions, under_way}] per chapter of the period's note, in its order."""
    counts = {
        row["chapter"]: row
        for row in actions.order_by()
        .values("chapter")
        .annotate(actions=Count("pk"), under_way=Count("pk", filter=UNDER_WAY))
    }
    chapters = [(chapter.pk, str(chapter)) for chapter in Chapter.objects.filter(period=period)] if period else []
    chapters.append((None, _("No chapter")))
    return [
        {"chapter": pk, "label": label, "actions": counts[pk]["actions"], "under_way": counts[pk]["under_way"]}
        for pk, label in chapters
        if pk in counts
    ]


def under_way(actions) -> dict:
    """{total, under_way, as_of}: "N of M realised or under way" with the actions' current status."""
    return under_way_figure(actions)
