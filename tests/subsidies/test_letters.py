"""The decision letter (beschikking), the settlement letter and the office's dossier: made as PDF in the
application's language, stored once and never made again, mailed with the decision, downloadable by the applicant
and the office only (anyone else, also by a guessed address: 404); a settlement below what was paid records and
states the amount to pay back."""

import io
import zipfile
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from subsidies import services
from subsidies.models import Application, FinalReport, Letter, Payment
from tests.subsidies.builders import confirm_data

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages)


def dutch_date(day) -> str:
    from django.utils import translation
    from django.utils.formats import date_format

    with translation.override("nl"):
        return date_format(day)


def letter_url(application, kind="decision"):
    return reverse("subsidies:letter", kwargs={"pk": application.pk, "kind": kind})


def confirm_through_the_page(client, people, application, django_capture_on_commit_callbacks):
    client.force_login(people.civil2)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("subsidies:confirm", kwargs={"pk": application.pk}), confirm_data(application))
    assert response.status_code == 302
    return Application.objects.get(pk=application.pk)


def test_confirming_a_grant_mails_the_decision_letter_in_the_applications_language(
    client, people, make_application, django_capture_on_commit_callbacks
):
    application = make_application("proposed", amount=Decimal("1500"))
    mail.outbox.clear()

    application = confirm_through_the_page(client, people, application, django_capture_on_commit_callbacks)

    letter = Letter.objects.get(application=application, kind=Letter.Kind.DECISION)
    assert letter.language == "nl"
    (message,) = mail.outbox
    assert message.to == ["ioana@example.org"]
    ((filename, content, content_type),) = message.attachments
    assert (filename, content_type) == (f"decision-{application.reference}.pdf", "application/pdf")
    assert content == letter.file.open("rb").read()
    text = pdf_text(content)
    for expected in [
        "Beschikking op uw subsidieaanvraag",
        application.reference,
        "St. Deventer - Roemenië",
        "Volledig toegekend",
        "Wij verlenen u een subsidie van € 1.500,00",
        "NGO-subsidies internationale samenwerking",
        "Gevestigd in Deventer",
        "Lokale partner",
        "Cofinanciering",
        "Goed plan.",  # the motivation
        "Betaalschema",
        "eindverslag",
        f"uiterlijk {dutch_date(application.report_due)} via het portaal een eindverslag",
        "bezwaar",
        "binnen 6 weken",
        "college van burgemeester en wethouders van Deventer",
        "Postbus 5000",
        people.civil2.get_full_name(),  # signed by the confirmer
    ]:
        assert expected in text, expected


def test_a_rejection_letter_in_english_has_the_objection_clause_and_no_payment_plan(
    client, people, make_application, django_capture_on_commit_callbacks
):
    application = make_application("in_review", language="en")
    services.decision_propose(
        application=application, by=people.civil, outcome="reject", amount=None, motivation="No local partner."
    )
    application = confirm_through_the_page(client, people, application, django_capture_on_commit_callbacks)
    text = pdf_text(Letter.objects.get(application=application).file.open("rb").read())
    assert "Decision on your subsidy application" in text and "Rejected" in text
    assert "We do not grant the subsidy of €1,500.00" in text and "No local partner." in text
    assert "You may object (bezwaar) within 6 weeks" in text
    assert "Payment plan" not in text


def test_the_letter_is_stored_once_and_never_made_again(
    client, people, make_application, scheme, django_capture_on_commit_callbacks
):
    application = make_application("proposed")
    application = confirm_through_the_page(client, people, application, django_capture_on_commit_callbacks)
    sent = Letter.objects.get(application=application).file.open("rb").read()

    # Later the scheme is renamed and the letter asked for again, by the service and by the page.
    scheme.name_nl = "Een andere naam"
    scheme.save()
    again = services.letter_issue(application=application, kind=Letter.Kind.DECISION)
    client.force_login(people.rep)
    response = client.get(letter_url(application))

    assert Letter.objects.filter(application=application).count() == 1
    assert again.file.open("rb").read() == sent == b"".join(response.streaming_content)
    assert "Een andere naam" not in pdf_text(sent)


@pytest.mark.parametrize(
    "who, status",
    [
        ("rep", 200),
        ("civil", 200),
        ("coordinator", 200),
        ("other_rep", 404),
        ("ambassador", 404),
        ("anonymous", 302),
    ],
)
def test_who_may_download_the_letter(client, people, make_application, who, status):
    application = make_application("granted")  # the builders skip the on-commit mail: the page makes it once
    if who != "anonymous":
        client.force_login(getattr(people, who))
    response = client.get(letter_url(application))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf" and "no-store" in response["Cache-Control"]
    else:
        assert not Letter.objects.exists()  # nobody else makes it either


@pytest.mark.parametrize("stage", ["draft", "submitted", "proposed"])
def test_there_is_no_letter_before_a_decision(client, people, make_application, stage):
    application = make_application(stage)
    for user in (people.rep, people.civil):
        client.force_login(user)
        for kind in ("decision", "settlement", "anything"):
            assert client.get(letter_url(application, kind)).status_code == 404
    assert not Letter.objects.exists()


def test_a_guessed_letter_of_another_organisation_is_not_found(client, people, make_application):
    theirs = make_application("closed", partner=people.other)
    client.force_login(people.rep)
    for kind in ("decision", "settlement"):
        assert client.get(letter_url(theirs, kind)).status_code == 404
    assert client.get(reverse("subsidies:dossier", kwargs={"pk": theirs.pk})).status_code == 404


def test_settling_below_what_was_paid_records_shows_and_states_what_to_pay_back(client, people, make_application):
    application = make_application("reported", amount=Decimal("1500"))  # 1500 granted and paid
    client.force_login(people.civil2)
    response = client.post(
        reverse("subsidies:settle", kwargs={"pk": application.pk}), {"amount": "1000", "note": "Minder uitgegeven."}
    )
    assert response.status_code == 302

    report = FinalReport.objects.get(application=application)
    assert report.reclaim_amount == Decimal("500.00")
    assert list(Payment.objects.filter(application=application).values_list("amount", flat=True)) == [
        Decimal("1500.00"),
        Decimal("-500.00"),
    ]
    page = client.get(reverse("subsidies:detail", kwargs={"pk": application.pk})).content.decode()
    assert "Terug te betalen: <strong>€\xa0500,00</strong>" in page
    letter = Letter.objects.get(application=application, kind=Letter.Kind.SETTLEMENT)
    text = pdf_text(letter.file.open("rb").read())
    assert "Vaststelling van uw subsidie" in text
    assert "Definitief bedrag (vastgesteld) € 1.000,00" in text and "Aan u betaald € 1.500,00" in text
    assert "Wij vorderen € 500,00 terug" in text and "Minder uitgegeven." in text and "bezwaar" in text
    (message,) = [message for message in mail.outbox if "Vaststelling" in message.subject]
    assert "€\xa0500,00" in message.body and message.attachments[0][0] == f"settlement-{application.reference}.pdf"


def test_settling_at_what_was_paid_reclaims_nothing(client, people, make_application):
    application = make_application("reported")
    client.force_login(people.civil2)
    client.post(reverse("subsidies:settle", kwargs={"pk": application.pk}), {"amount": "1500", "note": ""})
    assert FinalReport.objects.get(application=application).reclaim_amount == 0
    text = pdf_text(Letter.objects.get(application=application, kind=Letter.Kind.SETTLEMENT).file.open("rb").read())
    assert "U hoeft niets terug te betalen" in text


def test_the_office_downloads_the_whole_dossier(client, people, make_application):
    application = make_application("closed")
    client.force_login(people.coordinator)
    client.get(letter_url(application))  # the letter exists once asked for
    response = client.get(reverse("subsidies:dossier", kwargs={"pk": application.pk}))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert names[0] == f"dossier-{application.reference}.pdf"
    assert f"letters/decision-{application.reference}.pdf" in names
    assert {"documents/01-begroting.pdf", "documents/02-plan.pdf"} <= set(names)
    text = pdf_text(archive.read(names[0]))
    for expected in [
        "Een zomerkamp.",  # the application
        "Gevestigd in Deventer",  # the assessment per criterion
        f"Voorgesteld door {people.civil.get_full_name()}",  # the decision with both names
        f"Bevestigd door {people.civil2.get_full_name()}",
        "Betalingen",
        "Gedaan.",  # the final report
        "Vastgesteld bedrag € 1.500,00",
        "Verloop van de status",
        "ingediend",
        "afgesloten",
    ]:
        assert expected in text, expected


@pytest.mark.parametrize("who, status", [("rep", 403), ("other_rep", 404), ("ambassador", 404), ("civil", 200)])
def test_who_may_download_the_dossier(client, people, make_application, who, status):
    application = make_application("granted")
    client.force_login(getattr(people, who))
    assert client.get(reverse("subsidies:dossier", kwargs={"pk": application.pk})).status_code == status


def test_the_decision_is_mailed_even_when_the_letter_cannot_be_made(
    client, people, make_application, django_capture_on_commit_callbacks, monkeypatch
):
    from subsidies import letters

    def broken(application):
        raise OSError("no Pango on this machine")

    monkeypatch.setattr(letters, "decision_letter", broken)
    application = make_application("proposed")
    mail.outbox.clear()
    application = confirm_through_the_page(client, people, application, django_capture_on_commit_callbacks)
    assert application.status == "granted"
    (message,) = mail.outbox
    assert message.attachments == [] and "Volledig toegekend" in message.body
    assert not Letter.objects.exists()
    # Once the machine can make it, the first download makes and keeps it.
    monkeypatch.undo()
    client.force_login(people.rep)
    assert client.get(letter_url(application)).status_code == 200
    assert Letter.objects.count() == 1


def test_the_application_page_links_the_letters_and_the_office_the_dossier(client, people, make_application):
    application = make_application("closed")
    detail = reverse("subsidies:detail", kwargs={"pk": application.pk})
    dossier = reverse("subsidies:dossier", kwargs={"pk": application.pk})
    client.force_login(people.rep)
    page = client.get(detail).content.decode()
    assert letter_url(application) in page and letter_url(application, "settlement") in page and dossier not in page
    client.force_login(people.civil)
    page = client.get(detail).content.decode()
    assert letter_url(application) in page and dossier in page
    undecided = make_application("submitted")
    page = client.get(reverse("subsidies:detail", kwargs={"pk": undecided.pk})).content.decode()
    assert letter_url(undecided) not in page
