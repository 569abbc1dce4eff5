"""Who may do what on events, as a matrix: role × view × public/unpublished event, GET and POST.

The expectations are written out from the issue's rules, not derived from events/permissions.py:
civil servants and coordinators edit every event, ambassadors the ones they created or of their
sector, partner representatives those their organisation organises. Registrants' names and
addresses are for those editors only, also by a guessed URL. A refused POST changes nothing.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from events.models import Event, Registration
from tests.factories import PartnerFactory, RegistrationFactory, meeting

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "no_role",
    "rep_own",
    "rep_other",
    "amb_creator",
    "amb_sector",
    "amb_other",
    "civil_servant",
    "coordinator",
]
EDITORS = {"rep_own", "amb_creator", "amb_sector", "civil_servant", "coordinator"}
OFFICE = {"amb_creator", "amb_sector", "amb_other", "civil_servant", "coordinator"}
MAY_ADD = OFFICE | {"rep_own", "rep_other"}

EVENT_VIEWS = {
    # name: (url kwargs extra, only for editors?)
    "detail": ({}, False),
    "ics": ({}, False),
    "update": ({}, True),
    "delete": ({}, True),
    "registrations": ({}, True),
    "registrations-export": ({"fmt": "csv"}, True),
    "attendance": ({}, True),
}


@pytest.fixture
def world(make_user):
    own = PartnerFactory(name="Stichting NetSib")
    other = PartnerFactory(name="Stichting Ander")
    users = {
        "anonymous": AnonymousUser(),
        "no_role": make_user(username="zonder-rol"),
        "rep_own": make_user(PARTNER_REPRESENTATIVE, username="rep-eigen", partners=[own]),
        "rep_other": make_user(PARTNER_REPRESENTATIVE, username="rep-ander", partners=[other]),
        "amb_creator": make_user(AMBASSADOR, username="amb-maker", sector="sport"),
        "amb_sector": make_user(AMBASSADOR, username="amb-sector", sector="ondernemers"),
        "amb_other": make_user(AMBASSADOR, username="amb-ander", sector="cultuur-toerisme"),
        "civil_servant": make_user(CIVIL_SERVANT, username="ambtenaar", sector="gemeente"),
        "coordinator": make_user(COORDINATOR, username="coordinator-test", is_staff=True),
    }
    events = {}
    for key, public in (("public", True), ("hidden", False)):
        event = meeting(
            public=public,
            created_by=users["amb_creator"],
            organisers=[own],
            sectors=["ondernemers"],
            title=f"Matchmaking {key}",
            slug=f"matchmaking-{key}",
        )
        RegistrationFactory(event=event, name="Ioana Popescu", email="ioana.popescu@example.org")
        events[key] = event
    return users, events


def login(client, user):
    if user.is_authenticated:
        client.force_login(user)


def expected(role: str, view: str, public: bool) -> int:
    only_editors = EVENT_VIEWS[view][1]
    if role in EDITORS:
        return 200
    if not public:
        return 404  # not even its existence is told
    if not only_editors:
        return 200
    return 302 if role == "anonymous" else 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", EVENT_VIEWS)
@pytest.mark.parametrize("which", ["public", "hidden"])
def test_event_pages(client, world, role, view, which):
    users, events = world
    event = events[which]
    login(client, users[role])
    url = reverse(f"events:{view}", kwargs={"slug": event.slug, **EVENT_VIEWS[view][0]})
    response = client.get(url)
    assert response.status_code == expected(role, view, which == "public"), url
    body = response.content.decode(errors="replace")
    # The registrant's name and address appear only to the event's editors.
    assert ("ioana.popescu@example.org" in body) == (
        role in EDITORS and view in ("registrations", "registrations-export", "attendance")
    )
    assert ("Ioana Popescu" in body) == (
        role in EDITORS and view in ("registrations", "registrations-export", "attendance")
    )


@pytest.mark.parametrize("role", [role for role in ROLES if role not in EDITORS])
@pytest.mark.parametrize("which", ["public", "hidden"])
def test_refused_writes_change_nothing(client, world, role, which):
    """Editors' writes are tested in test_editing; here every other role is refused and nothing changes."""
    users, events = world
    event = events[which]
    login(client, users[role])
    before = (Event.objects.filter(pk=event.pk).values().get(), list(Registration.objects.values()))
    for view, data in (("update", {"title": "Gekaapt"}), ("delete", {}), ("attendance", {"actual_visitors": "9"})):
        response = client.post(reverse(f"events:{view}", kwargs={"slug": event.slug}), data)
        assert response.status_code == (404 if which == "hidden" else 302 if role == "anonymous" else 403)
    assert (Event.objects.filter(pk=event.pk).values().get(), list(Registration.objects.values())) == before


@pytest.mark.parametrize("role", ROLES)
def test_general_pages(client, world, role):
    users, _events = world
    login(client, users[role])
    for name in ("list", "past", "calendar", "feed"):
        assert client.get(reverse(f"events:{name}")).status_code == 200
    refused = 302 if role == "anonymous" else 403
    assert client.get(reverse("events:create")).status_code == (200 if role in MAY_ADD else refused)
    assert client.get(reverse("events:mine")).status_code == (200 if role in MAY_ADD else refused)
    assert client.get(reverse("events:figures")).status_code == (200 if role in OFFICE else refused)


@pytest.mark.parametrize("role", ROLES)
def test_lists_show_hidden_events_to_their_editors_only(client, world, role):
    users, events = world
    login(client, users[role])
    mine = client.get(reverse("events:mine"))
    if mine.status_code == 200:
        titles = {event.title for event in mine.context["upcoming"]}
        assert titles == ({"Matchmaking public", "Matchmaking hidden"} if role in EDITORS else set())
    public_list = client.get(reverse("events:list"))
    assert [event.title for event in public_list.context["page_obj"]] == ["Matchmaking public"]


def test_editable_by_and_visible_to_match_the_rules(world):
    """The querysets that scope lists say exactly what the rules say, for every role and event."""
    users, events = world
    extra = [
        meeting(public=True, title="Ander evenement", slug="ander", sectors=["sport"]),
        meeting(public=False, title="Ander verborgen", slug="ander-verborgen"),
    ]
    for role, user in users.items():
        for event in [*events.values(), *extra]:
            assert Event.objects.editable_by(user).filter(pk=event.pk).exists() == user.has_perm(
                "events.edit_event", event
            ), (role, event.title)
            assert Event.objects.visible_to(user).filter(pk=event.pk).exists() == user.has_perm(
                "events.see_event", event
            ), (role, event.title)


def test_a_guessed_registration_export_of_another_event_is_refused(client, world, make_user):
    """A representative may see the registrations of their own event, not of one by another organisation."""
    users, events = world
    foreign = meeting(organisers=[PartnerFactory(name="Stichting Vreemd")], title="Vreemd", slug="vreemd")
    RegistrationFactory(event=foreign, email="geheim@example.org")
    client.force_login(users["rep_own"])
    for fmt in ("csv", "xlsx"):
        response = client.get(reverse("events:registrations-export", kwargs={"slug": foreign.slug, "fmt": fmt}))
        assert response.status_code == 403 and b"geheim" not in response.content
    assert client.get(reverse("events:registrations", kwargs={"slug": foreign.slug})).status_code == 403
