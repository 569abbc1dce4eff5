"""Generated and typed unique values under concurrent creates: never a 500.

Many people create an event with the same title at the same moment (each request on its own database
connection, released together by a barrier): every one gets an event, each with its own slug. Two people
give a new action the same code at the same moment: one gets it, the other a form error on the code.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from agenda.models import Action
from deventer_intl import roles
from events.models import Event
from tests.events.test_editing import new_event_data
from tests.factories import new_action_data

# Serialized like the other race tests: its flush then leaves the content types alone.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 8


def post_all_at_once(user, url: str, data: dict, count: int = PEOPLE) -> list[int]:
    """POST ``data`` to ``url`` from ``count`` threads (each its own client and connection) at once."""
    barrier = threading.Barrier(count)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def person() -> None:
        try:
            client = Client()
            client.force_login(user)
            barrier.wait(timeout=30)
            statuses.append(client.post(url, data).status_code)
        except BaseException as error:  # noqa: BLE001  (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=person) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return statuses


def test_events_with_the_same_title_created_at_once_all_get_their_own_slug(make_user):
    civil = make_user(role=roles.CIVIL_SERVANT)
    statuses = post_all_at_once(civil, reverse("events:create"), new_event_data())
    assert statuses == [302] * PEOPLE
    slugs = sorted(Event.objects.values_list("slug", flat=True))
    base = "matchmaking-ondernemers-sibiu-en-deventer-2026"
    assert slugs == sorted([base] + [f"{base}-{number}" for number in range(2, PEOPLE + 1)])


def test_an_action_code_taken_at_the_same_moment_is_a_form_error(make_user):
    civil = make_user(role=roles.CIVIL_SERVANT)
    statuses = post_all_at_once(civil, reverse("agenda:create"), new_action_data(code="A777"), count=4)
    assert sorted(statuses) == [200, 200, 200, 302]
    assert Action.objects.filter(code="A777").count() == 1
