"""The strategic index of international relations: /relaties/ and /relaties/<slug>/, export, history, admin import."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from partners.models import Relation, RelationPartner, Sector
from tests.factories import (
    ActionFactory,
    EventFactory,
    PartnerFactory,
    RelationFactory,
    SchemeFactory,
    in_days,
    make_login,
    recorded_application,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sibiu():
    """Sibiu with two published partners and a hidden one, public and private work, granted and private subsidies."""
    scheme = SchemeFactory()
    school = PartnerFactory(name="Zone College", sector=Sector.objects.get(slug="onderwijs"), goals=[4])
    foundation = PartnerFactory(name="Stichting Deventer-Roemenië")
    hidden = PartnerFactory(name="Verborgen Stichting", published=False)
    festival = EventFactory(title="Focus op Roemenië", start=in_days(-400), end=in_days(-399))
    delegation = EventFactory(title="Delegatie naar Sibiu", start=in_days(-100), end=in_days(-99))
    private_event = EventFactory(title="Voorbespreking", public=False, start=in_days(-50), end=in_days(-50))
    action = ActionFactory(title="Stedenband Sibiu nieuw leven", global_goals=[11])
    private_action = ActionFactory(title="Geheime actie", public=False)
    granted = recorded_application(scheme=scheme, partner=foundation, amount=Decimal("2500"), title="Zomerkamp")
    paid = recorded_application(scheme=scheme, partner=school, status="paid", amount=Decimal("1000"), goals=[4])
    draft = recorded_application(scheme=scheme, partner=school, status="draft", title="Kladversie")
    rejected = recorded_application(scheme=scheme, partner=school, status="rejected", title="Afgewezen plan")
    relation = RelationFactory(
        counterpart="Sibiu",
        partners=[(foundation, RelationPartner.Role.LEAD), school, hidden],
        actions=[action, private_action],
        events=[festival, delegation, private_event],
        subsidy_applications=[granted, paid, draft, rejected],
    )
    RelationFactory(counterpart="Rostock", country_id="DE", kind=Relation.Kind.TRADE, since=2018)
    return relation


def test_the_index_counts_only_what_the_public_may_see(client, sibiu):
    response = client.get(reverse("relations:list"))
    assert response.status_code == 200
    rows = {relation.slug: relation for relation in response.context["relations"]}
    row = rows["sibiu"]
    assert (row.partner_count, row.action_count, row.event_count, row.subsidy_count) == (2, 1, 2, 2)
    assert row.subsidy_total == Decimal("3500")
    assert (rows["rostock"].partner_count, rows["rostock"].subsidy_total) == (0, 0)
    countries = {str(item["country"].code): item for item in response.context["countries"]}
    assert countries["RO"]["relations"] == 1
    assert (countries["RO"]["subsidies"], countries["RO"]["amount"]) == (2, Decimal("3500"))
    assert countries["DE"]["relations"] == 1
    html = response.content.decode()
    assert "Verborgen Stichting" not in html and "Kladversie" not in html


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["rostock", "sibiu"]),
        ({"kind": "trade"}, ["rostock"]),
        ({"country": "ro"}, ["sibiu"]),
        ({"sector": "onderwijs"}, ["sibiu"]),
        ({"sector": "cultuur-toerisme"}, []),
        ({"goal": "11"}, ["sibiu"]),
        ({"goal": "4"}, ["sibiu"]),
        ({"goal": "13"}, []),
        ({"sort": "-since"}, ["rostock", "sibiu"]),
        ({"sort": "-partners"}, ["sibiu", "rostock"]),
        ({"sort": "country"}, ["rostock", "sibiu"]),
    ],
)
def test_the_index_filters_and_sorts(client, sibiu, params, expected):
    with translation.override("nl"):
        response = client.get(reverse("relations:list"), params)
    assert [relation.slug for relation in response.context["relations"]] == expected


def test_a_bad_filter_shows_a_message_and_no_rows(client, sibiu):
    response = client.get(reverse("relations:list"), {"kind": "nonsense"})
    assert response.status_code == 200
    assert response.context["relations"] == []
    assert 'aria-invalid="true"' in response.content.decode()


def test_the_export_holds_the_rows_of_the_page_and_no_formula(client, sibiu):
    RelationFactory(counterpart="=HYPERLINK(1)", slug="formule")
    response = client.get(reverse("relations:list"), {"export": "csv", "sort": "-events"})
    assert response["Content-Disposition"] == 'attachment; filename="relations.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert [row[0] for row in rows[1:]] == ["Sibiu", "Rostock", "'=HYPERLINK(1)"]
    assert rows[1][4:9] == ["2", "1", "2", "2", "3500.00"]
    workbook = client.get(reverse("relations:list"), {"export": "xlsx", "level": "country"})
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 3  # the header and Duitsland, Roemenië
    assert values[2][0] == "Roemenië" and values[2][1:6] == [2, 2, 1, 2, 2]


def test_the_relation_page_shows_everything_linked_newest_first(client, sibiu):
    response = client.get(sibiu.get_absolute_url())
    html = response.content.decode()
    assert [event.title for event in response.context["events"]["items"]] == [
        "Delegatie naar Sibiu",
        "Focus op Roemenië",
    ]
    assert [link.partner.name for link in response.context["relation_partners"]["items"]] == [
        "Stichting Deventer-Roemenië",
        "Zone College",
    ]
    assert {subsidy.title for subsidy in response.context["subsidies"]["items"]} == {
        "Zomerkamp",
        "Project van Zone College",
    }
    for hidden in ("Verborgen Stichting", "Voorbespreking", "Geheime actie", "Kladversie", "Afgewezen plan"):
        assert hidden not in html
    assert "Stedenband Sibiu nieuw leven" in html
    assert client.get(reverse("relations:detail", kwargs={"slug": "nergens"})).status_code == 404


def build_network(count: int, offset: int = 0) -> None:
    """``count`` relations, each with a partner, an action, an event and a granted subsidy (bulk, for speed)."""
    from agenda.models import Action
    from events.models import Event
    from partners.models import Country, Partner
    from subsidies.models import Application, Scheme

    scheme = Scheme.objects.first() or SchemeFactory()
    template_action = ActionFactory(global_goals=[4])
    template_event = EventFactory(title="Budgetevent")
    template_application = recorded_application(scheme=scheme, partner=PartnerFactory(), goals=[4])
    sector = Sector.objects.get(slug="maatschappelijk")
    numbers = range(offset, offset + count)
    partners = Partner.objects.bulk_create(
        Partner(name=f"Budgetpartner {n}", slug=f"budgetpartner-{n}", kind="foundation", sector=sector) for n in numbers
    )
    relations = Relation.objects.bulk_create(
        Relation(slug=f"budgetstad-{n}", counterpart=f"Budgetstad {n}", country=Country(code="RO"), kind="twin_city")
        for n in numbers
    )

    def copies(template, **changes):
        clones = []
        for n in numbers:
            clone = type(template).objects.get(pk=template.pk)
            clone.pk = None
            for field, value in changes.items():
                setattr(clone, field, value(n))
            clones.append(clone)
        return clones

    actions = Action.objects.bulk_create(copies(template_action, code=lambda n: f"A{1000 + n}"))
    events = Event.objects.bulk_create(copies(template_event, slug=lambda n: f"budgetevent-{n}"))
    applications = Application.objects.bulk_create(copies(template_application))
    RelationPartner.objects.bulk_create(
        RelationPartner(relation=r, partner=p) for r, p in zip(relations, partners, strict=True)
    )
    Relation.actions.through.objects.bulk_create(
        Relation.actions.through(relation=r, action=a) for r, a in zip(relations, actions, strict=True)
    )
    Event.relations.through.objects.bulk_create(
        Event.relations.through(relation=r, event=e) for r, e in zip(relations, events, strict=True)
    )
    Relation.subsidy_applications.through.objects.bulk_create(
        Relation.subsidy_applications.through(relation=r, application=a)
        for r, a in zip(relations, applications, strict=True)
    )
    Partner.global_goals.through.objects.bulk_create(
        Partner.global_goals.through(partner=p, globalgoal_id=template_application.global_goals.get().pk)
        for p in partners
    )


PAGES = [
    ("relations:list", {}, {}),
    ("relations:list", {}, {"goal": "4", "sector": "maatschappelijk", "sort": "-amount"}),
    ("relations:list", {}, {"export": "csv"}),
    ("relations:list", {}, {"export": "xlsx", "level": "country"}),
    ("relations:detail", {"slug": "budgetstad-0"}, {}),
]


@pytest.mark.parametrize("name, kwargs, params", PAGES)
def test_relation_pages_need_the_same_queries_at_demo_size_and_100_times(client, name, kwargs, params):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(name, kwargs=kwargs or None), params).status_code == 200
        return len(queries)

    build_network(2)
    few = count()
    build_network(198, offset=2)
    assert count() == few <= 12


def test_every_change_is_kept(client, sibiu):
    from events.models import Event

    action = ActionFactory(title="Nieuwe actie")
    sibiu.actions.add(action)
    link = sibiu.relation_partners.get(role=RelationPartner.Role.LEAD)
    link.role = RelationPartner.Role.SUPPORTER
    link.save()
    sibiu.latitude, sibiu.longitude = Decimal("45.79306"), Decimal("24.15111")
    sibiu.save()
    assert sibiu.history.first().latitude == Decimal("45.79306")
    assert action in [row.action for row in sibiu.history.first().actions.all()]
    assert [row.role for row in link.history.all()] == ["supporter", "lead"]
    assert Event.objects.filter(relations=sibiu).count() == 3


def test_a_location_needs_both_coordinates_in_range(sibiu):
    from django.db import IntegrityError, transaction

    sibiu.latitude = Decimal("45")
    with pytest.raises(IntegrityError), transaction.atomic():
        sibiu.save()


def test_the_admin_imports_relations_all_or_nothing(client, sibiu, tmp_path):
    coordinator = make_login(is_staff=True, is_superuser=True)
    client.force_login(coordinator)
    header = "slug,counterpart,country,kind,since,until,municipality_role,description,latitude,longitude,actions\n"
    bad = (
        header
        + "malmo,Malmö,SE,trade,2021,,partner,Handelsmissie,55.605,13.0038,\n"
        + ("goteborg,Göteborg,XX,trade,2021,,partner,Handelsmissie,57.7089,11.9746,\n")
    )
    response = client.post(
        reverse("admin:partners_relation_import"),
        {"format": "0", "resource": "0", "import_file": _upload("bad.csv", bad)},
    )
    assert "XX" in response.content.decode()
    assert not Relation.objects.filter(slug__in=["malmo", "goteborg"]).exists()
    good = header + "malmo,Malmö,SE,trade,2021,,partner,Handelsmissie,55.605,13.0038,\n"
    response = client.post(
        reverse("admin:partners_relation_import"),
        {"format": "0", "resource": "0", "import_file": _upload("good.csv", good)},
    )
    assert response.status_code == 200
    form = response.context["confirm_form"]
    client.post(reverse("admin:partners_relation_process_import"), form.initial)
    assert Relation.objects.get(slug="malmo").latitude == Decimal("55.60500")
    exported = client.post(reverse("admin:partners_relation_export"), {"format": "0", "resource": "0"})
    assert exported.status_code == 200


def _upload(name: str, text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


def test_the_sitemap_lists_every_relation_in_every_language(client, sibiu):
    for language in ("nl", "en", "de"):
        xml = client.get(f"/sitemap-relations-{language}.xml").content.decode()
        assert f"/{language}/relaties/sibiu/" in xml
    assert "/nl/relaties/</loc>" in client.get("/sitemap-pages-nl.xml").content.decode()
