"""The final-report reminder (a cron command, idempotent, in the applicant's language), the budget view and the
figures for the council report, checked against hand-computed numbers."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from subsidies import figures, services
from subsidies.models import Application, OtherFunding

pytestmark = pytest.mark.django_db


def test_report_due_three_months_after_the_end():
    assert Application(end_date=datetime.date(2026, 8, 31)).report_due == datetime.date(2026, 11, 30)
    assert Application(end_date=datetime.date(2026, 11, 15)).report_due == datetime.date(2027, 2, 15)


def test_reminders_go_once_when_the_project_has_ended_in_the_applicants_language(client, people, make_application):
    due_en = make_application("paid", language="en", title="Due in English")
    due_nl = make_application("paid", language="nl", title="Nu nodig")
    not_yet = make_application("paid", title="Nog niet")
    reported = make_application("reported", title="Al ingediend")
    # Ended, but not paid yet: a final report cannot be filed before the payment, so no reminder yet.
    unpaid = make_application("granted", title="Nog niet betaald")
    start = datetime.date(2025, 10, 1)
    Application.objects.filter(pk__in=[due_en.pk, due_nl.pk, reported.pk, unpaid.pk]).update(
        start_date=start, end_date=datetime.date(2026, 1, 31)
    )
    Application.objects.filter(pk=not_yet.pk).update(start_date=start, end_date=datetime.date(2026, 3, 1))
    mail.outbox.clear()

    assert services.reminders_send(today=datetime.date(2026, 2, 1)) == 2
    by_title = {message.subject: message for message in mail.outbox}
    assert len(mail.outbox) == 2
    english = next(message for message in mail.outbox if "Due in English" in message.body)
    dutch = next(message for message in mail.outbox if "Nu nodig" in message.body)
    assert english.subject == f"Your final report for {due_en.reference} is due"
    assert "ended on Jan. 31, 2026. Please file the final report by April 30, 2026" in english.body
    assert dutch.subject == f"Uw eindverslag voor {due_nl.reference} is nodig"
    assert "uiterlijk 30 april 2026" in dutch.body and by_title
    assert Application.objects.filter(report_reminder_sent_at__isnull=False).count() == 2

    # Run again (cron tomorrow): nothing twice; the other project comes due later.
    mail.outbox.clear()
    out = StringIO()
    call_command("subsidies_send_reminders", stdout=out)
    assert "Final report reminders sent: 1." in out.getvalue()
    assert [message.to for message in mail.outbox] == [["ioana@example.org"]] and "Nog niet" in mail.outbox[0].body
    assert services.reminders_send() == 0

    # Once it is paid, the ended project is reminded and the applicant can file the report the mail asks for.
    services.payment_record(
        application=unpaid, by=people.civil, date=datetime.date(2026, 2, 2), amount=unpaid.granted_amount
    )
    mail.outbox.clear()
    assert services.reminders_send() == 1 and "Nog niet betaald" in mail.outbox[0].body
    client.force_login(people.rep)
    assert client.get(reverse("subsidies:report", kwargs={"pk": unpaid.pk})).status_code == 200


def test_budget_view_shows_budget_requested_granted_paid_remaining(client, people, make_application, scheme):
    make_application("paid", amount=Decimal("1000"))  # granted and paid 1000
    make_application("granted", amount=Decimal("2000"))  # granted 2000
    make_application("rejected", amount=Decimal("700"))  # requested only
    make_application("withdrawn", amount=Decimal("300"))  # not counted
    make_application("draft", amount=Decimal("400"))  # not counted
    client.force_login(people.civil)
    response = client.get(reverse("subsidies:budget"))
    budget = list(response.context["budgets"])[0]
    assert (budget.amount, budget.requested, budget.granted_total, budget.paid_total, budget.remaining) == (
        Decimal("43000"),
        Decimal("3700"),
        Decimal("3000"),
        Decimal("1000"),
        Decimal("40000"),
    )
    html = response.content.decode()
    assert "€\xa043.000,00" in html and "€\xa040.000,00" in html and "€\xa03.700,00" in html


def test_figures_per_year_scheme_country_and_goal(client, people, make_application, scheme):
    from partners.models import GlobalGoal

    closed = make_application("closed", amount=Decimal("1000"))  # raised 6000 (conftest), paid 1000
    granted = make_application("granted", amount=Decimal("2000"), partner=people.other)
    make_application("rejected", amount=Decimal("500"))
    make_application("withdrawn")
    make_application("draft")
    Application.objects.filter(pk=granted.pk).update(country_id="UG")
    closed.global_goals.set(GlobalGoal.objects.filter(number__in=[4, 17]))
    granted.global_goals.set(GlobalGoal.objects.filter(number=4))
    OtherFunding.objects.create(application=granted, kind="expected", source="Fonds", amount=Decimal("99999"))

    [row] = figures.by_year_and_scheme()
    assert {
        key: row[key]
        for key in ("applications", "granted", "rejected", "total_granted", "total_paid", "raised", "multiplier")
    } == {
        "applications": 3,
        "granted": 2,
        "rejected": 1,
        "total_granted": Decimal("3000"),
        "total_paid": Decimal("1000"),
        "raised": Decimal("6000"),
        # Only the accounted grant counts: the running project has raised nothing yet.
        "multiplier": Decimal("6.0"),
    }
    countries = {row["country"]: row for row in figures.by_country()}
    assert (countries["RO"]["applications"], countries["RO"]["total_granted"], countries["RO"]["raised"]) == (
        2,
        Decimal("1000"),
        Decimal("6000"),
    )
    assert (countries["UG"]["granted"], countries["UG"]["total_granted"]) == (1, Decimal("2000"))
    goals = {row["global_goals__number"]: row for row in figures.by_global_goal()}
    assert (goals[4]["applications"], goals[4]["total_granted"], goals[4]["raised"], goals[4]["multiplier"]) == (
        2,
        Decimal("3000"),
        Decimal("6000"),
        Decimal("6.0"),
    )
    assert countries["UG"]["multiplier"] is None
    assert (goals[17]["applications"], goals[17]["total_granted"], goals[17]["multiplier"]) == (
        1,
        Decimal("1000"),
        Decimal("6.0"),
    )
    client.force_login(people.coordinator)
    html = client.get(reverse("subsidies:figures")).content.decode()
    assert "6,0×" in html or "6.0×" in html
    assert "Oeganda" in html and "Roemenië" in html


def test_the_figures_of_one_year_per_country_and_goal(client, people, make_application, scheme):
    from partners.models import GlobalGoal

    this_year = make_application("closed", amount=Decimal("1000"))
    last_year = make_application("granted", amount=Decimal("2000"), partner=people.other)
    Application.objects.filter(pk=last_year.pk).update(country_id="UG", year=this_year.year - 1)
    this_year.global_goals.set(GlobalGoal.objects.filter(number=4))
    last_year.global_goals.set(GlobalGoal.objects.filter(number=6))
    client.force_login(people.civil)

    response = client.get(reverse("subsidies:figures"), {"year": str(this_year.year - 1)})
    assert response.status_code == 200 and response.context["year"] == this_year.year - 1
    assert [row["country"] for row in response.context["by_country"]] == ["UG"]
    assert [(row["global_goals__number"], row["total_granted"]) for row in response.context["by_goal"]] == [
        (6, Decimal("2000"))
    ]
    assert [row["year"] for row in response.context["by_year"]] == [this_year.year - 1]
    assert f"Per land in {this_year.year - 1}" in response.content.decode()

    # Without a year, or with one that makes no sense, the figures cover every year.
    for params in ({}, {"year": "abc"}, {"year": "1900"}, {"year": "99999999999999999999"}):
        response = client.get(reverse("subsidies:figures"), params)
        assert response.status_code == 200 and response.context["year"] is None
        assert sorted(row["country"] for row in response.context["by_country"]) == ["RO", "UG"]
