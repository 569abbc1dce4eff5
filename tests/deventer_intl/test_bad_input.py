"""Bad input never reaches the database as a 500: property-based tests over every page's URL and query.

The pages are enumerated from the URL configuration (every named route outside the admin, in every
language) and their query parameters from the view's filter set and the GET forms the page itself shows,
so a new page or filter is covered without being listed here. Each route is requested with arbitrary
text, NUL bytes, invalid UTF-8 percent-encodings, huge and negative numbers, impossible dates and unknown
choices, as a visitor, a partner representative and the coordinator. The answer is 200, 302, 400, 403 or
404, or one of the deliberate refusals the pages already give (405 for a form's address asked with a method
it does not serve, 409 for a subsidy step the application's status does not allow, 410 for an expired cancel
link); never a 500.

Bounded: ``max_examples`` per route is small (the profile ``portal``); ``HYPOTHESIS_PROFILE=thorough``
runs many more.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

hypothesis_settings.register_profile(
    "portal",
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "thorough",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = hypothesis_settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "portal"))

ALLOWED = {200, 301, 302, 400, 403, 404, 405, 409, 410}
CONVERTER = re.compile(r"<(?:(?P<kind>[^>:]+):)?(?P<name>[^>]+)>")


def _routes(patterns=None, prefix="", namespace=""):
    """(name, route template) for every named route outside the admin; the i18n prefix as ``nl/``."""
    with translation.override("nl"):
        patterns = get_resolver().url_patterns if patterns is None else patterns
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if entry.namespace == "admin" or entry.app_name == "admin":
                    continue
                part = str(entry.pattern)
                if part.startswith("^"):
                    continue  # a regex include (none of ours)
                space = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                yield from _routes(entry.url_patterns, prefix + part, space)
            elif isinstance(entry, URLPattern) and entry.name:
                part = str(entry.pattern)
                if part.startswith("^"):
                    continue  # regex routes: the admin's and the DEBUG media server
                yield f"{namespace}{entry.name}", prefix + part, entry


ROUTES = sorted({name: (route, entry) for name, route, entry in _routes()}.items())


# --- What bad input looks like ----------------------------------------------------------------------
def _encoded(text: str) -> str:
    return quote(text, safe="")


JUNK_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=10).map(lambda text: text + "\x00"),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "9" * 30,
            "-1",
            "0",
            "2147483648",
            "2026-02-31",
            "0000-00-00",
            "99999-12-31",
            "1-1-1",
            "nl",
            "xx",
            "ZZ",
            "' OR 1=1 --",
            "<script>",
            "../../etc/passwd",
            " ",
            "%",
            "Ä",
            "\u202e",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(lambda day: f"{day:%Y-%m-%d}"),
)
# Percent-encodings that are not UTF-8: a lone continuation byte, an overlong slash, a truncated sequence.
BROKEN_UTF8 = st.sampled_from(["%C0%AF", "%FF", "%E2%82", "%80", "%ED%A0%80", "a%C3", "%00", "%25%00"])
PATH_VALUE = st.one_of(JUNK_TEXT.map(_encoded).filter(bool), BROKEN_UTF8)


class _GetFormFields(HTMLParser):
    """The names of the fields of the page's GET forms (filters, search, period, date)."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self._in_get_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_get_form = (attrs.get("method") or "get").lower() == "get"
        elif self._in_get_form and tag in ("input", "select", "textarea") and attrs.get("name"):
            self.names.add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_get_form = False


def _filterset_fields(entry: URLPattern) -> set[str]:
    view_class = getattr(entry.callback, "view_class", None)
    filterset_class = getattr(view_class, "filterset_class", None)
    return set(filterset_class.base_filters) if filterset_class else set()


GENERIC_PARAMETERS = ["page", "q", "year", "month", "as_of", "period", "sort", "o", "next", "format", "lang"]


# --- The data and the people -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo data (every kind of object, with attachments) and the demo logins, made once for the module."""
    media = tmp_path_factory.mktemp("media")
    with (
        override_settings(MEDIA_ROOT=media / "public", PRIVATE_MEDIA_ROOT=media / "private"),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", verbosity=0)
        call_command("demo_logins", verbosity=0)
        yield _valid_arguments()
        transaction.set_rollback(True)


def _valid_arguments() -> dict[str, dict]:
    """Real arguments for the routes that take some, so the query parameters reach the page itself.

    A route not named here is still tested with bad path arguments; only its query is not reached.
    """
    from agenda.models import Action, Participation, ParticipationRequest, ProgressUpdate
    from events.models import Event, Registration
    from events.services import cancel_token
    from partners.models import Network, Partner, Relation, Sector
    from subsidies.models import Application, Attachment

    action = Action.objects.public().order_by("pk").first()
    participation = Participation.objects.filter(action=action).first() or Participation.objects.first()
    update = ProgressUpdate.objects.exclude(image="").first() or ProgressUpdate.objects.first()
    event = Event.objects.public().filter(registration_required=True).order_by("pk").first()
    registration = Registration.objects.first() or Registration.objects.create(
        event=event, name="Bezoeker", email="bezoeker@example.org", language="nl"
    )
    attachment = Attachment.objects.order_by("pk").first()
    application = attachment.application if attachment else Application.objects.first()
    reset_user = get_user_model().objects.get(username="partner-roemenie")
    invitation = ParticipationRequest.objects.order_by("pk").first() or ParticipationRequest.objects.create(
        action=action,
        partner=Partner.objects.published().exclude(participations__action=action).first(),
        kind=ParticipationRequest.Kind.INVITATION,
        role=Participation._meta.get_field("role").default,
    )
    by_action = {"pk": action.pk}
    by_event = {"slug": event.slug}
    by_application = {"pk": application.pk}
    return {
        "partners:detail": {"slug": Partner.objects.published().first().slug},
        "partners:sector-detail": {"slug": Sector.objects.first().slug},
        "partners:goal-detail": {"number": 1},
        "partners:country-detail": {"code": "ug"},
        "partners:network-detail": {"slug": Network.objects.first().slug},
        "agenda:monitoring-export": {"fmt": "csv"},
        "agenda:detail": by_action,
        "agenda:update": by_action,
        "agenda:history": by_action,
        "agenda:progress-create": by_action,
        "agenda:close": by_action,
        "agenda:participation-create": by_action,
        "agenda:message": by_action,
        "agenda:participation-delete": {"pk": participation.action_id, "participation_pk": participation.pk},
        "agenda:update-file": {"pk": update.action_id, "update_pk": update.pk, "kind": "foto"},
        "events:calendar-month": {"year": 2026, "month": 5},
        "events:cancel": {"token": cancel_token(registration)},
        "events:ics": by_event,
        "events:detail": by_event,
        "events:update": by_event,
        "events:delete": by_event,
        "events:register": by_event,
        "events:registrations": by_event,
        "events:registrations-export": {**by_event, "fmt": "csv"},
        "events:attendance": by_event,
        "subsidies:detail": by_application,
        "subsidies:update": by_application,
        "subsidies:submit": by_application,
        "subsidies:withdraw": by_application,
        "subsidies:review": by_application,
        "subsidies:propose": by_application,
        "subsidies:confirm": by_application,
        "subsidies:payment": by_application,
        "subsidies:report": by_application,
        "subsidies:settle": by_application,
        "subsidies:attachment": {"pk": application.pk, "attachment_pk": attachment.pk} if attachment else {},
        "subsidies:attachment-delete": {"pk": application.pk, "attachment_pk": attachment.pk} if attachment else {},
        "sitemap-section": {"section": "partners-nl"},
        "agenda:request-answer": {"pk": invitation.action_id, "request_pk": invitation.pk, "answer": "ja"},
        "events:checkin": by_event,
        "events:registration": {"token": cancel_token(registration)},
        "subsidies:letter": {"pk": application.pk, "kind": "decision"},
        "subsidies:dossier": by_application,
        "subsidies:register-export": {"fmt": "csv"},
        "relations:detail": {"slug": Relation.objects.order_by("pk").first().slug},
        "reports:detail": {"period": "2019-2020"},
        "reports:pdf": {"period": "2019-2020"},
        "reports:xlsx": {"period": "2019-2020"},
        "open-data-download": {"name": "partners", "fmt": "csv"},
        "api:api-root": {"format": "json"},
        "password_reset_confirm": {
            "uidb64": urlsafe_base64_encode(force_bytes(reset_user.pk)),
            "token": default_token_generator.make_token(reset_user),
        },
    }


PEOPLE = ["visitor", "partner-roemenie", "coordinator"]


@pytest.fixture(scope="module")
def clients(world, django_db_blocker):
    """One client per kind of person, logged in once (a visitor, a partner representative, the coordinator)."""
    users = get_user_model().objects
    made = {}
    with django_db_blocker.unblock():
        for username in PEOPLE:
            client = Client()
            if username != "visitor":
                client.force_login(users.get(username=username))
            made[username] = client
    return made


def _fill(route: str, values: dict[str, str]) -> str:
    return "/" + CONVERTER.sub(lambda match: str(values[match["name"]]), route)


def _check(response, url: str) -> None:
    assert response.status_code in ALLOWED, f"{url} answered {response.status_code}"


# --- The properties ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [name for name, (route, _entry) in ROUTES if CONVERTER.search(route)])
def test_bad_url_arguments_never_give_a_server_error(name, world, clients, db):
    """Every argument in the path, valid or not, in any combination, as anyone: never a 500."""
    route, _entry = dict(ROUTES)[name]
    valid = world.get(name, {})
    arguments = [match["name"] for match in CONVERTER.finditer(route)]
    values = st.fixed_dictionaries(
        {
            argument: (st.one_of(st.just(str(valid[argument])), PATH_VALUE) if argument in valid else PATH_VALUE)
            for argument in arguments
        }
    )

    @PROFILE
    @given(values=values, person=st.sampled_from(PEOPLE), method=st.sampled_from(["get", "head"]))
    def check(values, person, method):
        url = _fill(route, values)
        _check(getattr(clients[person], method)(url), url)

    check()


@pytest.mark.parametrize("name", [name for name, _route in ROUTES])
def test_bad_query_parameters_never_give_a_server_error(name, world, clients, db):
    """Every query parameter a page knows (its filters, its GET forms) and some it does not, with any value."""
    route, entry = dict(ROUTES)[name]
    arguments = [match["name"] for match in CONVERTER.finditer(route)]
    valid = world.get(name, {})
    if any(argument not in valid for argument in arguments):
        pytest.skip(f"{name}: no valid arguments known, its path is tested with bad arguments only")
    base = _fill(route, valid)
    names = set(GENERIC_PARAMETERS) | _filterset_fields(entry)
    for client in clients.values():
        response = client.get(base)
        _check(response, base)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            parser = _GetFormFields()
            parser.feed(response.content.decode())
            names |= parser.names
    query = st.dictionaries(
        st.one_of(st.sampled_from(sorted(names)), JUNK_TEXT),
        st.lists(JUNK_TEXT, min_size=1, max_size=2),
        min_size=1,
        max_size=4,
    )

    @PROFILE
    @given(query=query, person=st.sampled_from(PEOPLE))
    def check(query, person):
        url = f"{base}?{urlencode(query, doseq=True)}"
        _check(clients[person].get(url), url)

    check()


# --- The cases the issue reported, and their siblings --------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "/nl/landen/%00/",
        "/nl/partners/%00/",
        "/nl/partners/?q=%00",
        "/nl/agenda/?q=a%00b",
        "/nl/agenda/monitoring/werkagenda.csv?period=%00",
        "/nl/evenementen/afmelden/%00/",
        "/nl/evenementen/?country=%00",
    ],
)
def test_a_nul_byte_is_a_clear_400(url, world, clients, db):
    response = clients["coordinator"].get(url)
    assert response.status_code == 400
    assert "cannot be read" in response.content.decode() or "kan niet worden gelezen" in response.content.decode()


def test_a_nul_byte_in_a_posted_form_is_a_400_and_changes_nothing(world, clients, db):
    from agenda.models import Action

    action = Action.objects.public().order_by("pk").first()
    response = Client().post(f"/nl/agenda/{action.pk}/bericht/", {"name": "a\x00", "email": "a@example.org"})
    assert response.status_code == 400


@pytest.mark.parametrize("as_of", ["2026-02-31", "2026-13-01", "0000-01-01", "99999-01-01", "\U0001f600"])
def test_monitoring_with_an_impossible_date_shows_the_figures_without_it(as_of, world, clients, db):
    response = clients["coordinator"].get("/nl/agenda/monitoring/", {"as_of": as_of})
    assert response.status_code == 200
    assert response.context["as_of"] is None


# --- The admin: its lists take search, ordering, page and filter parameters from the URL ---------------------
ADMIN_LISTS = sorted(f"{model._meta.app_label}/{model._meta.model_name}" for model in admin.site._registry)


@pytest.mark.parametrize("model", ADMIN_LISTS)
def test_bad_admin_list_parameters_never_give_a_server_error(model, world, clients, db):
    """The coordinator's admin lists with any search text, ordering, page, filter or unknown parameter."""
    base = f"/nl/admin/{model}/"
    names = ["q", "o", "p", "e", "all", "_changelist_filters", "id__exact", "pk", "status__exact", "created__gte"]
    response = clients["coordinator"].get(base)
    _check(response, base)
    if response.status_code == 200:
        parser = _GetFormFields()
        parser.feed(response.content.decode())
        names += sorted(parser.names)
    query = st.dictionaries(st.sampled_from(names), JUNK_TEXT, min_size=1, max_size=3)

    @PROFILE
    @given(query=query)
    def check(query):
        url = f"{base}?{urlencode(query)}"
        _check(clients["coordinator"].get(url), url)

    check()
