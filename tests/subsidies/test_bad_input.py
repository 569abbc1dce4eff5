"""Bad input gets a clear message in the user's language and stores nothing: no application, no file."""

from decimal import Decimal

import pytest
from django.urls import reverse

from subsidies.models import Application, Attachment, Budget, FinalReport, Payment
from tests.subsidies.files import docx_bytes, pdf_bytes, upload, xlsx_bytes, zip_bytes
from tests.subsidies.test_lifecycle import application_data

pytestmark = pytest.mark.django_db


def stored_files(media):
    """Stored documents; the valid files a failed form keeps for the next try (``pending/``) are not documents."""
    if not media.exists():
        return []
    return [path for path in media.rglob("*") if path.is_file() and "pending" not in path.relative_to(media).parts]


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"amount_requested": "-100"}, "amount_requested", "minstens 0.01"),
        ({"total_budget": "-5"}, "total_budget", "minstens 0.01"),
        ({"end_date": "2026-06-01"}, "end_date", "De einddatum ligt vóór de startdatum."),
        ({"total_budget": "1000"}, "total_budget", "De totale projectbegroting is minstens het aangevraagde bedrag."),
        (
            {"amount_requested": "6000", "total_budget": "9000"},
            "amount_requested",
            "hoogstens €\xa05.000,00 per aanvraag",
        ),
        ({"funding-0-amount": "-1"}, None, "minstens 0"),
        ({"funding-0-amount": ""}, None, "Vul het bedrag van deze bron in."),
        (
            {"plan": upload("plan.pdf", b"Dit is gewoon tekst, geen PDF.")},
            "plan",
            "“plan.pdf” is geen PDF-, Word- (DOCX), Excel- (XLSX) of afbeeldingsbestand",
        ),
        ({"plan": upload("plan.pdf", docx_bytes()[:40])}, "plan", "is geen PDF-"),
        ({"budget": upload("begroting.xlsx", zip_bytes())}, "budget", "is geen PDF-"),
        ({"plan": upload("plan.pdf", pdf_bytes(padding=3000))}, "plan", "het maximum is"),
    ],
    ids=[
        "negative-amount",
        "negative-total",
        "end-before-start",
        "total-below-request",
        "above-max",
        "negative-funding",
        "funding-without-amount",
        "text-renamed-pdf",
        "broken-docx",
        "zip-renamed-xlsx",
        "oversize",
    ],
)
def test_bad_applications_are_refused_with_a_message_and_store_nothing(
    client, people, scheme, media, settings, overrides, field, message
):
    settings.SUBSIDY_ATTACHMENT_MAX_BYTES = 2000
    client.force_login(people.rep)
    data = application_data(
        people, scheme, plan=upload("plan.pdf", pdf_bytes()), budget=upload("begroting.pdf", pdf_bytes())
    )
    data.update(overrides)
    response = client.post(reverse("subsidies:create"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html.replace("&#x27;", "'").replace("&quot;", '"')
    if field:
        assert field in response.context["form"].errors
        assert f'id="id_{field}_error"' in html and 'aria-invalid="true"' in html
    assert not Application.objects.exists()
    assert not Attachment.objects.exists()
    assert stored_files(media) == []


@pytest.mark.parametrize(
    "name, data, stored_as",
    [
        ("projectplan.docx", docx_bytes(), "projectplan.docx"),
        ("begroting.xlsx", xlsx_bytes(), "begroting.xlsx"),
        # Checked by content: a real PDF sent with a wrong extension is stored as what it is.
        ("plan.doc", pdf_bytes(), "plan.pdf"),
    ],
)
def test_real_documents_are_accepted_and_named_by_their_content(client, people, scheme, name, data, stored_as):
    client.force_login(people.rep)
    response = client.post(reverse("subsidies:create"), application_data(people, scheme, plan=upload(name, data)))
    assert response.status_code == 302
    plan = Attachment.objects.get(kind="plan")
    assert plan.original_name == stored_as and plan.file.read() == data
    # (An image is stored re-encoded without its metadata: tests/subsidies/test_image_metadata.py.)


def test_bad_final_reports_store_nothing(client, people, make_application, media):
    application = make_application("paid")
    files_before = stored_files(media)
    client.force_login(people.rep)
    data = {
        "what_was_done": "Gedaan.",
        "amount_spent": "-1",
        "report": upload("verslag.pdf", b"geen pdf"),
        "funding-TOTAL_FORMS": "3",
        "funding-INITIAL_FORMS": "0",
        "funding-0-source": "Fonds",
        "funding-0-amount": "-20",
    }
    response = client.post(reverse("subsidies:report", kwargs={"pk": application.pk}), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "is geen PDF-" in html and "minstens 0" in html
    assert not FinalReport.objects.exists() and Application.objects.get(pk=application.pk).status == "paid"
    assert stored_files(media) == files_before


@pytest.mark.parametrize(
    "data, message",
    [
        ({"outcome": "partial", "motivation": "Deels."}, "Vul het bedrag van de gedeeltelijke toekenning in."),
        ({"outcome": "partial", "amount": "1500", "motivation": "Deels."}, "minder dan de aangevraagde EUR 1500.00"),
        ({"outcome": "partial", "amount": "-5", "motivation": "Deels."}, "minstens 0.01"),
        ({"outcome": "grant", "motivation": ""}, "Dit veld is verplicht."),
    ],
)
def test_bad_decisions_are_refused(client, people, make_application, data, message):
    application = make_application("in_review")
    client.force_login(people.civil)
    response = client.post(reverse("subsidies:propose", kwargs={"pk": application.pk}), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert (
        not hasattr(Application.objects.get(pk=application.pk), "decision")
        or not Application.objects.filter(pk=application.pk, decision__isnull=False).exists()
    )


@pytest.mark.parametrize(
    "data, message",
    [
        ({"date": "2026-05-01", "amount": "-100"}, "minstens 0.01"),
        ({"date": "2026-05-01", "amount": "0"}, "minstens 0.01"),
        ({"date": "2026-05-01", "amount": "1500.01"}, "Er kan nog hoogstens EUR 1500.00 worden betaald"),
        ({"date": "gisteren", "amount": "100"}, "Voer een geldige datum in."),
    ],
)
def test_bad_payments_are_refused(client, people, make_application, data, message):
    application = make_application("granted")
    client.force_login(people.civil)
    response = client.post(reverse("subsidies:payment", kwargs={"pk": application.pk}), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Payment.objects.exists() and Budget.objects.get().paid_total == 0


@pytest.mark.parametrize(
    "amount, message", [("-1", "minstens 0"), ("1500.01", "tussen EUR 0 en de toegekende EUR 1500.00")]
)
def test_settling_above_the_grant_or_below_zero_is_refused(client, people, make_application, amount, message):
    application = make_application("reported")
    client.force_login(people.civil2)
    response = client.post(reverse("subsidies:settle", kwargs={"pk": application.pk}), {"amount": amount})
    assert response.status_code == 200 and message in response.content.decode()
    application.refresh_from_db()
    assert application.status == "reported" and application.settled_amount is None
    assert Budget.objects.get().granted_total == Decimal("1500")


def test_a_proposal_above_the_schemes_maximum_is_refused_in_the_languages_money(people, make_application):
    """The maximum was lowered after the application came in: proposing the full grant is refused with the
    same wording (and money format) as the application form, and no decision is stored."""
    from django.core.exceptions import ValidationError
    from django.utils import translation

    from subsidies import services
    from subsidies.models import Decision

    application = make_application("submitted")  # EUR 1,500 requested
    application.scheme.max_amount = Decimal("1000")
    application.scheme.save()
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        services.decision_propose(
            application=application, by=people.civil, outcome="grant", amount=None, motivation="Past in de regeling."
        )
    assert refused.value.code == "above_max"
    assert "hoogstens €\xa01.000,00 per aanvraag" in refused.value.messages[0]
    assert not Decision.objects.filter(application=application).exists()
    assert Application.objects.get(pk=application.pk).status == "submitted"
