"""Creating and editing actions in the browser: validation in Dutch, concurrent edits, history and revert."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils.text import capfirst

from agenda.models import Action, Chapter, PolicyPeriod
from agenda.services import ActionConflict, action_create, action_update
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR
from partners.models import Sector
from tests.agenda.helpers import dutch, form_data
from tests.factories import ActionFactory, action_form_data, new_action_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def ambassador(make_user):
    return make_user(AMBASSADOR, username="anouk", first_name="Anouk", last_name="de Cultuur", sector="onderwijs")


@pytest.fixture
def civil_servant(make_user):
    return make_user(CIVIL_SERVANT, username="bram", first_name="Bram", last_name="Ambtenaar", sector="gemeente")


@pytest.fixture
def action(ambassador):
    return ActionFactory(
        title="Uitwisseling met Sibiu", description="Oud", lead_person=ambassador, sectors=["onderwijs"]
    )


def stored():
    """What a failed form must not have changed."""
    return (list(Action.objects.order_by("pk").values()), Action.history.count())


# --- Create -------------------------------------------------------------------------------------


def test_an_ambassador_creates_an_action_and_leads_it(client, ambassador):
    client.force_login(ambassador)
    form_page = client.get(reverse("agenda:create"))
    assert form_page.status_code == 200
    initial = form_page.context["form"].initial
    assert initial["lead_person"] == ambassador.pk and initial["sectors"] == [ambassador.profile.sector_id]

    response = client.post(reverse("agenda:create"), new_action_data(code="A17"))
    action = Action.objects.get(code="A17")
    assert response.status_code == 302 and response["Location"] == action.get_absolute_url()
    assert action.lead_person == ambassador
    assert action.period.name == "2021-2026" and [s.slug for s in action.sectors.all()] == ["onderwijs"]
    records = list(action.history.order_by("history_id"))
    assert records[0].history_type == "+" and {record.history_user for record in records} == {ambassador}


def test_a_partner_representative_cannot_create(client, make_user):
    from deventer_intl.roles import PARTNER_REPRESENTATIVE

    client.force_login(make_user(PARTNER_REPRESENTATIVE))
    assert client.post(reverse("agenda:create"), new_action_data()).status_code == 403
    assert not Action.objects.exists()


INVALID = [
    # (changes to a valid new action, the field with the error, the Dutch message it must show)
    (
        {"list": "A", "code": "B5"},
        "code",
        lambda: dutch("An action on list {list} has a code starting with {list}, e.g. {list}1.", list="A"),
    ),
    (
        {"start_date": "2026-06-01", "end_date": "2026-05-31"},
        "end_date",
        lambda: dutch("The end date is before the start date."),
    ),
    (
        {"period": "2015-2020", "chapter": 3},
        "chapter",
        lambda: dutch("This chapter belongs to the policy period {period}.", period="2021-2026"),
    ),
    ({"status": "realised", "progress": "50"}, "progress", lambda: dutch("A realised action is at 100%.")),
    ({"progress": "101"}, "progress", lambda: "Zorg ervoor dat deze waarde hoogstens 100 is."),
    ({"code": "A0"}, "code", lambda: dutch("A code is the list letter and a number, e.g. A3 or B12.")),
]


def resolve(changes: dict) -> dict:
    changes = dict(changes)
    if "period" in changes:
        changes["period"] = str(PolicyPeriod.objects.get(name=changes["period"]).pk)
    if "chapter" in changes:
        changes["chapter"] = str(Chapter.objects.get(period__name="2021-2026", number=changes["chapter"]).pk)
    return changes


@pytest.mark.parametrize("changes, field, message", INVALID, ids=[case[1] + str(i) for i, case in enumerate(INVALID)])
def test_an_invalid_new_action_shows_a_dutch_error_and_stores_nothing(client, civil_servant, changes, field, message):
    client.force_login(civil_servant)
    before = stored()
    response = client.post(reverse("agenda:create"), new_action_data(**resolve(changes)))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors[field] == [message()], errors
    assert stored() == before


@pytest.mark.parametrize("changes, field, message", INVALID, ids=[case[1] + str(i) for i, case in enumerate(INVALID)])
def test_an_invalid_edit_shows_a_dutch_error_and_changes_nothing(
    client, civil_servant, action, changes, field, message
):
    client.force_login(civil_servant)
    before = stored()
    response = client.post(
        reverse("agenda:update", kwargs={"pk": action.pk}), action_form_data(action, **resolve(changes))
    )
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message()]
    assert stored() == before


def test_a_code_is_unique_within_its_period(client, civil_servant, action):
    client.force_login(civil_servant)
    before = stored()
    response = client.post(reverse("agenda:create"), new_action_data(code=action.code))
    assert response.status_code == 200 and response.context["form"].errors
    assert stored() == before
    # The same code in the other period is fine.
    other = str(PolicyPeriod.objects.get(name="2015-2020").pk)
    assert client.post(reverse("agenda:create"), new_action_data(code=action.code, period=other)).status_code == 302


def test_realised_sets_100_and_a_new_idea_0(client, civil_servant, action):
    client.force_login(civil_servant)
    url = reverse("agenda:update", kwargs={"pk": action.pk})
    assert client.post(url, action_form_data(action, status="realised", progress="60")).status_code == 200
    assert client.post(url, action_form_data(action, status="in_progress", progress="60")).status_code == 302
    assert client.post(url, action_form_data(action, status="realised")).status_code == 302
    action.refresh_from_db()
    assert (action.status, action.progress) == ("realised", 100)
    assert client.post(url, action_form_data(action, status="idea")).status_code == 302
    action.refresh_from_db()
    assert (action.status, action.progress) == ("idea", 0)


# --- Edit -----------------------------------------------------------------------------------------


def test_an_edit_is_saved_with_who_and_bumps_the_version(client, ambassador, action):
    client.force_login(ambassador)
    url = reverse("agenda:update", kwargs={"pk": action.pk})
    version = action.version
    data = form_data(client.get(url).context["form"])
    data["title"] = "Uitwisseling met Sibiu en Cluj"
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == action.get_absolute_url()
    action.refresh_from_db()
    assert action.title == "Uitwisseling met Sibiu en Cluj" and action.version > version
    latest = action.history.order_by("-history_id").first()
    assert latest.history_user == ambassador and latest.title == "Uitwisseling met Sibiu en Cluj"


def test_a_form_without_its_version_is_refused(client, ambassador, action):
    client.force_login(ambassador)
    before = stored()
    data = action_form_data(action, title="Zonder versie", version=None)
    response = client.post(reverse("agenda:update", kwargs={"pk": action.pk}), data)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        dutch("This form is incomplete; reload the page and try again.")
    ]
    assert stored() == before


def open_form(client, user, action) -> dict:
    client.force_login(user)
    response = client.get(reverse("agenda:update", kwargs={"pk": action.pk}))
    assert response.status_code == 200
    return form_data(response.context["form"])


def test_concurrent_edits_of_different_fields_keep_both(client, ambassador, civil_servant, action):
    url = reverse("agenda:update", kwargs={"pk": action.pk})
    first = open_form(client, ambassador, action)
    second = open_form(client, civil_servant, action)

    client.force_login(ambassador)
    first["title"] = "Titel van Anouk"
    assert client.post(url, first).status_code == 302

    client.force_login(civil_servant)
    second["description"] = "Beschrijving van Bram"
    conflict = client.post(url, second)
    assert conflict.status_code == 200 and conflict.context["conflict"] is True
    action.refresh_from_db()
    assert (action.title, action.description) == ("Titel van Anouk", "Oud"), "nothing of the second editor saved"
    html = conflict.content.decode()
    assert 'id="conflict"' in html and "Titel van Anouk" in html
    assert conflict.context["conflict_by"] == ambassador
    assert [(change["old"], change["new"]) for change in conflict.context["conflict_changes"]] == [
        ("Uitwisseling met Sibiu", "Titel van Anouk")
    ]
    assert conflict.context["conflict_both"] == []
    rebased = conflict.context["form"]
    assert rebased["title"].value() == "Titel van Anouk"
    assert rebased["description"].value() == "Beschrijving van Bram"
    assert not rebased.errors

    again = client.post(url, form_data(rebased))
    assert again.status_code == 302
    action.refresh_from_db()
    assert (action.title, action.description) == ("Titel van Anouk", "Beschrijving van Bram")
    users = [record.history_user for record in action.history.order_by("history_id")]
    assert users[-2:] == [ambassador, civil_servant]


def test_concurrent_edits_of_the_same_field_name_it_and_keep_the_second_value_in_the_form(
    client, ambassador, civil_servant, action
):
    url = reverse("agenda:update", kwargs={"pk": action.pk})
    first = open_form(client, ambassador, action)
    second = open_form(client, civil_servant, action)
    client.force_login(ambassador)
    assert client.post(url, {**first, "title": "Titel van Anouk"}).status_code == 302
    client.force_login(civil_servant)
    conflict = client.post(url, {**second, "title": "Titel van Bram", "progress": "30"})
    assert conflict.status_code == 200
    title_label = capfirst(Action._meta.get_field("title").verbose_name)
    assert [str(label) for label in conflict.context["conflict_both"]] == [title_label]
    assert f"{title_label}." in conflict.content.decode()
    assert conflict.context["form"]["title"].value() == "Titel van Bram"
    action.refresh_from_db()
    assert action.title == "Titel van Anouk" and action.progress == 0


def test_a_progress_update_in_between_is_no_conflict(client, ambassador, civil_servant, action):
    """A text-only update moves no version, so an open edit form still saves."""
    url = reverse("agenda:update", kwargs={"pk": action.pk})
    data = open_form(client, ambassador, action)
    client.force_login(civil_servant)
    client.post(
        reverse("agenda:progress-create", kwargs={"pk": action.pk}),
        {"date": "2026-02-02", "text": "Eerste overleg gehad"},
    )
    client.force_login(ambassador)
    assert client.post(url, {**data, "title": "Nieuwe titel"}).status_code == 302


# --- The services take values ---------------------------------------------------------------------


def test_action_create_takes_values_and_the_creator_leads_unless_someone_is_named(ambassador, civil_servant):
    period = PolicyPeriod.objects.get(name="2021-2026")
    sector = Sector.objects.get(slug="onderwijs")
    mine = action_create(by=ambassador, period=period, list="A", code="A40", title="Eigen actie", sectors=[sector])
    named = action_create(
        by=civil_servant,
        period=period,
        list="A",
        code="A41",
        title="Voor Anouk",
        lead_person=ambassador,
        editors=[civil_servant],
        on=datetime.date(2024, 3, 1),
    )
    assert (mine.lead_person, list(mine.sectors.all())) == (ambassador, [sector])
    assert {entry.history_user for entry in mine.history.all()} == {ambassador}
    assert (named.lead_person, list(named.editors.all()), named.last_update_on) == (
        ambassador,
        [civil_servant],
        datetime.date(2024, 3, 1),
    )
    with pytest.raises(TypeError):
        action_create(by=ambassador, period=period, list="A", code="A42", title="x", form=None)
    assert not Action.objects.filter(code="A42").exists()


def test_action_update_on_an_old_version_raises_a_conflict_and_writes_nothing(ambassador, civil_servant, action):
    loaded = action.version
    action_update(action=Action.objects.get(pk=action.pk), by=civil_servant, version=loaded, title="Eerst")
    before = stored()
    with pytest.raises(ActionConflict) as conflict:
        action_update(
            action=Action.objects.get(pk=action.pk), by=ambassador, version=loaded, title="Daarna", sectors=[]
        )
    assert conflict.value.current.title == "Eerst" and stored() == before
    assert list(Action.objects.get(pk=action.pk).sectors.values_list("slug", flat=True)) == ["onderwijs"]


# --- History and revert ---------------------------------------------------------------------------


def test_the_history_page_shows_every_change_with_who(client, ambassador, civil_servant, action):
    client.force_login(civil_servant)
    client.post(reverse("agenda:update", kwargs={"pk": action.pk}), action_form_data(action, title="Nieuwe titel"))
    client.force_login(ambassador)
    response = client.get(reverse("agenda:history", kwargs={"pk": action.pk}))
    assert response.status_code == 200
    entries = response.context["entries"]
    assert [entry["record"].history_user for entry in entries][:1] == [civil_servant]
    changes = entries[0]["changes"]
    assert [(c["old"], c["new"]) for c in changes] == [("Uitwisseling met Sibiu", "Nieuwe titel")]
    html = response.content.decode()
    assert "Bram Ambtenaar" in html and "Nieuwe titel" in html and "Uitwisseling met Sibiu" in html


def test_editors_see_the_latest_changes_on_the_action_page_and_others_do_not(
    client, ambassador, civil_servant, make_user, action
):
    client.force_login(civil_servant)
    client.post(reverse("agenda:update", kwargs={"pk": action.pk}), action_form_data(action, title="Nieuwe titel"))
    client.force_login(ambassador)
    page = client.get(action.get_absolute_url())
    recent = page.context["recent_history"]
    assert recent[0]["record"].history_user == civil_servant
    assert [(c["old"], c["new"]) for c in recent[0]["changes"]] == [("Uitwisseling met Sibiu", "Nieuwe titel")]
    html = page.content.decode()
    assert dutch("Latest changes") in html
    # Only in the page body: the title and the meta description stay plain text.
    head = html.split("</head>")[0]
    assert dutch("Latest changes") not in head and "<table" not in head
    outsider = make_user(AMBASSADOR, username="kees", sector="sport")
    for viewer in (outsider, None):
        if viewer is None:
            client.logout()
        else:
            client.force_login(viewer)
        page = client.get(action.get_absolute_url())
        assert page.status_code == 200 and "recent_history" not in page.context
        assert dutch("Latest changes") not in page.content.decode()
        assert "Uitwisseling met Sibiu" not in page.content.decode()


def test_a_coordinator_reverts_an_old_title_in_the_admin(client, make_user, civil_servant, action):
    coordinator = make_user(COORDINATOR, username="carla", is_staff=True)
    client.force_login(civil_servant)
    client.post(reverse("agenda:update", kwargs={"pk": action.pk}), action_form_data(action, title="Verkeerde titel"))
    action.refresh_from_db()
    assert action.title == "Verkeerde titel"
    version = action.version
    old = action.history.filter(title="Uitwisseling met Sibiu").order_by("history_id").first()

    client.force_login(coordinator)
    listing = client.get(reverse("admin:agenda_action_history", args=[action.pk]))
    assert listing.status_code == 200
    url = reverse("admin:agenda_action_simple_history", args=[action.pk, old.history_id])
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page.context["adminform"].form)
    assert data["title"] == "Uitwisseling met Sibiu"
    response = client.post(url, data)
    assert response.status_code == 302, page.context["adminform"].form.errors
    action.refresh_from_db()
    assert action.title == "Uitwisseling met Sibiu"
    assert action.version > version
    latest = action.history.order_by("-history_id").first()
    assert latest.history_user == coordinator and latest.title == "Uitwisseling met Sibiu"


def test_a_stale_admin_form_is_refused(client, make_user, civil_servant, action):
    coordinator = make_user(COORDINATOR, username="carla", is_staff=True)
    client.force_login(coordinator)
    page = client.get(reverse("admin:agenda_action_change", args=[action.pk]))
    data = form_data(page.context["adminform"].form)
    Action.objects.get(pk=action.pk).save()  # someone saves in between
    inline_management = {
        f"{prefix}-{key}": value
        for prefix in ("participations", "updates")
        for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
    }
    response = client.post(
        reverse("admin:agenda_action_change", args=[action.pk]),
        {**data, **inline_management, "title": "Oude formulier"},
    )
    assert response.status_code == 200
    action.refresh_from_db()
    assert action.title == "Uitwisseling met Sibiu"


def test_a_civil_servant_without_staff_cannot_reach_the_admin(client, civil_servant, action):
    client.force_login(civil_servant)
    for url in (
        reverse("admin:agenda_action_history", args=[action.pk]),
        reverse("admin:agenda_action_simple_history", args=[action.pk, action.history.first().history_id]),
        reverse("admin:agenda_action_changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_a_conflict_on_sectors_and_the_public_tick_keeps_the_second_editors_choice(
    client, ambassador, civil_servant, action
):
    from partners.models import Sector

    url = reverse("agenda:update", kwargs={"pk": action.pk})
    first = open_form(client, ambassador, action)
    second = open_form(client, civil_servant, action)
    sport = str(Sector.objects.get(slug="sport").pk)
    client.force_login(ambassador)
    assert client.post(url, {**first, "sectors": first["sectors"] + [sport]}).status_code == 302
    client.force_login(civil_servant)
    second.pop("public")  # unticked
    second["title"] = "Titel van Bram"
    conflict = client.post(url, second)
    assert conflict.status_code == 200 and conflict.context["conflict"]
    assert any(
        str(change["field"]) == str(Action._meta.get_field("sectors").verbose_name)
        for change in conflict.context["conflict_changes"]
    )
    rebased = conflict.context["form"]
    assert sorted(rebased["sectors"].value()) == sorted(first["sectors"] + [sport])
    assert rebased["public"].value() is False
    assert client.post(url, form_data(rebased)).status_code == 302
    action.refresh_from_db()
    assert (action.title, action.public) == ("Titel van Bram", False)
    assert sorted(s.slug for s in action.sectors.all()) == ["onderwijs", "sport"]


def test_an_action_led_by_someone_without_a_role_can_still_be_edited(client, civil_servant, make_user, action):
    """The lead's role may end (or the lead is an admin without a group); editing the title must still work."""
    former = make_user(None, username="oud-ambassadeur")
    Action.objects.filter(pk=action.pk).update(lead_person=former)
    client.force_login(civil_servant)
    response = client.post(
        reverse("agenda:update", kwargs={"pk": action.pk}), action_form_data(action, title="Alleen de titel verandert")
    )
    assert response.status_code == 302, response.context["form"].errors
    action.refresh_from_db()
    assert (action.title, action.lead_person) == ("Alleen de titel verandert", former)
