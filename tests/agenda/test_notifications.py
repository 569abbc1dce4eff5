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


# --- Invitations and claims to co-lead ------------------------------------------------------------------------


@pytest.fixture
def roemenie(make_user):
    partner = PartnerFactory(name="St. Deventer - Roemenië")
    rep = make_user(PARTNER_REPRESENTATIVE, username="ioana", email="ioana@example.org", partners=[partner])
    return partner, rep


def answer(client, asked, yes: bool):
    return client.post(
        reverse(
            "agenda:request-answer",
            kwargs={"pk": asked.action_id, "request_pk": asked.pk, "answer": "ja" if yes else "nee"},
        )
    )


def test_an_invitation_is_accepted_by_the_partners_representative_and_the_lead_is_told(
    client, lead, action, roemenie, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    from agenda.models import Participation, ParticipationRequest

    partner, rep = roemenie
    speaks(rep, "en")
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("agenda:participation-create", kwargs={"pk": action.pk}),
            {"partner": partner.pk, "role": "participant"},
        )
    invitation = ParticipationRequest.objects.get()
    assert invitation.kind == "invitation" and invitation.status == "pending" and not Participation.objects.exists()
    [mail] = mailoutbox
    assert mail.to == ["ioana@example.org"] and "https://portal.example.org/en/mijn/organisatie/" in mail.body
    assert f"https://portal.example.org/en/agenda/{action.pk}/" in mail.body
    # The lead sees it as awaiting an answer; a stranger cannot answer it.
    assert (
        "St. Deventer - Roemenië" in client.get(action.get_absolute_url()).context["pending_requests"][0].partner.name
    )
    assert answer(client, invitation, True).status_code == 403, "the lead does not answer for the partner"
    client.force_login(make_user(PARTNER_REPRESENTATIVE, username="ander", partners=[PartnerFactory(name="Ander")]))
    assert answer(client, invitation, True).status_code == 403
    client.force_login(rep)
    page = client.get(reverse("my-organisation")).content.decode()
    assert action.title in page and "Accepteren" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(client, invitation, True)
    assert response.status_code == 302 and response["Location"] == reverse("my-organisation")
    assert Participation.objects.get().partner == partner
    invitation.refresh_from_db()
    assert invitation.status == "accepted" and invitation.answered_by == rep
    assert [m.to for m in mailoutbox[1:]] == [["sanne@example.org"]], "the lead learns it once"
    # Answered is answered.
    response = answer(client, invitation, False)
    assert Participation.objects.count() == 1 and ParticipationRequest.objects.get().status == "accepted"


def test_a_declined_invitation_adds_nobody_and_tells_who_invited(
    client, lead, action, roemenie, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    from agenda.models import Participation, ParticipationRequest
    from deventer_intl.roles import CIVIL_SERVANT

    partner, rep = roemenie
    civil = make_user(CIVIL_SERVANT, username="bram", email="bram@example.org")
    client.force_login(civil)
    client.post(
        reverse("agenda:participation-create", kwargs={"pk": action.pk}), {"partner": partner.pk, "role": "supporter"}
    )
    invitation = ParticipationRequest.objects.get()
    client.force_login(rep)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, invitation, False)
    assert not Participation.objects.exists()
    assert mailoutbox[-1].to == ["bram@example.org"] and "St. Deventer - Roemenië" in mailoutbox[-1].subject


def test_a_partner_without_a_representative_is_added_directly(client, lead, action):
    from agenda.models import Participation, ParticipationRequest

    partner = PartnerFactory(name="Zonder login")
    client.force_login(lead)
    client.post(
        reverse("agenda:participation-create", kwargs={"pk": action.pk}), {"partner": partner.pk, "role": "participant"}
    )
    assert Participation.objects.get().partner == partner and not ParticipationRequest.objects.exists()


def test_a_claim_to_co_lead_needs_the_leads_approval(
    client, lead, action, roemenie, mailoutbox, django_capture_on_commit_callbacks
):
    from agenda.models import Participation, ParticipationRequest

    partner, rep = roemenie
    client.force_login(rep)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("agenda:participation-create", kwargs={"pk": action.pk}), {"partner": partner.pk, "role": "co-lead"}
        )
    claim = ParticipationRequest.objects.get()
    assert claim.kind == "co-lead" and not Participation.objects.exists()
    [mail] = mailoutbox
    assert mail.to == ["sanne@example.org"] and f"/nl/agenda/{action.pk}/" in mail.body
    assert answer(client, claim, True).status_code == 403, "the claimant cannot approve their own claim"
    client.force_login(lead)
    html = client.get(action.get_absolute_url()).content.decode()
    assert "Goedkeuren" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(client, claim, True)
    assert response["Location"] == action.get_absolute_url()
    assert Participation.objects.get().role == "co-lead"
    assert mailoutbox[-1].to == ["ioana@example.org"]


def test_a_request_of_an_action_one_cannot_see_is_a_404(client, roemenie, make_user):
    from agenda.models import ParticipationRequest

    partner, rep = roemenie
    hidden = ActionFactory(public=False)
    asked = ParticipationRequest.objects.create(action=hidden, partner=partner, kind="co-lead", role="co-lead")
    client.force_login(make_user(PARTNER_REPRESENTATIVE, username="x", partners=[PartnerFactory(name="X")]))
    assert answer(client, asked, True).status_code == 404
    assert client.get(
        reverse("agenda:request-answer", kwargs={"pk": hidden.pk, "request_pk": asked.pk, "answer": "ja"})
    ).status_code in (404, 405)
