"""Rate limits on the forms that send e-mail without a login, the client's address behind proxies, and the
cancel link that expires when the event has ended."""

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from deventer_intl.ratelimits import client_ip
from events.models import Registration
from events.services import cancel_token
from tests.factories import ActionFactory, RegistrationFactory, UserFactory, meeting

pytestmark = [pytest.mark.django_db, pytest.mark.rate_limits]


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    """A small limit and an empty shared cache, so every test starts with its own count."""
    settings.RATE_LIMITS = {"lead-message": "2/h", "registration": "2/h", "password-reset": "2/h"}
    cache.clear()
    yield
    cache.clear()


def message(client, action, number, **extra):
    return client.post(
        reverse("agenda:message", kwargs={"pk": action.pk}),
        {"name": "Bezoeker", "email": f"bezoeker{number}@example.org", "message": "Mag ik meedoen?"},
        **extra,
    )


def test_messages_to_a_lead_stop_at_the_limit_with_a_page_that_says_when(client):
    action = ActionFactory()
    assert [message(client, action, number).status_code for number in range(2)] == [302, 302]
    response = message(client, action, 3)
    assert response.status_code == 429
    seconds = int(response["Retry-After"])
    assert 0 < seconds <= 3600
    page = response.content.decode()
    assert "Te veel pogingen" in page and "Er is deze keer niets verstuurd" in page
    assert re.search(r"na \d\d:\d\d", page)  # the time to try again
    assert len(mail.outbox) == 2  # the third was not sent


def test_the_limit_is_per_client_address(client):
    action = ActionFactory()
    for number in range(2):
        message(client, action, number)
    assert message(client, action, 3).status_code == 429
    assert message(client, action, 4, REMOTE_ADDR="192.0.2.7").status_code == 302


def test_a_forged_forwarded_header_does_not_escape_the_limit_without_proxies(client):
    action = ActionFactory()
    statuses = [message(client, action, n, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)]
    assert statuses == [302, 302, 429]


def test_behind_one_trusted_proxy_each_client_has_its_own_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    action = ActionFactory()
    first = {"HTTP_X_FORWARDED_FOR": "198.51.100.1", "REMOTE_ADDR": "10.0.0.2"}
    second = {"HTTP_X_FORWARDED_FOR": "203.0.113.9, 198.51.100.2", "REMOTE_ADDR": "10.0.0.2"}
    assert [message(client, action, n, **first).status_code for n in range(3)] == [302, 302, 429]
    assert message(client, action, 4, **second).status_code == 302  # the proxy saw 198.51.100.2


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "198.51.100.1", "10.0.0.2"),  # no proxies: the header is anyone's to send
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # a client's own forged entry is left of the proxy's
        (2, "198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (2, "198.51.100.1", "10.0.0.2"),  # fewer entries than proxies: not through them all
        (1, "not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address_from_the_configured_number_of_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.2")
    assert client_ip(request) == expected


def test_registrations_stop_at_the_limit(client):
    event = meeting(capacity=10)
    url = reverse("events:register", kwargs={"slug": event.slug})
    statuses = [client.post(url, {"name": f"Bezoeker {n}", "email": f"b{n}@example.org"}).status_code for n in range(3)]
    assert statuses == [302, 302, 429]
    assert Registration.objects.filter(event=event).count() == 2


def test_password_reset_mails_stop_at_the_limit(client):
    user = UserFactory(email="ioana@example.org")
    user.set_password("deventer-demo-2026")
    user.save()
    url = reverse("password_reset")
    statuses = [client.post(url, {"email": "ioana@example.org"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert len(mail.outbox) == 2


def test_a_form_with_errors_does_not_count(client):
    action = ActionFactory()
    for _ in range(4):
        assert client.post(reverse("agenda:message", kwargs={"pk": action.pk}), {"name": ""}).status_code == 200
    assert message(client, action, 1).status_code == 302


# --- The cancel link expires when the event has ended ---------------------------------------------------
def test_the_cancel_link_of_an_event_that_has_ended_says_so_and_changes_nothing(client):
    event = meeting()
    registration = RegistrationFactory(event=event)
    event.start = timezone.now() - datetime.timedelta(days=2)
    event.end = event.start + datetime.timedelta(hours=2)
    event.save()
    url = reverse("events:cancel", kwargs={"token": cancel_token(registration)})
    page = client.get(url)
    assert page.status_code == 410
    assert "deze afmeldlink werkt niet meer" in page.content.decode()
    assert client.post(url).status_code == 410
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_the_cancel_link_works_until_the_event_ends(client):
    registration = RegistrationFactory(event=meeting())
    url = reverse("events:cancel", kwargs={"token": cancel_token(registration)})
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
