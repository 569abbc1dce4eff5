"""Schemes limited to kinds of organisation, and schemes with their own questions on the application form."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from subsidies import services
from subsidies.lifecycle import submit_blockers
from subsidies.models import Answer, Application, SchemeQuestion
from tests.subsidies.files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(scheme):
    return SchemeQuestion.objects.create(
        scheme=scheme, order=1, text_nl="Hoe vertelt u Deventer erover?", text_en="How do you tell Deventer?"
    )


def form_data(scheme, people, **changes):
    data = {
        "partner": people.own.pk,
        "scheme": scheme.pk,
        "title": "Zomerkamp Sibiu",
        "description": "Een zomerkamp.",
        "country": "RO",
        "local_partner": "Asociația Sibiu",
        "start_date": "2026-07-01",
        "end_date": "2026-08-31",
        "amount_requested": "1500",
        "total_budget": "1500",  # requested plus other funding (none here) equals the budget
        "funding-TOTAL_FORMS": "0",
        "funding-INITIAL_FORMS": "0",
        "funding-MIN_NUM_FORMS": "0",
        "funding-MAX_NUM_FORMS": "20",
    }
    return data | changes


def test_a_scheme_for_businesses_refuses_an_ngo_in_the_form_the_service_and_on_submit(
    client, people, scheme, make_application
):
    draft = make_application("draft")
    scheme.partner_kinds = ["company"]
    scheme.save()
    client.force_login(people.rep)
    response = client.post(reverse("subsidies:create"), form_data(scheme, people))
    assert response.status_code == 200
    assert "alleen voor bedrijf" in response.content.decode().lower()
    assert Application.objects.filter(partner=people.own).count() == 1, "nothing saved"
    with pytest.raises(ValidationError):
        services.application_save(by=people.rep, partner=people.own, scheme=scheme, title="x")
    # A draft made before the scheme was limited cannot be submitted.
    assert any("alleen voor" in blocker for blocker in submit_blockers(draft))
    people.own.kind = "company"
    people.own.save()
    draft.partner.refresh_from_db()
    assert not any("alleen voor" in blocker for blocker in submit_blockers(draft))


def test_the_scheme_questions_are_asked_stored_required_to_submit_and_shown_in_review(
    client, people, scheme, question, make_application
):
    client.force_login(people.rep)
    page = client.get(reverse("subsidies:create") + f"?scheme={scheme.pk}")
    field = f"question_{question.pk}"
    assert field in page.context["form"].fields
    assert "Hoe vertelt u Deventer erover?" in page.content.decode()
    response = client.post(
        reverse("subsidies:create"),
        form_data(scheme, people, **{field: ""})
        | {"plan": pdf_upload("plan.pdf"), "budget": pdf_upload("begroting.pdf")},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Application.objects.filter(partner=people.own).get()
    assert any("Hoe vertelt u Deventer erover?" in blocker for blocker in submit_blockers(draft))
    response = client.post(
        reverse("subsidies:update", kwargs={"pk": draft.pk}),
        form_data(scheme, people, **{field: "Een avond in de bibliotheek."}),
    )
    assert response.status_code == 302
    assert Answer.objects.get(application=draft, question=question).text == "Een avond in de bibliotheek."
    assert submit_blockers(draft) == []
    services.application_submit(application=draft, by=people.rep, notify=False)
    client.force_login(people.civil)
    review = client.get(reverse("subsidies:review", kwargs={"pk": draft.pk})).content.decode()
    assert "Hoe vertelt u Deventer erover?" in review and "Een avond in de bibliotheek." in review
    detail = client.get(reverse("subsidies:detail", kwargs={"pk": draft.pk})).content.decode()
    assert "Een avond in de bibliotheek." in detail


def test_answers_to_another_schemes_questions_are_ignored(people, scheme, question, make_application):
    from tests.factories import SchemeFactory

    other = SchemeFactory(slug="publieksevenementen", name_nl="Publieksevenementen", budgets={})
    foreign = SchemeQuestion.objects.create(scheme=other, text_nl="Elders?")
    draft = make_application("draft", amount=Decimal("1000"))
    services.application_save(by=people.rep, application=draft, answers={foreign.pk: "x", question.pk: "ja"})
    assert list(draft.answers.values_list("question__text_nl", "text")) == [("Hoe vertelt u Deventer erover?", "ja")]


def pdf_upload(name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def test_my_subsidies_offers_only_the_schemes_my_organisation_may_apply_under(client, people, scheme):
    from tests.factories import SchemeFactory

    SchemeFactory(slug="trade-office", name_nl="Bijdrage MKB Trade Office Deventer", partner_kinds=["company"])
    client.force_login(people.rep)
    offered = [s.slug for s in client.get(reverse("subsidies:mine")).context["schemes"]]
    assert offered == [scheme.slug]
