"""Logins: log in through the form, lock-out after wrong passwords, password reset by e-mail, profile, log out."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.urls import reverse

from deventer_intl.roles import AMBASSADOR, PARTNER_REPRESENTATIVE
from tests.agenda.helpers import dutch
from tests.factories import TEST_PASSWORD, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ambassador(make_user):
    partner = PartnerFactory(name="Saxion")
    return make_user(
        AMBASSADOR,
        username="sanne",
        first_name="Sanne",
        last_name="Onderwijs",
        email="sanne@example.org",
        sector="onderwijs",
        partners=[partner],
        password=TEST_PASSWORD,
    )


def log_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def logged_in_as(client):
    return client.session.get(SESSION_KEY)


def test_login_through_the_form(client, ambassador):
    assert client.get(reverse("login")).status_code == 200
    response = log_in(client, "sanne", TEST_PASSWORD)
    assert response.status_code == 302 and response["Location"] == reverse("agenda:mine"), "an ambassador's work"
    assert logged_in_as(client) == str(ambassador.pk)


def test_login_honours_a_safe_next_only(client, ambassador):
    response = client.post(
        reverse("login"), {"username": "sanne", "password": TEST_PASSWORD, "next": reverse("profile")}
    )
    assert response["Location"] == reverse("profile")
    client.post(reverse("logout"))
    response = client.post(
        reverse("login"), {"username": "sanne", "password": TEST_PASSWORD, "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("agenda:mine")


def test_a_wrong_password_shows_an_error_and_logs_nobody_in(client, ambassador):
    response = log_in(client, "sanne", "fout")
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    assert logged_in_as(client) is None


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, ambassador, settings):
    statuses = [log_in(client, "sanne", f"fout-{n}").status_code for n in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses[:-1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    locked = log_in(client, "sanne", TEST_PASSWORD)
    assert locked.status_code == 429
    assert statuses[-1] == 429
    html = locked.content.decode()
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = dutch(
        "This account was locked after too many wrong passwords. Try again in %(minutes)s minutes, "
        "or choose a new password with the link below."
    ) % {"minutes": minutes}
    assert message in html.replace("&#x27;", "'")
    assert reverse("password_reset") in html
    assert logged_in_as(client) is None
    assert client.get(reverse("profile")).status_code == 302


def test_the_lock_out_is_per_user(client, ambassador, make_user, settings):
    make_user(PARTNER_REPRESENTATIVE, username="ioana", password=TEST_PASSWORD)
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "sanne", f"fout-{n}")
    assert log_in(client, "ioana", TEST_PASSWORD).status_code == 302


def reset_link(mail) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+/wachtwoord-herstellen/\S+/\S+/)", mail.body)
    assert match, mail.body
    return match.group(1)


def test_password_reset_by_email(client, ambassador, mailoutbox):
    assert client.get(reverse("password_reset")).status_code == 200
    response = client.post(reverse("password_reset"), {"email": "sanne@example.org"})
    assert response.status_code == 302 and response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["sanne@example.org"]
    assert "sanne" in mailoutbox[0].body

    link = reset_link(mailoutbox[0])
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200 and form_page.context["validlink"]
    # Django swaps the token for "set-password" in the URL and keeps it in the session.
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": "Nieuw-Wachtwoord-2026", "new_password2": "Nieuw-Wachtwoord-2026"}
    )
    assert done.status_code == 302 and done["Location"] == reverse("password_reset_complete")

    assert log_in(client, "sanne", TEST_PASSWORD).status_code == 200, "the old password no longer works"
    assert log_in(client, "sanne", "Nieuw-Wachtwoord-2026").status_code == 302
    client.post(reverse("logout"))
    again = client.get(link, follow=True)
    assert not again.context["validlink"], "a reset link works once"


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, ambassador, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "onbekend@example.org"})
    assert response.status_code == 302 and response["Location"] == reverse("password_reset_done")
    assert mailoutbox == []


def test_the_profile_shows_role_sector_and_organisations(client, ambassador):
    client.force_login(ambassador)
    response = client.get(reverse("profile"))
    assert response.status_code == 200
    html = response.content.decode()
    assert dutch("ambassador") in html and "Onderwijs" in html and "Saxion" in html
    assert response.context["roles"] == [dutch("ambassador")]


def test_the_profile_saves_name_and_email(client, ambassador):
    client.force_login(ambassador)
    response = client.post(
        reverse("profile"), {"first_name": "Sanne", "last_name": "de Vries", "email": "s.devries@example.org"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("profile")
    ambassador.refresh_from_db()
    assert (ambassador.last_name, ambassador.email) == ("de Vries", "s.devries@example.org")
    assert dutch("Your profile was saved.") in client.get(reverse("profile")).content.decode()


@pytest.mark.parametrize("email", ["geen-adres", ""])
def test_a_bad_email_on_the_profile_changes_nothing(client, ambassador, email):
    client.force_login(ambassador)
    response = client.post(reverse("profile"), {"first_name": "Ander", "last_name": "Naam", "email": email})
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["email"]
    ambassador.refresh_from_db()
    assert (ambassador.first_name, ambassador.last_name, ambassador.email) == (
        "Sanne",
        "Onderwijs",
        "sanne@example.org",
    )


def test_the_profile_is_for_logged_in_users(client):
    response = client.get(reverse("profile"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_logout_by_post_only(client, ambassador):
    client.force_login(ambassador)
    assert client.get(reverse("logout")).status_code == 405
    assert logged_in_as(client) == str(ambassador.pk)
    response = client.post(reverse("logout"))
    assert response.status_code in (200, 302)
    assert logged_in_as(client) is None
    assert client.get(reverse("profile")).status_code == 302


def test_an_inactive_user_cannot_log_in(client, ambassador):
    get_user_model().objects.filter(pk=ambassador.pk).update(is_active=False)
    assert log_in(client, "sanne", TEST_PASSWORD).status_code == 200
    assert logged_in_as(client) is None
