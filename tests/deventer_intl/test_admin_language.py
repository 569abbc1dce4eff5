"""The admin's history pages speak Dutch to Dutch coordinators: no "Revert", no change reason "None", no stored
status codes such as ``in_progress → realised``."""

import pytest
from django.urls import reverse
from django.utils import translation

from agenda.models import Action
from deventer_intl.history import by_user
from deventer_intl.roles import COORDINATOR
from tests.factories import ActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(make_user):
    return make_user(COORDINATOR, username="carla", is_staff=True, is_superuser=True)


def test_the_history_list_shows_labels_in_dutch(client, coordinator):
    action = ActionFactory(status=Action.Status.IN_PROGRESS, progress=40, public=True)
    action.status, action.progress = Action.Status.REALISED, 100
    by_user(action, coordinator).save()
    client.force_login(coordinator)
    with translation.override("nl"):
        html = client.get(reverse("admin:agenda_action_history", args=[action.pk])).content.decode()
        in_progress, realised = str(Action.Status.IN_PROGRESS.label), str(Action.Status.REALISED.label)
    assert f"{in_progress} → {realised}" in html
    assert "in_progress" not in html and "None" not in html
    assert "Change reason" not in html and "Changed by" not in html


def test_the_revert_page_says_terugzetten(client, coordinator):
    action = ActionFactory()
    record = action.history.first()
    client.force_login(coordinator)
    with translation.override("nl"):
        html = client.get(reverse("admin:agenda_action_simple_history", args=[action.pk, record.pk])).content.decode()
    assert "Terugzetten" in html and "Revert" not in html
