"""Check-in at the door: an organiser checks registrants in and counts walk-ins; the visitor count follows;
only the event's editors may; a tap sent twice counts once."""

import pytest
from django.urls import reverse

from deventer_intl.roles import CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from tests.factories import RegistrationFactory, meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    event = meeting(capacity=10, slug="netwerkavond")
    RegistrationFactory(event=event, name="Ioana Popescu", email="ioana@example.org")
    RegistrationFactory(event=event, name="Hans Müller", email="hans@example.org")
    RegistrationFactory(event=event, name="Wacht Rij", email="wacht@example.org", status="waiting")
    return event


def url(event):
    return reverse("events:checkin", kwargs={"slug": event.slug})


def test_the_organiser_checks_in_and_counts_walk_ins(client, make_user, event):
    client.force_login(make_user(CIVIL_SERVANT))
    page = client.get(url(event))
    assert [r.name for r in page.context["registrations"]] == ["Hans Müller", "Ioana Popescu"], "confirmed only"
    assert [r.name for r in client.get(url(event), {"q": "ioa"}).context["registrations"]] == ["Ioana Popescu"]
    ioana = event.registrations.get(name="Ioana Popescu")
    response = client.post(url(event), {"registration": ioana.pk, "arrived": "1", "q": "ioa"})
    assert response.status_code == 302 and response["Location"].endswith("?q=ioa")
    client.post(url(event), {"registration": ioana.pk, "arrived": "1"})  # sent twice: counts once
    client.post(url(event), {"walk_in": "+1"})
    answer = client.post(url(event), {"walk_in": "+1"}, HTTP_ACCEPT="application/json")
    assert answer.json() == {"walk_ins": 2, "visitors": 3}
    event.refresh_from_db()
    ioana.refresh_from_db()
    assert ioana.checked_in and event.walk_ins == 2 and event.actual_visitors == 3
    client.post(url(event), {"registration": ioana.pk, "arrived": "0"})
    client.post(url(event), {"walk_in": "-1"})
    event.refresh_from_db()
    assert event.actual_visitors == 1


def test_bad_taps_change_nothing(client, make_user, event):
    client.force_login(make_user(CIVIL_SERVANT))
    waiting = event.registrations.get(status="waiting")
    response = client.post(url(event), {"registration": waiting.pk}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "Wacht Rij" in response.json()["error"]
    assert client.post(url(event), {"walk_in": "-1"}, HTTP_ACCEPT="application/json").status_code == 400
    assert client.post(url(event), {"walk_in": "+7"}, HTTP_ACCEPT="application/json").status_code == 400
    other = RegistrationFactory(event=meeting(capacity=5, slug="elders"), name="Elders")
    assert client.post(url(event), {"registration": other.pk}).status_code == 404
    event.refresh_from_db()
    assert event.walk_ins == 0 and not event.registrations.filter(checked_in=True).exists()


def test_only_the_events_editors_check_in(client, make_user, make_partner, event):
    assert client.get(url(event)).status_code == 302, "a visitor is sent to the login page"
    client.force_login(make_user(PARTNER_REPRESENTATIVE, partners=[make_partner(name="Ander", slug="ander")]))
    assert client.get(url(event)).status_code == 403
    assert client.post(url(event), {"walk_in": "+1"}).status_code == 403
    event.refresh_from_db()
    assert event.walk_ins == 0


def test_the_check_in_list_costs_the_same_queries_for_3_and_60_registrants(client, make_user, event):
    """The whole list is on the page (it works offline for a moment): its queries must not grow with it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(make_user(CIVIL_SERVANT))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url(event)).status_code == 200
        return len(captured)

    few = queries()
    event.capacity = 100
    event.save()
    for number in range(57):
        RegistrationFactory(event=event, name=f"Bezoeker {number}", email=f"bezoeker{number}@example.org")
    assert queries() == few
