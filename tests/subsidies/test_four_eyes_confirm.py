"""Four eyes means the second person confirms the proposal they read: a proposal replaced after they opened the
page is not confirmed, and a confirmation that does not say which proposal it confirms is refused."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from subsidies import services
from subsidies.models import Application, Budget, Decision

pytestmark = pytest.mark.django_db


def shown_proposal(client, application) -> str:
    page = client.get(reverse("subsidies:detail", kwargs={"pk": application.pk})).content.decode()
    return re.search(r'name="proposal" value="([^"]+)"', page).group(1)


def test_a_proposal_replaced_after_the_page_was_opened_is_not_confirmed(client, people, make_application):
    application = make_application("proposed")  # bram proposes a grant in full
    client.force_login(people.civil2)
    token = shown_proposal(client, application)
    # Meanwhile the coordinator replaces the proposal by a rejection.
    services.decision_propose(
        application=application, by=people.coordinator, outcome="reject", amount=None, motivation="Toch niet."
    )
    mail.outbox.clear()

    response = client.post(reverse("subsidies:confirm", kwargs={"pk": application.pk}), {"proposal": token})

    assert response.status_code == 409
    assert "na het openen van de pagina gewijzigd" in response.content.decode()
    decision = Decision.objects.get(application=application)
    assert (decision.outcome, decision.confirmed_by, decision.confirmed_at) == ("reject", None, None)
    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert Budget.objects.get().granted_total == 0 and not mail.outbox

    # Having read the new proposal, she confirms what she saw.
    response = client.post(
        reverse("subsidies:confirm", kwargs={"pk": application.pk}), {"proposal": shown_proposal(client, application)}
    )
    assert response.status_code == 302
    assert Application.objects.get(pk=application.pk).status == "rejected"
    assert Decision.objects.get(application=application).confirmed_by == people.civil2


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"proposal": ""},
        {"proposal": "abc"},
        {"proposal": "2026-13-01T10:00:00+00:00"},
        {"proposal": "2026-01-01T10:00:00"},
        {"proposal": "2026-01-01T10:00:00+00:00"},
    ],
    ids=["missing", "empty", "garbage", "impossible-date", "naive", "another-moment"],
)
def test_a_confirmation_without_the_shown_proposal_is_refused(client, people, make_application, data):
    application = make_application("proposed")
    client.force_login(people.civil2)
    response = client.post(reverse("subsidies:confirm", kwargs={"pk": application.pk}), data)
    assert response.status_code == 409
    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert Decision.objects.get(application=application).confirmed_at is None
    assert Budget.objects.get().granted_total == 0


@pytest.fixture
def insider(make_user, people):
    """A civil servant who also represents the applying organisation."""
    from django.contrib.auth.models import Group

    from deventer_intl.roles import CIVIL_SERVANT, PARTNER_REPRESENTATIVE

    user = make_user(CIVIL_SERVANT, username="dubbel", sector="gemeente", partners=[people.own])
    user.groups.add(Group.objects.get(name=PARTNER_REPRESENTATIVE))
    return user


def test_nobody_decides_on_their_own_organisations_application(client, people, make_application, insider):
    proposed = make_application("proposed")
    granted = make_application("granted")
    reported = make_application("reported")
    paid_before = Budget.objects.get().paid_total
    client.force_login(insider)
    detail = client.get(reverse("subsidies:detail", kwargs={"pk": proposed.pk}))
    assert detail.status_code == 200 and 'name="proposal"' not in detail.content.decode()
    for view, application in (("review", proposed), ("propose", proposed), ("payment", granted), ("settle", reported)):
        assert client.get(reverse(f"subsidies:{view}", kwargs={"pk": application.pk})).status_code == 403, view
    data = {"proposal": Decision.objects.get(application=proposed).proposed_at.isoformat()}
    assert client.post(reverse("subsidies:confirm", kwargs={"pk": proposed.pk}), data).status_code == 403
    assert (
        client.post(
            reverse("subsidies:payment", kwargs={"pk": granted.pk}), {"date": "2026-05-01", "amount": "100"}
        ).status_code
        == 403
    )
    assert Decision.objects.get(application=proposed).confirmed_at is None
    assert not granted.payments.exists() and Budget.objects.get().paid_total == paid_before

    # On another organisation's application the same person works as any civil servant.
    theirs = make_application("proposed", partner=people.other)
    data = {"proposal": Decision.objects.get(application=theirs).proposed_at.isoformat()}
    assert client.post(reverse("subsidies:confirm", kwargs={"pk": theirs.pk}), data).status_code == 302
    assert Application.objects.get(pk=theirs.pk).status == "granted"
