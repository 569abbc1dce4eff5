"""The public subsidy register (``subsidies/register.py``): granted subsidies only, public columns only, on the
page, in its CSV/XLSX export, filterable, in a fixed number of queries; the applications themselves stay private."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from subsidies import register
from subsidies.lifecycle import GRANTED
from subsidies.models import Application
from tests.subsidies.builders import STAGES

pytestmark = pytest.mark.django_db

#: Facts of an application that are never public: what the builders write into every application.
PRIVATE_TEXTS = ["Een zomerkamp.", "Asociația Sibiu", "Goed plan.", "Gedaan.", "Wilde Ganzen", "plan.pdf", "@"]


@pytest.fixture
def every_stage(make_application, people):
    """One application of the other organisation at every stage, each with its stage in the title."""
    return {stage: make_application(stage, partner=people.other, title=f"Project {stage}") for stage in STAGES}


def register_page(client, **params):
    return client.get(reverse("subsidies:register"), params)


def test_the_register_lists_granted_subsidies_and_nothing_else(client, every_stage):
    page = register_page(client).content.decode()

    shown = {stage for stage, application in every_stage.items() if f"Project {stage}<" in page}
    granted = {stage for stage, application in every_stage.items() if application.status in GRANTED}
    assert shown == granted == {"granted", "partly_granted", "paid", "reported", "closed"}
    for text in [*PRIVATE_TEXTS, "ioana", "okello", "bram", "sophie"]:
        assert text not in page.split("<main", 1)[1], text
    # Nothing links to an application or its documents.
    assert "/subsidies/aanvragen/" not in page


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_has_the_public_columns_of_the_granted_subsidies_only(client, every_stage, fmt):
    response = client.get(reverse("subsidies:register-export", kwargs={"fmt": fmt}))
    assert response.status_code == 200
    if fmt == "csv":
        assert response.content.startswith("\ufeff".encode())
        text = response.content.decode("utf-8-sig")
        lines = text.splitlines()
        header, rows = lines[0], lines[1:]
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        values = list(sheet.iter_rows(values_only=True))
        header, rows = ",".join(values[0]), values[1:]
        text = repr(values)
        # Typed cells: the year and the amount are numbers.
        granted = next(row for row in rows if row[2] == "Project granted")
        assert granted[0] == every_stage["granted"].year and granted[4] == 1500
    # Headers are labels in the reader's language, as in every spreadsheet the site writes (the open-data files
    # keep the machine names).
    assert header == (
        "Begrotingsjaar,Organisatie,Projecttitel,Regeling,Toegekend (EUR),Vastgesteld (EUR),Land,Global Goals,"
        "Start project,Einde project"
    )
    assert len(rows) == 5
    for stage in ["draft", "submitted", "in_review", "proposed", "rejected", "withdrawn"]:
        assert f"Project {stage}" not in text
    for private in PRIVATE_TEXTS:
        assert private not in text


def test_the_register_never_selects_a_private_column():
    """The read layer selects the public columns only, so no template or serializer can show more."""
    selected = {field.split("__")[0] for field in register.PUBLIC_FIELDS}
    private = {"description", "local_partner", "applicant", "amount_requested", "total_budget", "language"}
    assert not selected & private
    deferred = register.grants().query.deferred_loading
    assert deferred[1] is False  # only(): everything else is deferred
    assert not {name for name in deferred[0]} & private


def test_filters_by_year_scheme_country_goal_and_search(client, make_application, people, scheme):
    from partners.models import Country, GlobalGoal

    one = make_application("granted", partner=people.other, title="Waterput Kampala")
    two = make_application("paid", partner=people.own, title="Zomerkamp Sibiu")
    Application.objects.filter(pk=one.pk).update(country=Country.objects.get(code="UG"))
    one.global_goals.set([GlobalGoal.objects.get(number=6)])

    def titles(**params):
        page = register_page(client, **params).content.decode()
        return {title for title in ("Waterput Kampala", "Zomerkamp Sibiu") if title in page}

    assert titles() == {"Waterput Kampala", "Zomerkamp Sibiu"}
    assert titles(country="ug") == {"Waterput Kampala"}
    assert titles(goal="6") == {"Waterput Kampala"}
    assert titles(q="sibiu") == {"Zomerkamp Sibiu"}
    assert titles(q="Roemenië") == {"Zomerkamp Sibiu"}  # the organisation's name
    assert titles(scheme=scheme.slug, year=str(two.year)) == {"Waterput Kampala", "Zomerkamp Sibiu"}
    csv = client.get(reverse("subsidies:register-export", kwargs={"fmt": "csv"}), {"country": "ug"})
    assert "Waterput Kampala" in csv.content.decode() and "Zomerkamp Sibiu" not in csv.content.decode()


def test_an_unpublished_organisation_is_named_but_not_linked(client, make_application, people):
    people.other.published = False
    people.other.save()
    make_application("granted", partner=people.other, title="Project of an unlisted organisation")
    page = register_page(client).content.decode()
    assert "Project of an unlisted organisation" in page and people.other.name in page
    assert people.other.get_absolute_url() not in page


def test_the_totals_per_year_count_the_grants(client, make_application, people):
    make_application("granted", amount=Decimal("1000"))
    make_application("partly_granted", amount=Decimal("2000"))  # 500 less is granted
    make_application("rejected", amount=Decimal("3000"))
    totals = register.totals(register.grants())
    assert [(row["count"], row["total"]) for row in totals] == [(2, Decimal("2500.00"))]


@pytest.mark.parametrize("size", [3, 30])
def test_the_register_page_and_export_keep_their_queries_at_any_size(
    client, make_application, people, size, django_assert_max_num_queries
):
    from partners.models import GlobalGoal

    goals = list(GlobalGoal.objects.filter(number__in=[4, 6]))
    for number in range(size):
        application = make_application("granted", amount=Decimal("10"), title=f"Project {number}")
        application.global_goals.set(goals)
    with django_assert_max_num_queries(9):
        assert register_page(client).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get(reverse("subsidies:register-export", kwargs={"fmt": "xlsx"})).status_code == 200
