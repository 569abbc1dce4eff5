"""Consistency where it matters: submitting needs a declaration, and the money must add up."""

from decimal import Decimal

import pytest
from django.urls import reverse

from subsidies.models import Application, OtherFunding

pytestmark = pytest.mark.django_db


def submit_url(application):
    return reverse("subsidies:submit", kwargs={"pk": application.pk})


def test_submitting_asks_for_the_declaration(client, people, make_application):
    draft = make_application("draft")
    client.force_login(people.rep)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert 'name="declaration"' in page and "waar en volledig" in page

    response = client.post(submit_url(draft))
    assert response.status_code == 409 and "verklaring" in response.content.decode()
    assert Application.objects.get(pk=draft.pk).status == "draft"

    assert client.post(submit_url(draft), {"declaration": "yes"}).status_code == 302
    assert Application.objects.get(pk=draft.pk).status == "submitted"


def test_the_amount_requested_plus_other_funding_must_make_the_budget(client, people, make_application):
    draft = make_application("draft", amount=Decimal("1000"))
    OtherFunding.objects.filter(application=draft).update(amount=Decimal("2000"))
    client.force_login(people.rep)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "niet de totale begroting" in page
    assert f'action="{submit_url(draft)}"' not in page, "no submit button that can only be refused"

    response = client.post(submit_url(draft), {"declaration": "yes"})
    assert response.status_code == 409 and "niet de totale begroting" in response.content.decode()
    assert Application.objects.get(pk=draft.pk).status == "draft"

    OtherFunding.objects.filter(application=draft).update(amount=Decimal("9000"))
    assert client.post(submit_url(draft), {"declaration": "yes"}).status_code == 302
