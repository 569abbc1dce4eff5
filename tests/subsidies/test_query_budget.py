"""The review queue, the applicant's list, the budget view and the figures need a fixed number of queries,
whether there are 5 applications or 50 (with decisions, payments, funding and goals on every one)."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from partners.models import Country, GlobalGoal
from subsidies.models import Application, Decision, OtherFunding, Payment

pytestmark = pytest.mark.django_db

#: session, user, roles (2), the page's rows, count, filter choices (years, countries, schemes), savepoints
BUDGET = 14


def make_rows(count: int, people, scheme) -> None:
    """``count`` applications in every status, half of them of the applicant's own organisation."""
    statuses = ["submitted", "in_review", "granted", "paid", "rejected", "closed"]
    countries = list(Country.objects.filter(code__in=["RO", "UG", "KE"]))
    start = Application.objects.count()
    rows = Application.objects.bulk_create(
        [
            Application(
                partner=people.own if n % 2 else people.other,
                scheme=scheme,
                year=2025 + n % 2,
                applicant=people.rep,
                title=f"Project {n}",
                description="x",
                country=countries[n % 3],
                local_partner="x",
                start_date=datetime.date(2026, 1, 1),
                end_date=datetime.date(2026, 6, 1),
                amount_requested=Decimal("100"),
                total_budget=Decimal("1000"),
                status=statuses[n % 6],
                granted_amount=Decimal("100") if n % 6 in (2, 3, 5) else None,
                submitted_at=timezone.now() - datetime.timedelta(days=n),
            )
            for n in range(start, start + count)
        ]
    )
    goals = list(GlobalGoal.objects.filter(number__in=[4, 17]))
    Application.global_goals.through.objects.bulk_create(
        [Application.global_goals.through(application=a, globalgoal=g) for a in rows for g in goals]
    )
    Decision.objects.bulk_create(
        [
            Decision(application=a, outcome="grant", amount=Decimal("100"), motivation="x", proposed_by=people.civil)
            for a in rows
        ]
    )
    Payment.objects.bulk_create(
        [
            Payment(application=a, date=datetime.date(2026, 2, 1), amount=Decimal("100"))
            for a in rows
            if a.status in ("paid", "closed")
        ]
    )
    OtherFunding.objects.bulk_create(
        [
            OtherFunding(application=a, kind=kind, source="Fonds", amount=Decimal("900"))
            for a in rows
            for kind in ("expected", "actual")
        ]
    )


PAGES = [
    ("subsidies:list", "civil", {}),
    (
        "subsidies:list",
        "civil",
        {"scheme": "internationale-samenwerking", "year": "2026", "status": "granted", "country": "ro"},
    ),
    ("subsidies:list", "coordinator", {"status": "all", "page": "2"}),
    ("subsidies:mine", "rep", {}),
    ("subsidies:budget", "civil", {}),
    ("subsidies:figures", "civil", {}),
    ("subsidies:figures", "civil", {"year": "2026"}),
]


def count_queries(client, name, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name), params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name, who, params", PAGES, ids=[f"{p[0]}-{p[1]}-{'&'.join(p[2])}" for p in PAGES])
def test_list_queries_do_not_grow_from_5_to_50_applications(
    client, people, scheme, name, who, params, django_assert_max_num_queries
):
    client.force_login(getattr(people, who))
    make_rows(5 if params.get("page") is None else 30, people, scheme)
    few = count_queries(client, name, params)
    make_rows(45, people, scheme)
    many = count_queries(client, name, params)
    assert many == few, f"{name} {params}: {few} queries for few applications but {many} for many"
    with django_assert_max_num_queries(BUDGET):
        client.get(reverse(name), params)


def test_the_queue_shows_age_deadline_and_overdue_ones_stand_out(client, people, make_application, scheme):
    make_application("submitted", title="Vers")
    late = make_application("in_review", title="Te laat")
    # Noon, 63 local days ago: "now minus 9 weeks" crosses a local midnight late in the evening across DST.
    nine_weeks_ago = timezone.localdate() - datetime.timedelta(weeks=9)
    Application.objects.filter(pk=late.pk).update(
        submitted_at=timezone.make_aware(datetime.datetime.combine(nine_weeks_ago, datetime.time(12)))
    )
    client.force_login(people.civil)
    html = client.get(reverse("subsidies:list")).content.decode()
    rows = html.split('<tr class="utrecht-table__row')[2:]
    late_row = next(row for row in rows if "Te laat" in row)
    fresh_row = next(row for row in rows if "Vers" in row)
    # Not colour alone: the row is marked and says so in words.
    assert "queue-row--overdue" in late_row and "termijn verstreken" in late_row and ">63<" in late_row
    assert "queue-row--overdue" not in fresh_row and "termijn verstreken" not in fresh_row
    deadline = timezone.localdate() + datetime.timedelta(weeks=8)
    assert f"{deadline.day} " in fresh_row and str(deadline.year) in fresh_row
    # The oldest first: the overdue one leads the queue.
    assert html.index("Te laat") < html.index("Vers")


def test_the_queue_shows_the_work_to_do_unless_asked_for_more(client, people, make_application):
    make_application("submitted", title="Ingediend")
    make_application("in_review", title="In behandeling")
    make_application("granted", title="Toegekend")
    make_application("draft", title="Concept")
    client.force_login(people.civil)

    def titles(params):
        return sorted(
            application.title
            for application in client.get(reverse("subsidies:list"), params).context["page_obj"].object_list
        )

    assert titles({}) == ["In behandeling", "Ingediend"]
    assert titles({"status": "all"}) == ["In behandeling", "Ingediend", "Toegekend"]
    assert titles({"status": "granted"}) == ["Toegekend"]


@pytest.mark.parametrize("who", ["rep", "civil"])
def test_the_application_page_needs_the_same_queries_with_many_documents_payments_and_funding(
    client, people, make_application, who
):
    from tests.subsidies.files import pdf_bytes, upload

    application = make_application("reported")
    client.force_login(getattr(people, who))
    address = reverse("subsidies:detail", kwargs={"pk": application.pk})
    few = count_queries_at(client, address)
    from subsidies.models import Attachment

    for n in range(10):
        attachment = Attachment(application=application, kind="other", original_name=f"bijlage-{n}.pdf")
        attachment.file.save(f"bijlage-{n}.pdf", upload("x.pdf", pdf_bytes()), save=True)
    OtherFunding.objects.bulk_create(
        [
            OtherFunding(application=application, kind=kind, source=f"Fonds {n}", amount=Decimal("10"))
            for n in range(10)
            for kind in ("expected", "actual")
        ]
    )
    Payment.objects.bulk_create(
        [
            Payment(
                application=application,
                date=datetime.date(2026, 3, n + 1),
                amount=Decimal("-1") if n % 2 else Decimal("1"),
            )
            for n in range(10)
        ]
    )
    many = count_queries_at(client, address)
    assert many == few, f"{few} queries with a few rows, {many} with many"


def count_queries_at(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)
