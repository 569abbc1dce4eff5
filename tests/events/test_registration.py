"""Registering for an event: confirmation e-mail in the visitor's language with a cancel link, a clear "full"
state, the waiting list and its promotion, and bad input that stores nothing."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from events.models import Registration
from events.services import cancel_token
from tests.agenda.helpers import dutch
from tests.factories import RegistrationFactory, UserFactory, in_days, meeting

pytestmark = pytest.mark.django_db

CANCEL_LINK = re.compile(r"https?://testserver(/\w\w/evenementen/afmelden/[^/\s]+/)")


def register_url(event, language="nl"):
    with translation.override(language):
        return reverse("events:register", kwargs={"slug": event.slug})


def post(client, event, name="Ioana Popescu", email="ioana@example.org", language="nl"):
    with django_on_commit():
        response = client.post(register_url(event, language), {"name": name, "email": email})
    return response


class django_on_commit:
    """Run the on-commit callbacks (the e-mails) of the test's transaction, as a real commit would."""

    def __enter__(self):
        from django.test import TestCase

        self._context = TestCase.captureOnCommitCallbacks(execute=True)
        return self._context.__enter__()

    def __exit__(self, *exc):
        return self._context.__exit__(*exc)


def test_register_confirms_and_mails_a_cancel_link_that_frees_the_place(client):
    event = meeting(capacity=2)
    response = post(client, event)
    registration = Registration.objects.get(event=event)
    # The registration itself, not the empty form: with "add to my calendar" and the way to cancel.
    assert response.status_code == 302 and response["Location"] == reverse(
        "events:registration", kwargs={"token": cancel_token(registration)}
    )
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page["Cache-Control"] == "private, no-store" and "ioana@example.org" in html
    assert reverse("events:ics", kwargs={"slug": event.slug}) in html
    assert reverse("events:cancel", kwargs={"token": cancel_token(registration)}) in html
    assert (registration.name, registration.email, registration.status, registration.language) == (
        "Ioana Popescu",
        "ioana@example.org",
        "confirmed",
        "nl",
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ioana@example.org"]
    assert message.subject == dutch("Registration confirmed: {title}", title=event.title)
    cancel_path = CANCEL_LINK.search(message.body).group(1)
    assert event.get_absolute_url() in message.body

    page = client.get(cancel_path)  # a GET (e.g. a mail scanner opening the link) changes nothing
    assert page.status_code == 200 and Registration.objects.get(pk=registration.pk).status == "confirmed"
    response = client.post(cancel_path)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "cancelled" and registration.cancelled_at is not None
    assert client.get(event.get_absolute_url()).context["places_left"] == 2


def test_the_mail_is_in_the_language_the_visitor_registered_in(client):
    event = meeting()
    post(client, event, language="en")
    assert Registration.objects.get(event=event).language == "en"
    assert mail.outbox[0].subject == f"Registration confirmed: {event.title}"
    assert "/en/evenementen/afmelden/" in mail.outbox[0].body
    post(client, event, email="hans@example.de", language="de")
    assert mail.outbox[1].subject != mail.outbox[0].subject and "/de/evenementen/" in mail.outbox[1].body


def test_a_full_event_says_so_and_stores_nothing(client):
    event = meeting(capacity=1)
    RegistrationFactory(event=event)
    page = client.get(event.get_absolute_url())
    assert page.context["places_left"] == 0
    assert dutch("Full") in page.content.decode()
    response = post(client, event, email="laat@example.org")
    assert response.status_code == 400
    assert dutch("This event is full.") in response.content.decode()
    assert event.registrations.count() == 1 and mail.outbox == []


def test_waiting_list_and_promotion_when_a_place_frees(client):
    event = meeting(capacity=1, waiting_list=True)
    post(client, event, name="Eerste", email="eerste@example.org")
    post(client, event, name="Tweede", email="tweede@example.org")
    post(client, event, name="Derde", email="derde@example.org")
    statuses = dict(event.registrations.values_list("email", "status"))
    assert statuses == {
        "eerste@example.org": "confirmed",
        "tweede@example.org": "waiting",
        "derde@example.org": "waiting",
    }
    assert mail.outbox[1].subject == dutch("On the waiting list: {title}", title=event.title)
    cancel_path = CANCEL_LINK.search(mail.outbox[0].body).group(1)
    with django_on_commit():
        client.post(cancel_path)
    statuses = dict(event.registrations.values_list("email", "status"))
    assert statuses == {
        "eerste@example.org": "cancelled",
        "tweede@example.org": "confirmed",
        "derde@example.org": "waiting",
    }
    assert mail.outbox[-1].to == ["tweede@example.org"]
    assert mail.outbox[-1].subject == dutch("A place became free: {title}", title=event.title)


def test_the_same_address_registers_once(client):
    event = meeting()
    post(client, event, email="ioana@example.org")
    response = post(client, event, email="IOANA@example.org")
    assert response.status_code == 400
    assert dutch(
        "{email} is already registered for this event.", email="IOANA@example.org"
    ) in response.content.decode().replace("&#x27;", "'")
    assert event.registrations.count() == 1 and len(mail.outbox) == 1


@pytest.mark.parametrize(
    "data",
    [
        {"name": "", "email": "ioana@example.org"},
        {"name": "Ioana", "email": "geen-adres"},
        {"name": "Ioana", "email": ""},
    ],
)
def test_bad_input_is_explained_and_stores_nothing(client, data):
    event = meeting()
    response = client.post(register_url(event), data)
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    page = response.content.decode()
    # The error summary names the problem (count and a link to the field), and the title starts with "Fout:".
    assert 'id="error-summary"' in page and "<title>Fout:" in page
    assert event.registrations.count() == 0 and mail.outbox == []


def test_no_registration_for_past_hidden_or_registration_free_events(client):
    past = meeting(start=in_days(-3), end=in_days(-3, 21))
    hidden = meeting(public=False)
    free = meeting(registration_required=False, capacity=None)
    # A visitor is told on the event page that registration is closed, not sent to a login they do not have.
    for user in (None, UserFactory()):
        if user:
            client.force_login(user)
        for event in (past, free):
            response = client.post(register_url(event), {"name": "A", "email": "a@example.org"}, follow=True)
            assert response.redirect_chain == [(event.get_absolute_url(), 302)]
            assert [str(message) for message in response.context["messages"]] == [
                dutch("Registration for this event is closed.")
            ]
        assert client.post(register_url(hidden), {"name": "A", "email": "a@example.org"}).status_code == 404
    assert Registration.objects.count() == 0


def test_an_altered_cancel_link_is_not_found(client):
    event = meeting()
    post(client, event)
    cancel_path = CANCEL_LINK.search(mail.outbox[0].body).group(1)
    tampered = cancel_path[:-3] + ("x" if cancel_path[-3] != "x" else "y") + cancel_path[-2:]
    assert client.post(tampered).status_code == 404
    assert client.get("/nl/evenementen/afmelden/1/").status_code == 404
    assert Registration.objects.get().status == "confirmed"


def test_more_places_move_people_up_from_the_waiting_list(client, make_user):
    from deventer_intl.roles import CIVIL_SERVANT
    from events.forms import EventForm
    from tests.agenda.helpers import form_data

    event = meeting(capacity=1, waiting_list=True)
    for name in ("Eerste", "Tweede", "Derde", "Vierde"):
        post(client, event, name=name, email=f"{name.lower()}@example.org")
    editor = make_user(CIVIL_SERVANT)
    client.force_login(editor)
    data = form_data(EventForm(instance=event, user=editor))
    with django_on_commit():
        response = client.post(reverse("events:update", kwargs={"slug": event.slug}), {**data, "capacity": "3"})
    assert response.status_code == 302
    statuses = dict(event.registrations.values_list("name", "status"))
    assert statuses == {"Eerste": "confirmed", "Tweede": "confirmed", "Derde": "confirmed", "Vierde": "waiting"}
    promoted = [
        message
        for message in mail.outbox
        if message.subject == dutch("A place became free: {title}", title=event.title)
    ]
    assert sorted(message.to[0] for message in promoted) == ["derde@example.org", "tweede@example.org"]


def test_a_title_with_a_line_break_still_gives_a_one_line_subject(client):
    """A title typed (or imported) with a line break must not make the e-mail a 500 after the registration."""
    event = meeting(title="Netwerkavond\nBcc: iedereen@example.org")
    response = post(client, event)
    assert response.status_code == 302 and event.registrations.count() == 1
    assert len(mail.outbox) == 1 and "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].subject == dutch(
        "Registration confirmed: {title}", title="Netwerkavond Bcc: iedereen@example.org"
    )
    assert mail.outbox[0].bcc == [] and mail.outbox[0].to == ["ioana@example.org"]
