"""The admin: history on applications and decisions, and the dry-run import of historic applications (one bad row
imports nothing and the preview names it; imported grants count against their year's budget)."""

import csv
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from subsidies.models import Application, Budget

pytestmark = pytest.mark.django_db

HEADER = [
    "id",
    "organisation",
    "scheme",
    "year",
    "title",
    "description",
    "country",
    "local_partner",
    "global_goals",
    "start_date",
    "end_date",
    "amount_requested",
    "total_budget",
    "status",
    "granted_amount",
    "settled_amount",
]


def rows(year):
    return [
        [
            "",
            "deventer-roemenie",
            "internationale-samenwerking",
            str(year),
            "Zomerkamp Sibiu 2019",
            "Kamp.",
            "ro",
            "Asociația Sibiu",
            "4,17",
            "2019-07-01",
            "2019-08-31",
            "1500",
            "12000",
            "closed",
            "1500",
            "1400",
        ],
        [
            "",
            "kinderen-van-uganda",
            "internationale-samenwerking",
            str(year),
            "Waterput Masaka",
            "Put.",
            "UG",
            "Masaka Water",
            "6",
            "2019-03-01",
            "2019-09-30",
            "2000",
            "20000",
            "rejected",
            "",
            "",
        ],
    ]


def write_csv(path, data):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(data)
    return path


def upload(client, path):
    with open(path, "rb") as handle:
        return client.post(
            reverse("admin:subsidies_application_import"), {"import_file": handle, "format": "0", "resource": "0"}
        )


def confirm(client, preview):
    form = preview.context["confirm_form"]
    return client.post(
        reverse("admin:subsidies_application_process_import"),
        {name: form[name].value() for name in form.fields},
        follow=True,
    )


def test_historic_applications_are_previewed_then_imported_and_count_against_the_budget(
    client, people, scheme, tmp_path
):
    year = Budget.objects.get().year
    client.force_login(people.coordinator)
    preview = upload(client, write_csv(tmp_path / "aanvragen.csv", rows(year)))
    assert preview.status_code == 200 and "Waterput Masaka" in preview.content.decode()
    assert not Application.objects.exists(), "the preview is a dry run"
    confirm(client, preview)
    camp = Application.objects.get(title="Zomerkamp Sibiu 2019")
    assert (camp.partner, camp.status, camp.granted_amount, camp.settled_amount, str(camp.country_id)) == (
        people.own,
        "closed",
        Decimal("1500"),
        Decimal("1400"),
        "RO",
    )
    assert sorted(goal.number for goal in camp.global_goals.all()) == [4, 17]
    assert Application.objects.count() == 2
    assert Budget.objects.get().granted_total == Decimal("1400")


@pytest.mark.parametrize(
    "column, value, problem",
    [
        (1, "bestaat-niet", "bestaat-niet"),
        (6, "XX", "XX"),
        (13, "approved", "approved"),
        (12, "100", "application_total_covers_request|total"),
        (10, "2019-01-01", "application_end_after_start|end"),
    ],
    ids=["organisation", "country", "status", "total-below-request", "end-before-start"],
)
def test_one_bad_row_imports_nothing_and_the_preview_names_it(client, people, scheme, tmp_path, column, value, problem):
    data = rows(Budget.objects.get().year)
    data[1][column] = value
    client.force_login(people.coordinator)
    response = upload(client, write_csv(tmp_path / "aanvragen.csv", data))
    html = response.content.decode()
    assert response.status_code == 200 and response.context.get("confirm_form") is None
    assert re.search(problem, html)
    # The row's number, then its errors: the second data row is line 2 of the preview.
    assert re.search(r"<td>2\s*</td>\s*<td class=\"errors\">", html)
    assert not Application.objects.exists()


def test_an_import_whose_grants_exceed_the_budget_imports_nothing(client, people, scheme, tmp_path):
    Budget.objects.update(amount=Decimal("1000"))
    client.force_login(people.coordinator)
    preview = upload(client, write_csv(tmp_path / "aanvragen.csv", rows(Budget.objects.get().year)))
    assert (
        "De toekenningen van" in preview.content.decode()
        and "hoger dan het budget van EUR 1000.00" in preview.content.decode()
    )
    assert preview.context.get("confirm_form") is None
    assert not Application.objects.exists() and Budget.objects.get().granted_total == 0


def test_history_of_applications_and_decisions_in_the_admin(client, people, make_application):
    application = make_application("granted")
    client.force_login(people.coordinator)
    response = client.get(reverse("admin:subsidies_application_history", args=[application.pk]))
    # The history names who made each change (by their name, as the admin's history list shows people).
    assert response.status_code == 200 and people.civil.get_full_name() in response.content.decode()
    response = client.get(reverse("admin:subsidies_decision_history", args=[application.decision.pk]))
    assert response.status_code == 200 and people.civil2.get_full_name() in response.content.decode()
    assert client.get(reverse("admin:subsidies_application_changelist")).status_code == 200
    assert client.get(reverse("admin:subsidies_scheme_change", args=[application.scheme_id])).status_code == 200


@pytest.mark.parametrize("stage", ["submitted", "granted", "closed"])
def test_the_admin_cannot_move_a_submitted_application_to_another_budget_or_amount(
    client, people, make_application, stage
):
    application = make_application(stage)
    client.force_login(people.coordinator)
    change = reverse("admin:subsidies_application_change", args=[application.pk])
    editable = set(client.get(change).context["adminform"].form.fields)
    assert {"title", "description"} <= editable
    assert not editable & {"partner", "scheme", "year", "amount_requested", "total_budget"}
    # A tampered POST cannot change them either: the admin ignores read-only fields.
    budget = Budget.objects.get()
    before = (budget.granted_total, budget.paid_total)
    data = {
        "title": "Nieuwe titel",
        "description": "x",
        "country": "RO",
        "local_partner": "x",
        "start_date": "2026-07-01",
        "end_date": "2026-08-31",
        "language": "nl",
        "year": "2019",
        "amount_requested": "1",
        "total_budget": "1",
        "scheme": "",
        "partner": people.other.pk,
    }
    for prefix in ("other_funding", "attachments", "payments"):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    assert client.post(change, data).status_code == 302
    application.refresh_from_db()
    assert application.title == "Nieuwe titel", "the rest of the form saved"
    assert (application.partner, application.year, application.amount_requested) == (
        people.own,
        Budget.objects.get().year,
        Decimal("1500"),
    )
    budget.refresh_from_db()
    assert (budget.granted_total, budget.paid_total) == before


def test_the_admin_may_still_correct_a_draft(client, people, make_application):
    draft = make_application("draft")
    client.force_login(people.coordinator)
    editable = set(
        client.get(reverse("admin:subsidies_application_change", args=[draft.pk])).context["adminform"].form.fields
    )
    assert {"partner", "scheme", "amount_requested"} <= editable


@pytest.mark.parametrize("which", ["existing", "new"])
def test_an_import_never_overwrites_an_application_nor_sets_ids(client, people, make_application, tmp_path, which):
    live = make_application("submitted")
    data = rows(Budget.objects.get().year)
    data[0][0] = str(live.pk) if which == "existing" else "99999"  # a closed grant of EUR 1,400, by id
    client.force_login(people.coordinator)
    response = upload(client, write_csv(tmp_path / "aanvragen.csv", data))
    html = response.content.decode()
    assert response.status_code == 200 and response.context.get("confirm_form") is None
    assert "Laat de kolom id leeg" in html
    live.refresh_from_db()
    assert (live.status, live.granted_amount, live.title) == ("submitted", None, "Zomerkamp Sibiu 1")
    assert Application.objects.count() == 1 and Budget.objects.get().granted_total == 0


def test_a_budget_holding_grants_cannot_be_deleted_in_the_admin(client, people, make_application, scheme):
    """Deleting it would lose what it holds: a new budget for that year would start from zero and let confirmed
    grants exceed the real budget, and payments on the old grants would count nowhere."""
    make_application("granted")
    budget = Budget.objects.get()
    client.force_login(people.coordinator)
    assert client.get(reverse("admin:subsidies_budget_delete", args=[budget.pk])).status_code == 403
    assert client.post(reverse("admin:subsidies_budget_delete", args=[budget.pk]), {"post": "yes"}).status_code == 403
    response = client.post(
        reverse("admin:subsidies_budget_changelist"),
        {"action": "delete_selected", "_selected_action": [budget.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    scheme_page = client.get(reverse("admin:subsidies_scheme_change", args=[scheme.pk])).content.decode()
    assert 'name="budgets-0-DELETE"' not in scheme_page
    assert Budget.objects.filter(pk=budget.pk, granted_total=Decimal("1500")).exists()


def test_an_empty_budget_may_be_deleted_in_the_admin(client, people, scheme):
    budget = Budget.objects.create(scheme=scheme, year=2030, amount=Decimal("1000"))
    client.force_login(people.coordinator)
    assert client.post(reverse("admin:subsidies_budget_delete", args=[budget.pk]), {"post": "yes"}).status_code == 302
    assert not Budget.objects.filter(pk=budget.pk).exists()
