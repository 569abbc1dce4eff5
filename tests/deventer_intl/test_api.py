"""The public API under /api/v1/: an anonymous walk over every endpoint finds nothing private; lists take the
pages' filters; answers carry ETags (304) and CORS for GET only; lists keep their queries at any size; the
committed OpenAPI document is the generated one and is valid."""

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse
from openapi_spec_validator import validate

from agenda.models import Participation
from deventer_intl.roles import CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from partners.models import GlobalGoal, Relation
from tests.factories import ActionFactory, EventFactory, ProgressUpdateFactory, SchemeFactory, in_days
from tests.subsidies.builders import STAGES, build_application

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "openapi-v1.json"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def world(make_partner, make_user):
    """Public and non-public objects of every kind, each non-public one named "Geheim ..."."""
    public = make_partner(name="Stichting Open", slug="stichting-open", countries=["RO"], goals=[4])
    public.public_email, public.contact_name = "info@stichting-open.example", "Ioana Popescu"
    public.contact_email, public.contact_phone = "ioana@stichting-open.example", "+31 6 1234 5678"
    public.save()
    hidden = make_partner(name="Geheim Genootschap", slug="geheim-genootschap", countries=["UG"])
    hidden.published = False
    hidden.save()
    civil, civil2 = make_user(CIVIL_SERVANT, username="bram"), make_user(CIVIL_SERVANT, username="sophie")
    rep = make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[public], email="ioana@example.org")
    other_rep = make_user(PARTNER_REPRESENTATIVE, username="okello", partners=[hidden], email="okello@example.org")
    action = ActionFactory(title="Open uitwisseling", lead_partner=hidden, countries=["RO"], global_goals=[4])
    Participation.objects.create(action=action, partner=public)
    Participation.objects.create(action=action, partner=hidden)
    ProgressUpdateFactory(action=action, text="Eerste bezoek gedaan.", author=civil)
    secret_action = ActionFactory(title="Geheime actie", public=False)
    ProgressUpdateFactory(action=secret_action, text="Geheime voortgang.")
    event = EventFactory(title="Open concert", organisers=[public, hidden], start=in_days(-30))
    event.actions.set([action, secret_action])
    EventFactory(title="Geheim concert", public=False)
    relation = Relation.objects.create(slug="sibiu", counterpart="Sibiu", country_id="RO", kind="twin_city")
    relation.partners.set([public, hidden])
    event.relations.set([relation])
    people = SimpleNamespace(own=public, other=hidden, rep=rep, other_rep=other_rep, civil=civil, civil2=civil2)
    scheme = SchemeFactory()
    applications = {
        stage: build_application(stage, people=people, scheme=scheme, title=f"Project {stage}") for stage in STAGES
    }
    applications["granted"].global_goals.set(GlobalGoal.objects.filter(number=4))
    return SimpleNamespace(
        public=public, hidden=hidden, action=action, secret_action=secret_action, event=event, apps=applications
    )


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.status_code, response.content[:300])
    return response


def walk(client) -> dict[str, str]:
    """Every list (all pages) and every object's detail, from the API's root: {url: body}."""
    bodies = {}
    root = get_json(client, reverse("api:api-root")).json()
    lookups = {
        "partners": "slug",
        "sectors": "slug",
        "goals": "number",
        "relations": "slug",
        "actions": "id",
        "events": "slug",
        "subsidies": "reference",
    }
    for name, url in root.items():
        page_url = url
        while page_url:
            response = get_json(client, page_url)
            bodies[page_url] = response.content.decode()
            data = response.json()
            results, page_url = (data["results"], data["next"]) if isinstance(data, dict) else (data, None)
            if name in lookups:
                for item in results:
                    detail = f"{url}{item[lookups[name]]}/"
                    bodies[detail] = get_json(client, detail).content.decode()
    bodies["schema"] = get_json(client, reverse("api:schema")).content.decode()
    return bodies


def test_an_anonymous_walk_over_every_endpoint_finds_nothing_private(client, world):
    bodies = walk(client)
    everything = "\n".join(bodies.values())

    # Every public kind of object is there ...
    for text in ["Stichting Open", "Open uitwisseling", "Eerste bezoek gedaan.", "Open concert", "Sibiu"]:
        assert text in everything, text
    granted = {stage for stage, app in world.apps.items() if app.status in {"granted", "partly_granted", "paid"}}
    granted |= {"reported", "closed"}
    for stage in granted:
        assert f"Project {stage}" in everything, stage
    # ... and nothing that is not public: no hidden object, no application that was not granted,
    # no e-mail address, no contact person, no person at all.
    for stage in set(STAGES) - granted:
        assert f"Project {stage}" not in everything, stage
    for text in ["Geheim", "geheim-genootschap", "Ioana Popescu", "+31 6", "bram", "sophie", "okello"]:
        assert text not in everything, text
    for url, body in bodies.items():
        if url != "schema":
            assert not EMAIL.search(body), (url, EMAIL.search(body))
    for private in ["Een zomerkamp.", "Asociația Sibiu", "Goed plan.", "Wilde Ganzen", "plan.pdf", "motivation"]:
        assert private not in everything, private


def test_guessed_addresses_of_non_public_objects_are_not_found(client, world):
    draft = world.apps["draft"]
    rejected = world.apps["rejected"]
    for url in [
        f"/api/v1/partners/{world.hidden.slug}/",
        f"/api/v1/actions/{world.secret_action.pk}/",
        "/api/v1/events/geheim-concert/",
        f"/api/v1/subsidies/{draft.reference}/",
        f"/api/v1/subsidies/{rejected.reference}/",
        f"/api/v1/subsidies/S{draft.year + 1}-{world.apps['granted'].pk:04d}/",  # the right number, another year
        "/api/v1/subsidies/nonsense/",
        f"/api/v1/subsidies/{world.apps['granted'].pk}/",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.get(f"/api/v1/subsidies/{world.apps['granted'].reference}/").status_code == 200


def test_a_login_changes_nothing(client, world):
    """The API knows no login: a civil servant's session sees exactly what a visitor sees."""
    anonymous = {url: body for url, body in walk(client).items() if url != "schema"}
    client.force_login(world.apps["draft"].applicant)
    assert {url: body for url, body in walk(client).items() if url != "schema"} == anonymous


def test_lists_take_the_filters_of_their_pages(client, world, make_partner):
    make_partner(name="Stichting Uganda", slug="stichting-uganda", countries=["UG"])

    def slugs(url, key="slug", **params):
        return {item[key] for item in get_json(client, url, data=params).json()["results"]}

    def page_has(url_name, text, **params):
        return text in client.get(reverse(url_name), params).content.decode()

    assert slugs("/api/v1/partners/", country="ro") == {"stichting-open"}
    assert page_has("partners:list", "Stichting Open", country="ro")
    assert not page_has("partners:list", "Stichting Uganda", country="ro")
    assert slugs("/api/v1/partners/", q="uganda") == {"stichting-uganda"}
    assert slugs("/api/v1/partners/", goal="4") == {"stichting-open"}
    assert slugs("/api/v1/actions/", key="title", country="ro", period="2021-2026") == {"Open uitwisseling"}
    assert slugs("/api/v1/actions/", key="title", period="2015-2020") == set()
    assert slugs("/api/v1/events/", key="title", when="past") == {"Open concert"}
    assert slugs("/api/v1/events/", key="title", when="upcoming") == set()
    assert slugs("/api/v1/relations/", kind="twin_city", country="ro") == {"sibiu"}
    assert slugs("/api/v1/subsidies/", key="title", goal="4") == {"Project granted"}
    # Bad input: the page's message, nothing else.
    response = client.get("/api/v1/partners/", {"country": "xx"})
    assert response.status_code == 400 and "country" in response.json()


def test_etag_answers_304_and_cors_is_open_for_get_on_the_api_only(client, world):
    response = get_json(client, "/api/v1/partners/", HTTP_ORIGIN="https://example.com")
    assert response["Access-Control-Allow-Origin"] == "*"
    etag = response["ETag"]
    again = client.get("/api/v1/partners/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    world.public.name = "Stichting Open en Bloot"
    world.public.save()
    assert client.get("/api/v1/partners/", HTTP_IF_NONE_MATCH=etag).status_code == 200

    preflight = client.options(
        "/api/v1/partners/", HTTP_ORIGIN="https://example.com", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert client.post("/api/v1/partners/", {}, HTTP_ORIGIN="https://example.com").status_code == 405
    page = client.get(reverse("partners:list"), HTTP_ORIGIN="https://example.com")
    assert "Access-Control-Allow-Origin" not in page and "ETag" not in page


LISTS = [
    "/api/v1/partners/",
    "/api/v1/relations/",
    "/api/v1/actions/",
    "/api/v1/events/",
    "/api/v1/subsidies/",
    "/api/v1/subsidy-totals/",
    "/api/v1/event-totals/",
    "/api/v1/sectors/",
    "/api/v1/goals/",
]


def grow(world, make_partner, numbers) -> None:
    """One more of every kind of public object per number, each with its related rows."""
    for number in numbers:
        partner = make_partner(name=f"Stichting Extra {number}", slug=f"extra-{number}", countries=["RO"], goals=[4])
        action = ActionFactory(title=f"Extra actie {number}", lead_partner=partner, countries=["UG"], global_goals=[4])
        Participation.objects.create(action=action, partner=partner)
        ProgressUpdateFactory(action=action)
        event = EventFactory(title=f"Extra concert {number}", organisers=[partner])
        event.actions.set([action])
        relation = Relation.objects.create(
            slug=f"extra-{number}", counterpart=f"Extra {number}", country_id="DE", kind="trade"
        )
        relation.partners.set([partner])
        event.relations.set([relation])
        people = SimpleNamespace(**{**vars(world.people), "own": partner})
        application = build_application("granted", people=people, scheme=world.scheme, amount=10, partner=world.public)
        application.global_goals.set(GlobalGoal.objects.filter(number__in=[4, 6]))


def test_every_list_keeps_its_queries_at_two_sizes(client, world, make_partner, django_assert_max_num_queries):
    world.people = SimpleNamespace(
        own=world.public,
        other=world.hidden,
        rep=world.apps["draft"].applicant,
        other_rep=world.apps["draft"].applicant,
        civil=world.apps["granted"].decision.proposed_by,
        civil2=world.apps["granted"].decision.confirmed_by,
    )
    world.scheme = world.apps["granted"].scheme
    counts = {url: [] for url in LISTS}
    for numbers in (range(0, 1), range(1, 13)):
        grow(world, make_partner, numbers)
        for url in LISTS:
            with django_assert_max_num_queries(12) as captured:
                get_json(client, url)
            counts[url].append(len(captured))
    assert all(small == large for small, large in counts.values()), counts


def test_the_committed_openapi_document_is_the_generated_one_and_valid(tmp_path, client):
    generated = tmp_path / "openapi.json"
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--lang", "en", "--format", "openapi-json", "--file", generated
    )
    assert generated.read_text() == SCHEMA_FILE.read_text(), "docs/openapi-v1.json is out of date: run make openapi"
    validate(json.loads(SCHEMA_FILE.read_text()))
    served = get_json(client, reverse("api:schema"), HTTP_ACCEPT_LANGUAGE="en").json()
    validate(served)
    assert set(served["paths"]) == set(json.loads(SCHEMA_FILE.read_text())["paths"])


def test_the_docs_page_is_served_without_a_cdn(client):
    page = get_json(client, reverse("api:docs")).content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "<style" not in page and "<script>" not in page and "cdn" not in page.lower()
    script = get_json(client, reverse("api:docs") + "?script=")
    assert "javascript" in script["Content-Type"]
