"""Reads that combine several queries: the office's monitoring figures, "My agenda", history and export."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import BooleanField, Count, ExpressionWrapper, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda.models import Action, Chapter, PolicyPeriod, ProgressUpdate
from agenda.querysets import stale_condition
from agenda.resources import ActionResource
from deventer_intl.resources import formula_safe, spreadsheet
from deventer_intl.roles import links
from partners.models import Country, GlobalGoal, Sector

#: Rows per section of "My agenda"; the rest is one click away on the filtered agenda.
MY_AGENDA_LIMIT = 50


def _table(rows: list[dict], key: str, labels: dict) -> list[dict]:
    """Pivot ``[{key, status, count}]`` into one row per key with a count per status and a total."""
    table: dict = {}
    for row in rows:
        entry = table.setdefault(row[key], {"label": labels.get(row[key], row[key]), "counts": {}, "total": 0})
        entry["counts"][row["status"]] = row["count"]
        entry["total"] += row["count"]
    ordered = [table[item] for item in labels if item in table]
    for entry in ordered:
        entry["cells"] = [entry["counts"].get(status, 0) for status in Action.Status.values]
    return ordered


def under_way_figure(actions, as_of: datetime.date | None = None) -> dict:
    """ "N of M realised or under way" for ``actions``; with ``as_of``, by the statuses on their timelines then.

    As of a date, an action counts if it had started (start date or first update on or before that
    date) and its latest status change on or before that date was "in progress" or "realised".
    """
    if as_of is None:
        counts = actions.aggregate(
            total=Count("pk"), under_way=Count("pk", filter=Q(status__in=Action.UNDER_WAY_STATUSES))
        )
        return {**counts, "as_of": None}
    status_then = (
        ProgressUpdate.objects.filter(action=OuterRef("pk"), date__lte=as_of)
        .exclude(status="")
        .order_by("-date", "-created")
        .values("status")[:1]
    )
    counts = (
        actions.filter(Q(start_date__lte=as_of) | Q(updates__date__lte=as_of))
        .distinct()
        .annotate(status_then=Subquery(status_then))
        .aggregate(
            total=Count("pk", distinct=True),
            under_way=Count("pk", distinct=True, filter=Q(status_then__in=Action.UNDER_WAY_STATUSES)),
        )
    )
    return {**counts, "as_of": as_of}


def figures(period_name: str | None, as_of: datetime.date | None = None) -> dict:
    """Everything the monitoring page shows for one policy period (the newest by default)."""
    periods = list(PolicyPeriod.objects.all())
    period = next((item for item in periods if item.name == period_name), periods[0] if periods else None)
    actions = Action.objects.filter(period=period)
    sectors = {sector.pk: sector.name for sector in Sector.objects.order_by("order")}
    chapters = {chapter.pk: str(chapter) for chapter in Chapter.objects.filter(period=period)}
    chapters[None] = _("No chapter")
    stale = actions.stale().for_list().order_by("last_update_on")
    return {
        "periods": periods,
        "period": period,
        "statuses": Action.Status.choices,
        "by_list": _table(actions.status_counts("list"), "list", dict(Action.List.choices)),
        "by_sector": _table(actions.status_counts("sectors"), "sectors", sectors),
        "by_chapter": _table(actions.status_counts("chapter"), "chapter", chapters),
        "totals": _table([{**row, "all": "all"} for row in actions.status_counts()], "all", {"all": _("Total")}),
        "figure": under_way_figure(actions, as_of),
        "stale_count": stale.count(),
        "stale": stale[:100],
    }


def my_agenda(user) -> dict:
    """The sections of "My agenda", each one query (plus one for sectors), capped at MY_AGENDA_LIMIT rows."""
    base = Action.objects.for_list().order_by("-period__start_year", "list", "number")
    held = links(user)
    sections = []

    def add(key, title, queryset):
        rows = list(queryset[: MY_AGENDA_LIMIT + 1])
        sections.append(
            {"key": key, "title": title, "actions": rows[:MY_AGENDA_LIMIT], "more": len(rows) > MY_AGENDA_LIMIT}
        )

    add("lead", _("Actions I lead"), base.filter(lead_person=user))
    add("editor", _("Actions I co-edit"), base.filter(editors=user))
    if held.partner_ids:
        add(
            "organisation",
            _("Actions my organisation leads or takes part in"),
            base.filter(
                pk__in=Action.objects.filter(
                    Q(lead_partner__in=held.partner_ids) | Q(participations__partner__in=held.partner_ids)
                ).values("pk")
            ),
        )
    if held.sector_id:
        sector = Sector.objects.filter(pk=held.sector_id).first()
        add("sector", _("Actions of my sector ({sector})").format(sector=sector), base.filter(sectors=held.sector_id))
    stale = Action.objects.editable_by(user).stale()
    return {
        "sections": sections,
        "stale_count": stale.count(),
        "sector_slug": sector.slug if held.sector_id and sector else None,
    }


def history_entries(action: Action, limit: int = 100) -> list[dict]:
    """The action's saved versions, newest first, each with what changed against the one before."""
    records = list(action.history.select_related("history_user").order_by("-history_id")[: limit + 1])
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = describe_changes(record, previous) if previous else []
        # Saving a form writes the row, then its many-to-many fields: a step with nothing to show.
        if previous is not None and record.history_type == "~" and not changes:
            continue
        entries.append({"record": record, "changes": changes})
    return entries


def changes_since(current: Action, base_history_id: int | None) -> list[dict]:
    """What changed between the history entry an editor started from and the newest one."""
    latest = current.history.order_by("-history_id").first()
    base = current.history.filter(history_id=base_history_id).first() if base_history_id else None
    if latest is None or base is None or base.history_id == latest.history_id:
        return []
    return describe_changes(latest, base)


def describe_changes(newer, older) -> list[dict]:
    """Readable changes between two history records: field label, old value, new value."""
    delta = newer.diff_against(older)
    return [
        {
            "field": Action._meta.get_field(change.field).verbose_name,
            "old": _display(change.field, change.old),
            "new": _display(change.field, change.new),
        }
        for change in delta.changes
    ]


_M2M_MODELS = {
    "sectors": (Sector, "sector"),
    "global_goals": (GlobalGoal, "globalgoal"),
    "countries": (Country, "country"),
    "editors": (None, "user"),
}


def _display(name: str, value) -> str:
    field = Action._meta.get_field(name)
    if value in (None, ""):
        return "–"
    if name in _M2M_MODELS:
        model, key = _M2M_MODELS[name]
        ids = [row.get(key) for row in value]
        if model is None:
            model = field.related_model
        return ", ".join(str(item) for item in model.objects.filter(pk__in=ids)) or "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field.is_relation:
        return str(field.related_model.objects.filter(pk=value).first() or value)
    return str(value)


def _export_queryset(period_name: str | None):
    queryset = (
        Action.objects.select_related("period", "chapter", "lead_partner")
        .prefetch_related("sectors", "global_goals", "countries")
        .order_by("period__start_year", "list", "number")
    )
    if period_name:
        queryset = queryset.filter(period__name=period_name)
    # In chunks with their prefetches: import-export would otherwise page the queryset with OFFSET (800 queries
    # at 20,000 actions): spreadsheet() reads it in chunks.
    return queryset


def export(*, fmt: str, period_name: str | None) -> tuple[bytes | str, str]:
    """The actions (of one period, or all) as XLSX (or CSV in one piece), with their stale flag: typed cells,
    labels in the user's language, as the admin's export (which imports it)."""
    return spreadsheet(ActionResource(), _export_queryset(period_name), fmt=fmt)


def export_csv(*, period_name: str | None, rows_per_chunk: int = 500) -> Iterator[bytes]:
    """The same CSV as ``export`` (a test compares them), as a stream of chunks: memory stays flat however many
    actions there are, and 20,000 rows take about a second.

    Read as plain values in one query (the linked sectors, goals and countries as arrays from subqueries, in
    the order the resource writes them) instead of model instances through import-export's field machinery,
    which took about 9 s. Every cell goes through ``formula_safe`` as the resource's do; the stale flag is the
    queryset's rule (``stale_condition``) in SQL."""
    today = timezone.localdate()
    through = Action.sectors.through, Action.global_goals.through, Action.countries.through
    queryset = Action.objects.order_by("period__start_year", "list", "number")
    if period_name:
        queryset = queryset.filter(period__name=period_name)
    rows = queryset.values_list(
        "period__name",
        "code",
        "list",
        "chapter__number",
        "title",
        "description",
        "status",
        "progress",
        "lead_partner__slug",
        ArraySubquery(
            through[0]
            .objects.filter(action=OuterRef("pk"))
            .order_by("sector__order", "sector__name_nl")
            .values("sector__slug")
        ),
        "municipality_role",
        ArraySubquery(
            through[1].objects.filter(action=OuterRef("pk")).order_by("globalgoal__number").values("globalgoal__number")
        ),
        ArraySubquery(
            through[2].objects.filter(action=OuterRef("pk")).order_by("country__code").values("country__code")
        ),
        "start_date",
        "end_date",
        "public",
        "last_update_on",
        ExpressionWrapper(stale_condition(today), output_field=BooleanField()),
    )
    buffer = io.StringIO()
    buffer.write("\ufeff")  # a byte order mark, as every CSV export: spreadsheets then read the accents right
    writer = csv.writer(buffer)
    writer.writerow(ActionResource().get_export_headers())
    for number, row in enumerate(rows.iterator(chunk_size=2000), start=1):
        (period, code, list_, chapter, title, description, status, progress, lead, sectors, role, goals, countries,
         start, end, public, last_update, stale) = row  # fmt: skip
        cells = [
            period, code, list_, chapter, title, description, status, progress, lead, ",".join(sectors), role,
            ",".join(str(goal) for goal in goals), ",".join(countries), _date(start), _date(end), int(public),
            _date(last_update), int(bool(stale)),
        ]  # fmt: skip
        writer.writerow(["" if cell is None else formula_safe(cell) for cell in cells])
        if number % rows_per_chunk == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _date(value: datetime.date | None) -> str:
    return value.isoformat() if value else ""
