"""The portal proposes an action's code (next free number on its list in its period), and an action cannot be
realised before it starts."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from agenda.models import Action, PolicyPeriod
from agenda.services import action_create, update_post
from deventer_intl.roles import AMBASSADOR
from tests.agenda.helpers import dutch
from tests.factories import ActionFactory, new_action_data, period_2021

pytestmark = pytest.mark.django_db


@pytest.fixture
def ambassador(make_user):
    return make_user(AMBASSADOR, username="anouk", sector="onderwijs")


def test_the_form_proposes_the_next_free_code_on_each_list(client, ambassador):
    ActionFactory(code="A9", list="A")
    ActionFactory(code="B12", list="B")
    client.force_login(ambassador)
    help_text = client.get(reverse("agenda:create")).context["form"].fields["code"].help_text
    assert "A10" in help_text and "B13" in help_text


def test_an_action_without_a_code_gets_the_next_free_number_on_its_list(client, ambassador):
    ActionFactory(code="B2", list="B")
    ActionFactory(code="B10", list="B")  # B10 sorts after B2: the number counts, not the text
    ActionFactory(code="A3", list="A")
    client.force_login(ambassador)
    response = client.post(reverse("agenda:create"), new_action_data(list="B", code=""))
    action = Action.objects.get(title="Digitale Hanzedagen voor scholieren")
    assert response.status_code == 302 and action.code == "B11"
    assert client.post(reverse("agenda:create"), new_action_data(list="A", code="", title="Nog een")).status_code == 302
    assert Action.objects.get(title="Nog een").code == "A4"


def test_the_first_action_of_a_list_in_a_period_is_number_one(ambassador):
    ActionFactory(code="B7", list="B", period=PolicyPeriod.objects.get(name="2015-2020"))  # another period
    action = action_create(by=ambassador, period=period_2021(), list="B", code="", title="Eerste", status="idea")
    assert action.code == "B1"


def test_a_code_typed_by_hand_is_still_checked(client, ambassador):
    ActionFactory(code="A5", list="A")
    client.force_login(ambassador)
    response = client.post(reverse("agenda:create"), new_action_data(code="A5"))
    assert response.status_code == 200 and response.context["form"].errors
    assert Action.objects.count() == 1


def test_an_action_that_has_not_started_cannot_be_realised(client, ambassador):
    start = timezone.localdate() + datetime.timedelta(days=30)
    client.force_login(ambassador)
    response = client.post(
        reverse("agenda:create"),
        new_action_data(status="realised", progress="100", start_date=start.isoformat(), end_date=""),
    )
    assert response.status_code == 200
    with translation.override("nl"):
        day = date_format(start)
    expected = dutch("An action that starts on {date} cannot be realised yet.", date=day)
    assert response.context["form"].errors["status"] == [expected]
    assert not Action.objects.exists()


def test_a_progress_update_cannot_realise_an_action_that_has_not_started(client, ambassador):
    action = ActionFactory(
        lead_person=ambassador, sectors=["onderwijs"], start_date=timezone.localdate() + datetime.timedelta(days=3)
    )
    with pytest.raises(ValidationError):
        update_post(action=action, by=ambassador, text="Klaar", status=Action.Status.REALISED)
    client.force_login(ambassador)
    response = client.post(reverse("agenda:close", kwargs={"pk": action.pk}), {"status": "realised", "text": "Klaar"})
    assert response.status_code == 200 and response.context["form"].errors["status"]
    action.refresh_from_db()
    assert action.status != Action.Status.REALISED
