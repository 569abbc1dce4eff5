"""Who may do what on the work agenda, as a matrix: role × view × GET/POST, on a public and an unpublished action.

The expectations are written out from the rules of issue 3, not derived from agenda/permissions.py,
so a change of a rule shows up here. A refused POST must leave the database exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.urls import reverse

from agenda.models import Action, Participation, ProgressUpdate
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from tests.factories import ActionFactory, ParticipationFactory, PartnerFactory, action_form_data, new_action_data

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "no_role",
    "rep_own",
    "rep_other",
    "amb_lead",
    "amb_coeditor",
    "amb_sector",
    "amb_other",
    "civil_servant",
    "coordinator",
]
AMBASSADORS = {"amb_lead", "amb_coeditor", "amb_sector", "amb_other"}
REPRESENTATIVES = {"rep_own", "rep_other"}
#: May edit the action: office staff, and ambassadors who lead it, co-edit it or look after its sector.
EDITORS = {"amb_lead", "amb_coeditor", "amb_sector", "civil_servant", "coordinator"}
OFFICE = AMBASSADORS | {"civil_servant", "coordinator"}
LOGGED_IN = set(ROLES) - {"anonymous"}

#: Pages that are not about one action.
GENERAL_VIEWS = ["list", "create", "mine", "monitoring", "export-csv", "export-xlsx"]
#: Pages of one action.
ACTION_VIEWS = [
    "detail",
    "update",
    "history",
    "progress-create",
    "close",
    "participation-create",
    "participation-delete",
    "message",
]
#: Views that answer GET only: a POST by someone who may see them is 405.
GET_ONLY = {"list", "mine", "monitoring", "export-csv", "export-xlsx", "detail", "history"}


@dataclass
class World:
    users: dict
    public: Action
    hidden: Action
    own: object  # the partner of rep_own that takes part
    own_spare: object  # another organisation of rep_own that does not take part yet
    other: object  # the organisation of rep_other
    invitee: object  # an organisation nobody represents

    def participation(self, action: Action) -> Participation:
        return action.participations.get(partner=self.own)


@pytest.fixture
def world(make_user) -> World:
    own = PartnerFactory(name="Stichting Eigen")
    own_spare = PartnerFactory(name="Stichting Eigen Twee")
    other = PartnerFactory(name="Stichting Ander")
    invitee = PartnerFactory(name="Stichting Uitgenodigd")
    lead_partner = PartnerFactory(name="Stichting Trekker")
    users = {
        "anonymous": AnonymousUser(),
        "no_role": make_user(username="zonder-rol"),
        "rep_own": make_user(PARTNER_REPRESENTATIVE, username="rep-eigen", partners=[own, own_spare]),
        "rep_other": make_user(PARTNER_REPRESENTATIVE, username="rep-ander", partners=[other]),
        # Lead and co-editor look after another sector, so only leading / co-editing gives them the right.
        "amb_lead": make_user(AMBASSADOR, username="amb-trekker", sector="sport"),
        "amb_coeditor": make_user(AMBASSADOR, username="amb-mede", sector="ondernemers"),
        "amb_sector": make_user(AMBASSADOR, username="amb-sector", sector="onderwijs"),
        "amb_other": make_user(AMBASSADOR, username="amb-ander", sector="cultuur-toerisme"),
        "civil_servant": make_user(CIVIL_SERVANT, username="ambtenaar", sector="gemeente"),
        "coordinator": make_user(COORDINATOR, username="coordinator-test", is_staff=True),
    }
    actions = {}
    for key, public in (("public", True), ("hidden", False)):
        action = ActionFactory(
            public=public,
            lead_person=users["amb_lead"],
            lead_partner=lead_partner,
            sectors=["onderwijs"],
            editors=[users["amb_coeditor"]],
        )
        ParticipationFactory(action=action, partner=own)
        actions[key] = action
    return World(users=users, own=own, own_spare=own_spare, other=other, invitee=invitee, **actions)


def login(client, world: World, role: str):
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def url_for(view: str, world: World, action: Action | None = None) -> str:
    if view in ("export-csv", "export-xlsx"):
        return reverse("agenda:monitoring-export", kwargs={"fmt": view.split("-")[1]})
    if view in GENERAL_VIEWS:
        return reverse(f"agenda:{view}")
    if view == "participation-delete":
        return reverse(
            "agenda:participation-delete", kwargs={"pk": action.pk, "participation_pk": world.participation(action).pk}
        )
    return reverse(f"agenda:{view}", kwargs={"pk": action.pk})


def allowed(view: str, role: str, public: bool = True) -> bool:
    """Whether ``role`` may use ``view`` (on the public action, or on the unpublished one)."""
    if view in ("list", "detail", "message"):
        return True
    if view == "create":
        return role in OFFICE
    if view in ("update", "history", "close"):
        return role in EDITORS
    if view in ("progress-create", "participation-delete"):
        return role in EDITORS | {"rep_own"}
    if view == "participation-create":
        # Editors invite; representatives join with their own organisation, but only public actions.
        return role in EDITORS or (public and role in REPRESENTATIVES)
    if view == "mine":
        return role in OFFICE | REPRESENTATIVES
    if view in ("monitoring", "export-csv", "export-xlsx"):
        return role in OFFICE
    raise AssertionError(view)


def sees_hidden(role: str) -> bool:
    """The unpublished action is seen by its editors and by the organisations taking part."""
    return role in EDITORS | {"rep_own"}


def refused_status(role: str) -> int:
    return 302 if role == "anonymous" else 403


def post_data(view: str, world: World, role: str) -> dict:
    """A valid POST for ``view``: what succeeds when the role may do it."""
    action = world.public
    if view == "create":
        return new_action_data(code="A902")
    if view == "update":
        return action_form_data(action, title="Door iemand anders veranderd")
    if view == "progress-create":
        return {"date": "2026-03-01", "text": "Stiekem bijgewerkt", "status": "in_progress", "progress": "40"}
    if view == "close":
        return {"status": "stopped", "text": "Gestopt"}
    if view == "participation-create":
        partner = {"rep_own": world.own_spare, "rep_other": world.other}.get(role, world.invitee)
        return {"partner": str(partner.pk), "role": "participant"}
    if view == "message":
        return {"name": "Bezoeker", "email": "bezoeker@example.org", "message": "Mag ik meedoen?", "website": ""}
    return {"anything": "x"}


def snapshot(mailoutbox) -> dict:
    """Everything a POST on the agenda could change."""
    return {
        "actions": list(Action.objects.order_by("pk").values()),
        "editors": sorted(Action.editors.through.objects.values_list("action_id", "user_id")),
        "sectors": sorted(Action.sectors.through.objects.values_list("action_id", "sector_id")),
        "participations": sorted(Participation.objects.values_list("pk", "action_id", "partner_id", "role")),
        "updates": list(ProgressUpdate.objects.order_by("pk").values()),
        "history": (Action.history.count(), Participation.history.count(), ProgressUpdate.history.count()),
        "mails": len(mailoutbox),
    }


def outcome(response) -> str:
    """A response in one word: ok (200), login (redirect to the login page), done (other redirect), or the status."""
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302:
        return "login" if response["Location"].startswith(reverse("login") + "?next=") else "done"
    return str(response.status_code)


def refused(role: str) -> str:
    return "login" if role == "anonymous" else "403"


# --- GET ------------------------------------------------------------------------------------------
# One test per role and kind of action, asserting its whole row of the matrix at once: the world is
# built once per row, and a failure shows every view whose answer differs.


@pytest.mark.parametrize("role", ROLES)
def test_get_matrix_on_a_public_action(client, world, role):
    login(client, world, role)
    expected = {view: "ok" if allowed(view, role) else refused(role) for view in GENERAL_VIEWS + ACTION_VIEWS}
    actual = {view: outcome(client.get(url_for(view, world, world.public))) for view in GENERAL_VIEWS + ACTION_VIEWS}
    assert actual == expected


@pytest.mark.parametrize("role", ROLES)
def test_get_matrix_on_an_unpublished_action(client, world, role):
    login(client, world, role)
    # Who may not see it gets 404, not a login page: a guessed number does not reveal that the action exists.
    expected = {
        view: "404" if not sees_hidden(role) else "ok" if allowed(view, role, public=False) else "403"
        for view in ACTION_VIEWS
    }
    actual = {view: outcome(client.get(url_for(view, world, world.hidden))) for view in ACTION_VIEWS}
    assert actual == expected


@pytest.mark.parametrize("role", ["anonymous", "rep_own", "amb_sector", "coordinator"])
def test_a_nonexistent_action_is_404_for_everyone(client, world, role):
    missing = Action.objects.order_by("-pk").first().pk + 1000
    login(client, world, role)
    for view in ACTION_VIEWS:
        kwargs = {"pk": missing, "participation_pk": 1} if view == "participation-delete" else {"pk": missing}
        url = reverse(f"agenda:{view}", kwargs=kwargs)
        assert (view, client.get(url).status_code) == (view, 404)
        assert (view, client.post(url, {"text": "x"}).status_code) == (view, 404)


def test_a_participation_of_another_action_is_404(client, world):
    other_participation = world.participation(world.hidden)
    url = reverse(
        "agenda:participation-delete", kwargs={"pk": world.public.pk, "participation_pk": other_participation.pk}
    )
    login(client, world, "coordinator")
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert Participation.objects.filter(pk=other_participation.pk).exists()


def test_export_in_an_unknown_format_is_404(client, world):
    login(client, world, "coordinator")
    for fmt in ("pdf", "html"):
        assert client.get(reverse("agenda:monitoring-export", kwargs={"fmt": fmt})).status_code == 404


# --- POST -----------------------------------------------------------------------------------------


def assert_post_did_its_work(view, world, role, before, after):
    """An allowed POST changed what it should."""
    action = Action.objects.get(pk=world.public.pk)
    if view == "create":
        assert Action.objects.filter(code="A902", lead_person=world.users[role]).exists()
    elif view == "update":
        assert action.title == "Door iemand anders veranderd"
    elif view == "progress-create":
        assert (action.status, action.progress) == ("in_progress", 40)
        assert ProgressUpdate.objects.filter(action=action, author=world.users[role]).count() == 1
    elif view == "close":
        assert action.status == "stopped"
    elif view == "participation-create":
        assert len(after["participations"]) == len(before["participations"]) + 1
    elif view == "participation-delete":
        assert not action.participations.filter(partner=world.own).exists()
    elif view == "message":
        assert after["mails"] == before["mails"] + 1
    else:
        raise AssertionError(view)


def post_row(client, world, role, action, views, mailoutbox, data_for) -> dict:
    """POST every view as ``role``, each inside a savepoint that is rolled back, so each starts from the same data.

    Returns ``{view: "<outcome>:<changed|unchanged>"}``.
    """
    login(client, world, role)
    row = {}
    for view in views:
        data = data_for(view)
        with transaction.atomic():
            before = snapshot(mailoutbox)
            response = client.post(url_for(view, world, action), data)
            after = snapshot(mailoutbox)
            result = outcome(response)
            if result == "done":
                assert_post_did_its_work(view, world, role, before, after)
            elif result == "ok":
                result += f" {response.context['form'].errors.as_json()}"
            transaction.set_rollback(True)
        mailoutbox.clear()
        row[view] = f"{result}:{'unchanged' if after == before else 'changed'}"
    return row


def expected_post(view: str, role: str, public: bool = True) -> str:
    if not allowed(view, role, public):
        return f"{refused(role)}:unchanged"
    if view in GET_ONLY:
        return "405:unchanged"
    return "done:changed"


@pytest.mark.parametrize("role", ROLES)
def test_post_matrix_on_a_public_action(client, world, role, mailoutbox):
    views = GENERAL_VIEWS + ACTION_VIEWS
    actual = post_row(client, world, role, world.public, views, mailoutbox, lambda view: post_data(view, world, role))
    assert actual == {view: expected_post(view, role) for view in views}


@pytest.mark.parametrize("role", ROLES)
def test_post_matrix_on_an_unpublished_action(client, world, role, mailoutbox):
    def data_for(view):
        if view == "update":
            return action_form_data(world.hidden, title="Door iemand anders veranderd")
        return post_data(view, world, role)

    world_hidden = World(**{**world.__dict__, "public": world.hidden})  # assert_post_did_its_work reads .public
    actual = post_row(client, world_hidden, role, world.hidden, ACTION_VIEWS, mailoutbox, data_for)
    expected = {
        view: "404:unchanged" if not sees_hidden(role) else expected_post(view, role, public=False)
        for view in ACTION_VIEWS
    }
    assert actual == expected


# --- Closed actions -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["realised", "stopped"])
def test_a_closed_action_cannot_be_closed_again_nor_joined(client, world, status, mailoutbox):
    Action.objects.filter(pk=world.public.pk).update(status=status, progress=100)
    before = snapshot(mailoutbox)
    login(client, world, "coordinator")
    assert client.get(url_for("close", world, world.public)).status_code == 403
    assert client.post(url_for("close", world, world.public), {"status": "stopped", "text": "x"}).status_code == 403
    client.logout()
    login(client, world, "rep_other")
    url = url_for("participation-create", world, world.public)
    assert client.post(url, {"partner": world.other.pk, "role": "participant"}).status_code == 403
    assert snapshot(mailoutbox) == before


# --- Queryset and rule agree ----------------------------------------------------------------------


@pytest.fixture
def many_actions(world, make_user):
    """Actions in every relevant shape: public or not, open or closed, with and without lead, sector, editors."""
    users = world.users
    actions = [world.public, world.hidden]
    actions.append(ActionFactory(sectors=["sport"]))
    actions.append(ActionFactory(sectors=["onderwijs", "sport"], status="realised", public=False))
    actions.append(ActionFactory(lead_person=users["amb_other"], public=False))
    actions.append(ActionFactory(editors=[users["amb_other"], users["amb_lead"]], status="stopped"))
    actions.append(ActionFactory())
    actions.append(ActionFactory(lead_partner=world.other, public=False))
    return actions


def extra_users(make_user):
    User = get_user_model()
    superuser = User.objects.create_superuser("super", "super@example.org", None)
    inactive = make_user(COORDINATOR, username="inactief", is_active=False)
    inactive_ambassador = make_user(AMBASSADOR, username="inactief-amb", sector="onderwijs", is_active=False)
    sectorless = make_user(AMBASSADOR, username="zonder-sector")
    return {
        "superuser": superuser,
        "inactive": inactive,
        "inactive_ambassador": inactive_ambassador,
        "sectorless_ambassador": sectorless,
    }


def test_editable_by_and_the_change_rule_agree_for_every_role_and_action(world, many_actions, make_user):
    users = {**world.users, **extra_users(make_user)}
    for name, user in users.items():
        by_queryset = set(Action.objects.editable_by(user).values_list("pk", flat=True))
        by_rule = {action.pk for action in many_actions if user.has_perm("agenda.edit_action", action)}
        assert by_queryset == by_rule, name
        expected = (
            {action.pk for action in many_actions} if name in {"civil_servant", "coordinator", "superuser"} else set()
        )
        if name in ("amb_lead", "amb_coeditor", "amb_sector", "amb_other"):
            continue  # their own sets are what both ways computed; the exact sets are tested below
        assert by_rule == expected, name


def test_an_ambassador_edits_exactly_what_they_lead_co_edit_or_look_after(world, many_actions):
    pks = [action.pk for action in many_actions]
    editable = {
        name: {pks.index(pk) for pk in Action.objects.editable_by(world.users[name]).values_list("pk", flat=True)}
        for name in ("amb_lead", "amb_coeditor", "amb_sector", "amb_other")
    }
    # 0 public (onderwijs, led by amb_lead, co-edited by amb_coeditor), 1 its unpublished twin,
    # 2 sport, 3 onderwijs+sport, 4 led by amb_other, 5 co-edited by amb_other and amb_lead, 6 nothing, 7 led by other.
    assert editable == {
        "amb_lead": {0, 1, 2, 3, 5},  # also looks after sport
        "amb_coeditor": {0, 1},
        "amb_sector": {0, 1, 3},
        "amb_other": {4, 5},
    }


def test_visible_to_and_the_view_rule_agree_for_every_role_and_action(world, many_actions, make_user):
    users = {**world.users, **extra_users(make_user)}
    for name, user in users.items():
        by_queryset = set(Action.objects.visible_to(user).values_list("pk", flat=True))
        by_rule = {action.pk for action in many_actions if user.has_perm("agenda.see_action", action)}
        assert by_queryset == by_rule, name
