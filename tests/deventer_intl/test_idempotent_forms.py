"""Forms that cannot double: two identical POSTs of one rendered form, sent at the same moment from two
connections, create exactly one object, and both answers lead to it.

Each thread has its own client and database connection; a barrier releases both POSTs together. The token
comes from the rendered form page, as a browser sends it.
"""

from __future__ import annotations

import datetime
import re
import threading
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from agenda.models import Action, Participation, ProgressUpdate
from deventer_intl.models import FormSubmission
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from events.models import Event, Registration
from events.services import cancel_token
from partners.models import GlobalGoal, Sector
from subsidies.models import Application, Decision, FinalReport, Payment, Review
from tests.factories import ActionFactory, SchemeFactory, meeting, new_action_data
from tests.subsidies.builders import build_application
from tests.subsidies.files import docx_bytes, pdf_bytes, upload, xlsx_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def token_of(user, page_url: str) -> str:
    """The one-time token in the form as the page renders it."""
    page = client_for(user).get(page_url)
    assert page.status_code == 200, page_url
    found = TOKEN.findall(page.content.decode())
    assert found, f"no form token on {page_url}"
    return found[-1]


def post_twice_together(user, url: str, data, page_url: str | None = None) -> list:
    """POST the same rendered form twice at the same moment; ``data()`` builds the values (fresh uploads)."""
    token = token_of(user, page_url or url)
    clients = [client_for(user), client_for(user)]
    barrier = threading.Barrier(2)
    responses: list = [None, None]
    errors: list[BaseException] = []

    def send(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            responses[index] = clients[index].post(url, {**data(), "form_token": token})
        except BaseException as error:  # noqa: BLE001  (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and not any(thread.is_alive() for thread in threads)
    return responses


def assert_both_lead_to(responses, url: str) -> None:
    assert [response.status_code for response in responses] == [302, 302]
    assert {response["Location"] for response in responses} == {url}


@pytest.fixture
def people(make_user, make_partner):
    own = make_partner(name="St. Deventer - Roemenië", slug="deventer-roemenie", countries=["RO"])
    other = make_partner(name="Stichting Kinderen van Uganda", slug="kinderen-van-uganda", countries=["UG"])

    class People:
        pass

    people = People()
    people.own, people.other = own, other
    people.rep = make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[own])
    people.other_rep = make_user(PARTNER_REPRESENTATIVE, username="okello", partners=[other])
    people.ambassador = make_user(AMBASSADOR, username="fatima", sector="onderwijs")
    people.civil = make_user(CIVIL_SERVANT, username="bram", sector="gemeente")
    people.civil2 = make_user(CIVIL_SERVANT, username="sophie", sector="gemeente")
    people.coordinator = make_user(COORDINATOR, username="carla", is_staff=True)
    return people


def application_at(stage, people):
    return build_application(stage, people=people, scheme=SchemeFactory())


# --- The agenda ------------------------------------------------------------------------------------


def test_a_progress_update_sent_twice_is_saved_once(people):
    action = ActionFactory(lead_person=people.ambassador, status="planned", sectors=["onderwijs"])
    url = reverse("agenda:progress-create", kwargs={"pk": action.pk})
    responses = post_twice_together(
        people.ambassador, url, lambda: {"date": "2026-03-01", "text": "Er is iets gebeurd.", "progress": "40"}
    )
    assert_both_lead_to(responses, action.get_absolute_url())
    assert ProgressUpdate.objects.filter(action=action).count() == 1


def test_a_new_action_sent_twice_is_created_once(people):
    url = reverse("agenda:create")
    responses = post_twice_together(people.ambassador, url, lambda: new_action_data())
    action = Action.objects.get()
    assert_both_lead_to(responses, action.get_absolute_url())


def test_a_message_to_the_lead_sent_twice_goes_out_once(people):
    action = ActionFactory(lead_person=people.ambassador, public=True, sectors=["onderwijs"])
    url = reverse("agenda:message", kwargs={"pk": action.pk})
    data = {"name": "Pieter Bezoeker", "email": "pieter@example.org", "message": "Mag ik meedoen?"}
    responses = post_twice_together(None, url, lambda: data)
    assert_both_lead_to(responses, action.get_absolute_url())
    assert len(mail.outbox) == 1


def test_joining_an_action_twice_at_once_adds_one_participation(people):
    action = ActionFactory(lead_person=people.ambassador, public=True, list="A", status="idea", sectors=["onderwijs"])
    url = reverse("agenda:participation-create", kwargs={"pk": action.pk})
    responses = post_twice_together(people.rep, url, lambda: {"partner": str(people.own.pk), "role": "participant"})
    assert_both_lead_to(responses, action.get_absolute_url())
    assert Participation.objects.filter(action=action).count() == 1


# --- Events ----------------------------------------------------------------------------------------


def test_a_registration_sent_twice_registers_once():
    event = meeting(capacity=10)
    url = reverse("events:register", kwargs={"slug": event.slug})
    data = {"name": "Ioana Popescu", "email": "ioana@example.org"}
    responses = post_twice_together(None, url, lambda: data, page_url=event.get_absolute_url())
    [registration] = Registration.objects.filter(event=event)
    # Both land on the one registration's own page (with "add to my calendar" and the way to cancel).
    assert_both_lead_to(responses, reverse("events:registration", kwargs={"token": cancel_token(registration)}))
    assert len(mail.outbox) == 1


def test_a_new_event_sent_twice_is_created_once(people):
    url = reverse("events:create")
    data = {
        "title": "Matchmaking ondernemers Sibiu en Deventer",
        "kind": "network_meeting",
        "start": "2026-12-10T19:30",
        "end": "2026-12-10T21:30",
        "venue": "Stadhuis",
        "city": "Deventer",
        "country": "NL",
        "description": "Ondernemers uit beide steden ontmoeten elkaar.",
        "image_alt": "",
        "sectors": [str(Sector.objects.get(slug="ondernemers").pk)],
        "public": "on",
        "expected_visitors": "40",
    }
    responses = post_twice_together(people.civil, url, lambda: data)
    event = Event.objects.get()
    assert_both_lead_to(responses, event.get_absolute_url())


# --- Subsidies -------------------------------------------------------------------------------------


def test_an_application_sent_twice_is_saved_once(people):
    scheme = SchemeFactory()

    def data():
        return {
            "partner": people.own.pk,
            "scheme": scheme.pk,
            "title": "Zomerkamp Sibiu",
            "description": "Een zomerkamp voor kinderen uit Sibiu en Deventer.",
            "country": "RO",
            "local_partner": "Asociația Prietenii Deventer",
            "global_goals": [str(GlobalGoal.objects.get(number=4).pk)],
            "start_date": "2026-07-01",
            "end_date": "2026-08-31",
            "amount_requested": "1500",
            "total_budget": "12000",
            "funding-TOTAL_FORMS": "1",
            "funding-INITIAL_FORMS": "0",
            "funding-MIN_NUM_FORMS": "0",
            "funding-MAX_NUM_FORMS": "20",
            "funding-0-source": "Wilde Ganzen",
            "funding-0-amount": "6000",
            "plan": upload("projectplan.docx", docx_bytes()),
            "budget": upload("begroting.xlsx", xlsx_bytes()),
        }

    # The page in Dutch whatever an earlier test left active in this process.
    with translation.override("nl"):
        url = reverse("subsidies:create")
    responses = post_twice_together(people.rep, url, data)
    assert Application.objects.count() == 1, [
        (response.status_code, re.findall(r"error-summary.*?</ul>", response.content.decode(), re.S)[:1])
        for response in responses
    ]
    application = Application.objects.get()
    assert_both_lead_to(responses, application.get_absolute_url())
    assert application.attachments.count() == 2 and application.other_funding.count() == 1


def test_a_payment_sent_twice_is_recorded_once(people):
    application = application_at("granted", people)
    url = reverse("subsidies:payment", kwargs={"pk": application.pk})
    today = timezone.localdate().isoformat()
    responses = post_twice_together(people.civil, url, lambda: {"date": today, "amount": "100"})
    assert_both_lead_to(responses, application.get_absolute_url())
    assert list(Payment.objects.filter(application=application).values_list("amount", flat=True)) == [Decimal("100")]


def test_a_final_report_sent_twice_is_filed_once(people):
    application = application_at("paid", people)
    url = reverse("subsidies:report", kwargs={"pk": application.pk})

    def data():
        return {
            "what_was_done": "Veertig kinderen op kamp.",
            "amount_spent": "11000",
            "report": upload("verslag.pdf", pdf_bytes()),
            "funding-TOTAL_FORMS": "1",
            "funding-INITIAL_FORMS": "0",
            "funding-MIN_NUM_FORMS": "0",
            "funding-MAX_NUM_FORMS": "20",
            "funding-0-source": "Wilde Ganzen",
            "funding-0-amount": "5000",
        }

    responses = post_twice_together(people.rep, url, data)
    assert_both_lead_to(responses, application.get_absolute_url())
    assert FinalReport.objects.filter(application=application).count() == 1
    assert application.attachments.filter(kind="report").count() == 1


def test_a_review_and_a_proposal_sent_twice_are_saved_once(people):
    application = application_at("submitted", people)
    url = reverse("subsidies:propose", kwargs={"pk": application.pk})
    build_review = reverse("subsidies:review", kwargs={"pk": application.pk})
    responses = post_twice_together(people.civil, build_review, lambda: {"note": "Sterk plan."})
    assert_both_lead_to(responses, application.get_absolute_url())
    assert Review.objects.filter(application=application).count() == 1
    data = {"outcome": "grant", "amount": "", "motivation": "Past goed bij de regeling."}
    responses = post_twice_together(people.civil, url, lambda: data)
    assert_both_lead_to(responses, application.get_absolute_url())
    assert Decision.objects.filter(application=application).count() == 1


def test_submitting_twice_at_once_submits_once_and_both_see_the_application(people):
    """A step button (its own form on the application page): the second click shows the result, not a 409."""
    application = application_at("draft", people)
    url = reverse("subsidies:submit", kwargs={"pk": application.pk})
    responses = post_twice_together(
        people.rep, url, lambda: {"declaration": "yes"}, page_url=application.get_absolute_url()
    )
    assert_both_lead_to(responses, application.get_absolute_url())
    application.refresh_from_db()
    assert application.status == "submitted"
    assert len(mail.outbox) == 1  # one receipt


# --- The mechanism itself --------------------------------------------------------------------------


def test_the_same_token_with_other_values_is_a_new_submission(people):
    """A page from a shared cache gives many visitors one token: their different registrations all count."""
    event = meeting(capacity=10)
    token = token_of(None, event.get_absolute_url())
    url = reverse("events:register", kwargs={"slug": event.slug})
    for name in ("Ioana Popescu", "Okello Mukasa"):
        email = f"{name.split()[0].lower()}@example.org"
        response = Client().post(url, {"name": name, "email": email, "form_token": token})
        assert response.status_code == 302
    assert Registration.objects.filter(event=event).count() == 2


def test_an_invalid_form_keeps_no_token_and_a_post_without_token_works_as_before(people):
    application = application_at("granted", people)
    url = reverse("subsidies:payment", kwargs={"pk": application.pk})
    client = client_for(people.civil)
    token = token_of(people.civil, url)
    assert client.post(url, {"date": "", "amount": "100", "form_token": token}).status_code == 200
    assert not FormSubmission.objects.exists() and not Payment.objects.exists()
    today = timezone.localdate().isoformat()
    assert client.post(url, {"date": today, "amount": "100"}).status_code == 302
    assert client.post(url, {"date": today, "amount": "100"}).status_code == 302
    assert Payment.objects.count() == 2


def test_a_repeated_post_after_the_first_answers_with_its_result_and_a_note(people):
    application = application_at("granted", people)
    url = reverse("subsidies:payment", kwargs={"pk": application.pk})
    client = client_for(people.civil)
    data = {"date": timezone.localdate().isoformat(), "amount": "100", "form_token": token_of(people.civil, url)}
    first, second = client.post(url, data), client.post(url, data, follow=True)
    assert first["Location"] == application.get_absolute_url() == second.redirect_chain[-1][0]
    assert "already been sent" in second.content.decode() or "al verstuurd" in second.content.decode()
    assert Payment.objects.count() == 1


def test_old_submissions_are_cleared_by_the_daily_command(settings):
    settings.FORM_SUBMISSION_KEEP_HOURS = 48
    FormSubmission.objects.create(key="old", result_url="/nl/")
    FormSubmission.objects.create(key="new", result_url="/nl/")
    FormSubmission.objects.filter(key="old").update(created=timezone.now() - datetime.timedelta(hours=49))
    call_command("clear_form_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(FormSubmission.objects.values_list("key", flat=True)) == ["new"]
