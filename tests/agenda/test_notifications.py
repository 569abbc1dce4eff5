"""Mail that tells people what happened: the lead learns who joined, in their own language with a link; a
visitor's message links to the action; the weekly overview of actions without an update, with an opt-out."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from agenda.models import STALE_AFTER_DAYS
from deventer_intl.models import Profile
from deventer_intl.roles import AMBASSADOR, PARTNER_REPRESENTATIVE
from tests.factories import ActionFactory, PartnerFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LONG_AGO = TODAY - datetime.timedelta(days=STALE_AFTER_DAYS + 10)


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://portal.example.org"


@pytest.fixture
def lead(make_user):
    return make_user(AMBASSADOR, username="sanne", email="sanne@example.org", sector="onderwijs")


@pytest.fixture
def action(lead):
    return ActionFactory(lead_person=lead, status="planned", last_update_on=LONG_AGO, title="Zomerschool Sibiu")


def speaks(user, language):
    Profile.objects.filter(user=user).update(language=language)


def test_the_lead_learns_who_joined_in_their_language_with_a_link(
    client, make_user, lead, action, mailoutbox, django_capture_on_commit_callbacks
):
    speaks(lead, "de")
    partner = PartnerFactory(name="St. Deventer - Roemenië")
    client.force_login(make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[partner]))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("agenda:participation-create", kwargs={"pk": action.pk}),
            {"partner": partner.pk, "role": "participant"},
        )
    assert response.status_code == 302
    [mail] = mailoutbox
    assert mail.to == ["sanne@example.org"]
    assert "St. Deventer - Roemenië" in mail.subject
    assert "als Teilnehmer" in mail.body or "Teilnehmer" in mail.body, mail.body
    assert f"https://portal.example.org/de/agenda/{action.pk}/" in mail.body


def test_the_lead_is_not_mailed_about_their_own_change(client, lead, action, mailoutbox):
    partner = PartnerFactory(name="Saxion")
    client.force_login(lead)
    client.post(
        reverse("agenda:participation-create", kwargs={"pk": action.pk}), {"partner": partner.pk, "role": "participant"}
    )
    assert mailoutbox == []


def test_a_visitors_message_links_to_the_action(client, lead, action, mailoutbox):
    client.post(
        reverse("agenda:message", kwargs={"pk": action.pk}),
        {"name": "Pieter", "email": "pieter@example.net", "message": "Mag ik meedoen?", "website": ""},
    )
    [mail] = mailoutbox
    assert f"https://portal.example.org/nl/agenda/{action.pk}/" in mail.body and "Zomerschool Sibiu" in mail.body


def test_the_weekly_overview_lists_each_leads_stale_actions_once_a_week(
    lead, action, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    ActionFactory(lead_person=lead, status="planned", last_update_on=TODAY, title="Vers")
    ActionFactory(lead_person=lead, status="realised", last_update_on=LONG_AGO, title="Klaar")
    quiet = make_user(AMBASSADOR, username="stil", email="stil@example.org")
    Profile.objects.filter(user=quiet).update(stale_digest=False)
    ActionFactory(lead_person=quiet, status="planned", last_update_on=LONG_AGO, title="Ook vergeten")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("agenda_send_digest")
    [mail] = mailoutbox
    assert mail.to == ["sanne@example.org"]
    assert "Zomerschool Sibiu" in mail.body and "Vers" not in mail.body and "Klaar" not in mail.body
    assert f"https://portal.example.org/nl/agenda/{action.pk}/" in mail.body
    assert "https://portal.example.org/nl/account/profiel/" in mail.body, "how to turn it off"
    # A second run in the same week sends nothing; a week later it does again.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("agenda_send_digest")
    assert len(mailoutbox) == 1
    Profile.objects.filter(user=lead).update(digest_sent_at=timezone.now() - datetime.timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("agenda_send_digest")
    assert len(mailoutbox) == 2


def test_the_profile_sets_the_language_and_turns_the_overview_off(client, lead):
    client.force_login(lead)
    response = client.post(
        reverse("profile"),
        {"first_name": "Sanne", "last_name": "O", "email": "sanne@example.org", "language": "en"},
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=lead)
    assert profile.language == "en" and profile.stale_digest is False
    response = client.post(
        reverse("profile"),
        {"first_name": "Sanne", "last_name": "O", "email": "sanne@example.org", "language": "xx"},
    )
    assert response.status_code == 200 and Profile.objects.get(user=lead).language == "en", "bad input changes nothing"
