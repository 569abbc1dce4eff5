"""The demo agenda: both policy periods, every chapter and status, a stale action, a lead for every ambassador."""

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core.management import call_command
from django.urls import reverse

from agenda.demo import data as agenda_data
from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
from deventer_intl.demo.users import DEMO_PASSWORD, DEMO_USERS, ensure_demo_users
from deventer_intl.roles import AMBASSADOR

pytestmark = pytest.mark.django_db


def counts():
    return (
        Action.objects.count(),
        ProgressUpdate.objects.count(),
        Participation.objects.count(),
        get_user_model().objects.count(),
        Action.sectors.through.objects.count(),
    )


def test_load_demo_loads_the_agenda_and_is_idempotent(client):
    call_command("load_demo")
    actions = Action.objects.all()
    assert set(actions.values_list("period__name", flat=True)) == {"2015-2020", "2021-2026"}
    chapters_2021 = set(Chapter.objects.filter(period__name="2021-2026").values_list("pk", flat=True))
    assert len(chapters_2021) == 6
    assert (
        set(actions.filter(period__name="2021-2026", chapter__isnull=False).values_list("chapter", flat=True))
        == chapters_2021
    )
    assert set(actions.values_list("status", flat=True)) == set(Action.Status.values)
    assert set(actions.values_list("list", flat=True)) == {"A", "B"}
    assert actions.stale().exists()
    assert actions.filter(period__name="2015-2020").count() == 8
    for username, role, *_ in DEMO_USERS:
        if role == AMBASSADOR:
            assert actions.filter(lead_person__username=username).exists(), f"{username} leads nothing"
    assert ProgressUpdate.objects.exists() and Participation.objects.exists()
    # The timelines, posted through the services, end at the status and progress the data gives.
    expected = {(item["period"], item["code"]): (item["status"], item["progress"]) for item in agenda_data.ACTIONS}
    assert {(a.period.name, a.code): (a.status, a.progress) for a in actions.select_related("period")} == expected
    for action in actions:
        assert action.code.startswith(action.list)
        latest = action.updates.order_by("-date").values_list("date", flat=True).first()
        if latest:
            assert action.last_update_on == latest, action.code
    assert PolicyPeriod.objects.count() == 2
    # The public pages of the demo agenda render.
    response = client.get(reverse("agenda:list"))
    assert response.status_code == 200 and response.context["paginator"].count == Action.objects.public().count()
    for action in Action.objects.public()[:3]:
        assert client.get(action.get_absolute_url()).status_code == 200

    before = counts()
    call_command("load_demo")
    assert counts() == before


def test_every_demo_user_logs_in_through_the_login_page(client):
    ensure_demo_users()
    for username, *_ in DEMO_USERS:
        response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, username
        assert client.session[SESSION_KEY] == str(get_user_model().objects.get(username=username).pk)
        client.post(reverse("logout"))
