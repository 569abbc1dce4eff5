"""What an event links to (agenda actions, its festival) is shown only to whom may see that thing.

The event form's choices and the event page follow the agenda's ``Action.objects.visible_to`` and
the events' own ``visible_to``: a non-public action or festival is not told to a partner
representative or a visitor, not even by its title. An edit never drops a link the editor cannot see.
"""

import pytest
from django.urls import reverse

from deventer_intl.roles import CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from events.forms import EventForm
from events.models import Event
from tests.agenda.helpers import form_data
from tests.events.test_editing import new_event_data
from tests.factories import ActionFactory, EventFactory, PartnerFactory

pytestmark = pytest.mark.django_db

HIDDEN_ACTION = "Actie in voorbereiding Bukomansimbi"
HIDDEN_FESTIVAL = "Geheim festival Sibiu"


@pytest.fixture
def world(make_user):
    own = PartnerFactory(name="Stichting NetSib")
    rep = make_user(PARTNER_REPRESENTATIVE, username="rep-eigen", partners=[own])
    civil_servant = make_user(CIVIL_SERVANT, username="ambtenaar")
    hidden_action = ActionFactory(title=HIDDEN_ACTION, public=False)
    public_action = ActionFactory(title="Openbare uitwisseling Rostock", public=True)
    hidden_festival = EventFactory(kind="festival", title=HIDDEN_FESTIVAL, slug="geheim-festival", public=False)
    public_festival = EventFactory(kind="festival", title="Focus op Roemenië", slug="focus-op-roemenie")
    return {
        "own": own,
        "rep": rep,
        "civil_servant": civil_servant,
        "hidden_action": hidden_action,
        "public_action": public_action,
        "hidden_festival": hidden_festival,
        "public_festival": public_festival,
    }


def test_the_form_offers_only_actions_and_festivals_the_user_may_see(client, world):
    client.force_login(world["rep"])
    page = client.get(reverse("events:create")).content.decode()
    assert "Openbare uitwisseling Rostock" in page and "Focus op Roemenië" in page
    assert HIDDEN_ACTION not in page and HIDDEN_FESTIVAL not in page
    # A guessed id of the hidden action or festival is refused, and nothing is stored.
    response = client.post(
        reverse("events:create"),
        new_event_data(
            organisers=[str(world["own"].pk)],
            actions=[str(world["hidden_action"].pk)],
            parent=str(world["hidden_festival"].pk),
        ),
    )
    assert response.status_code == 200 and set(response.context["form"].errors) == {"actions", "parent"}
    assert not Event.objects.filter(title__startswith="Matchmaking").exists()
    # The office sees them all.
    client.force_login(world["civil_servant"])
    page = client.get(reverse("events:create")).content.decode()
    assert HIDDEN_ACTION in page and HIDDEN_FESTIVAL in page


def test_the_event_page_shows_a_hidden_festival_and_action_only_to_who_may_see_them(client, world):
    event = EventFactory(title="Concert in Sibiu-week", parent=world["hidden_festival"], organisers=[world["own"]])
    event.actions.set([world["hidden_action"], world["public_action"]])
    # A visitor, and the representative who edits this event but not the festival or the action.
    for user in (None, world["rep"]):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(event.get_absolute_url())
        body = response.content.decode()
        assert response.status_code == 200 and "Openbare uitwisseling Rostock" in body
        assert HIDDEN_ACTION not in body and HIDDEN_FESTIVAL not in body
    client.force_login(world["civil_servant"])
    body = client.get(event.get_absolute_url()).content.decode()
    assert HIDDEN_ACTION in body and HIDDEN_FESTIVAL in body


def test_an_edit_keeps_the_links_and_organisers_the_editor_cannot_choose(client, world):
    """A representative's save must not silently drop a co-organiser, a hidden action or the festival."""
    partner = PartnerFactory(name="Gemeente Sibiu")
    event = EventFactory(
        title="Concert in Sibiu-week", parent=world["hidden_festival"], organisers=[world["own"], partner]
    )
    event.actions.set([world["hidden_action"], world["public_action"]])
    client.force_login(world["rep"])
    url = reverse("events:update", kwargs={"slug": event.slug})
    form = client.get(url).context["form"]
    assert HIDDEN_ACTION not in client.get(url).content.decode()
    response = client.post(url, {**form_data(form), "venue": "Bergkerk"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.venue == "Bergkerk" and event.parent == world["hidden_festival"]
    assert set(event.organisers.all()) == {world["own"], partner}
    assert set(event.actions.all()) == {world["hidden_action"], world["public_action"]}
    # What the editor may choose they may still change: removing the public action works.
    response = client.post(
        url, {**form_data(EventForm(instance=Event.objects.get(pk=event.pk), user=world["rep"])), "actions": []}
    )
    assert response.status_code == 302
    assert set(Event.objects.get(pk=event.pk).actions.all()) == {world["hidden_action"]}
