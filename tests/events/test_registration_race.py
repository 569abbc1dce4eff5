"""Never overbooked: many visitors registering at the same moment, each request on its own database connection."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse

from events.models import Registration
from tests.factories import meeting

# Serialized like every other transactional test here: its flush then leaves the content types alone, so the
# next serialized test can load its snapshot (a plain flush re-creates them and that load collides).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VISITORS = 12


def register_all_at_once(event) -> list[int]:
    """POST ``VISITORS`` registrations from as many threads, released together by a barrier."""
    url = reverse("events:register", kwargs={"slug": event.slug})
    barrier = threading.Barrier(VISITORS)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def visitor(number: int) -> None:
        try:
            client = Client()
            barrier.wait(timeout=30)
            response = client.post(url, {"name": f"Bezoeker {number}", "email": f"bezoeker{number}@example.org"})
            statuses.append(response.status_code)
        except BaseException as error:  # noqa: BLE001  (reported by the test below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=visitor, args=(number,)) for number in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return statuses


def test_exactly_capacity_confirmed_when_many_register_at_once():
    event = meeting(capacity=3, waiting_list=False)
    statuses = register_all_at_once(event)
    assert sorted(statuses) == [302] * 3 + [400] * (VISITORS - 3)  # 3 in, the rest told "full"
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3
    assert Registration.objects.filter(event=event).count() == 3
    assert len(mail.outbox) == 3


def test_the_rest_queue_on_the_waiting_list_in_order():
    event = meeting(capacity=3, waiting_list=True)
    statuses = register_all_at_once(event)
    assert statuses == [302] * VISITORS
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3
    assert Registration.objects.filter(event=event, status="waiting").count() == VISITORS - 3
    # The confirmed were the first three to be written: nobody who came later got a place before them.
    first_three = list(Registration.objects.filter(event=event).order_by("created", "pk")[:3])
    assert {item.status for item in first_three} == {"confirmed"}
