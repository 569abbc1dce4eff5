"""The whole life cycle through HTTP: apply with documents, submit, review, propose, confirm (four eyes), pay,
file the final report, settle; with the e-mails in the applicant's language and the budget afterwards."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from subsidies.models import Application, Attachment, Budget, Decision, OtherFunding, Payment
from tests.subsidies.builders import confirm_data
from tests.subsidies.files import docx_bytes, pdf_bytes, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"subsidies:{name}", kwargs=kwargs or None)


def application_data(people, scheme, **overrides):
    data = {
        "partner": people.own.pk,
        "scheme": scheme.pk,
        "title": "Zomerkamp Sibiu",
        "description": "Een zomerkamp voor kinderen uit Sibiu en Deventer.",
        "country": "RO",
        "local_partner": "Asociația Prietenii Deventer",
        "global_goals": ["4", "17"],
        "start_date": "2026-07-01",
        "end_date": "2026-08-31",
        "amount_requested": "1500",
        "total_budget": "12000",
        "funding-TOTAL_FORMS": "3",
        "funding-INITIAL_FORMS": "0",
        "funding-MIN_NUM_FORMS": "0",
        "funding-MAX_NUM_FORMS": "20",
        "funding-0-source": "Wilde Ganzen",
        "funding-0-amount": "6000",
        "funding-1-source": "Eigen bijdrage",
        "funding-1-amount": "4500",
        "funding-2-source": "",
        "funding-2-amount": "",
        "plan": upload("projectplan.docx", docx_bytes()),
        "budget": upload("begroting.xlsx", xlsx_bytes()),
    }
    data.update(overrides)
    return data


def test_the_whole_life_cycle_through_http(client, people, scheme, settings, django_capture_on_commit_callbacks):
    budget = Budget.objects.get(scheme=scheme)
    # The applicant applies in English: the e-mails follow that language.
    client.force_login(people.rep)
    response = client.post(url("create", "en"), application_data(people, scheme))
    application = Application.objects.get()
    assert response.status_code == 302 and response["Location"] == application.get_absolute_url()
    assert (application.status, application.language, application.applicant, application.partner) == (
        "draft",
        "en",
        people.rep,
        people.own,
    )
    assert sorted(goal.number for goal in application.global_goals.all()) == [4, 17]
    assert [(row.source, row.amount) for row in application.other_funding.all()] == [
        ("Wilde Ganzen", Decimal("6000")),
        ("Eigen bijdrage", Decimal("4500")),
    ]
    assert sorted((a.kind, a.original_name) for a in application.attachments.all()) == [
        ("budget", "begroting.xlsx"),
        ("plan", "projectplan.docx"),
    ]
    assert all(str(settings.PRIVATE_MEDIA_ROOT) in a.file.path for a in application.attachments.all())

    # Editing the draft replaces the funding rows.
    data = application_data(
        people,
        scheme,
        title="Zomerkamp Sibiu 2026",
        total_budget="7500",
        **{"funding-1-source": "", "funding-1-amount": ""},
    )
    del data["plan"], data["budget"]
    assert client.post(url("update", pk=application.pk), data).status_code == 302
    application.refresh_from_db()
    assert application.title == "Zomerkamp Sibiu 2026"
    assert application.other_funding.count() == 1 and application.attachments.count() == 2

    # Mail goes out once the transaction has committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("submit", pk=application.pk), {"declaration": "yes"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "submitted" and application.submitted_at is not None
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ioana@example.org"]
    assert "We received the application" in mail.outbox[0].body and application.reference in mail.outbox[0].subject
    # After submitting, the application is the office's: no more edits.
    response = client.get(url("update", pk=application.pk))
    assert response.status_code == 409 and "Niet mogelijk" in response.content.decode()

    # A civil servant reviews criterion by criterion and proposes a grant in part.
    client.force_login(people.civil)
    criteria = list(scheme.criteria.order_by("order"))
    review = {
        f"met_{criteria[0].pk}": "yes",
        f"note_{criteria[0].pk}": "Ingeschreven bij de KvK in Deventer.",
        f"met_{criteria[1].pk}": "yes",
        f"note_{criteria[1].pk}": "",
        f"met_{criteria[2].pk}": "no",
        f"note_{criteria[2].pk}": "Wilde Ganzen nog niet toegezegd.",
        "note": "Sterk plan.",
    }
    assert client.post(url("review", pk=application.pk), review).status_code == 302
    application.refresh_from_db()
    assert application.status == "in_review"
    assert [
        (item.criterion_id, item.met, item.note) for item in application.review.assessments.order_by("criterion__order")
    ] == [
        (criteria[0].pk, True, "Ingeschreven bij de KvK in Deventer."),
        (criteria[1].pk, True, ""),
        (criteria[2].pk, False, "Wilde Ganzen nog niet toegezegd."),
    ]
    response = client.post(
        url("propose", pk=application.pk),
        {"outcome": "partial", "amount": "1200", "motivation": "Cofinanciering nog onzeker."},
    )
    assert response.status_code == 302
    decision = Decision.objects.get(application=application)
    assert (decision.outcome, decision.amount, decision.proposed_by, decision.confirmed_by) == (
        "partial",
        Decimal("1200"),
        people.civil,
        None,
    )
    assert Budget.objects.get(pk=budget.pk).granted_total == 0, "a proposal reserves nothing"
    # Four eyes: the proposer may not confirm; the button is not even offered.
    assert "Confirm" not in client.get(url("detail", "en", pk=application.pk)).content.decode()
    assert client.post(url("confirm", pk=application.pk), confirm_data(application)).status_code == 403
    assert Decision.objects.get(pk=decision.pk).confirmed_by is None

    client.force_login(people.civil2)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url("confirm", pk=application.pk), confirm_data(application)).status_code == 302
    application.refresh_from_db()
    assert (application.status, application.granted_amount) == ("partly_granted", Decimal("1200"))
    assert Budget.objects.get(pk=budget.pk).granted_total == Decimal("1200")
    assert len(mail.outbox) == 2 and "Granted in part: €1,200.00" in mail.outbox[1].body
    assert "Cofinanciering nog onzeker." in mail.outbox[1].body

    # The applicant sees the decision and its motivation.
    client.force_login(people.rep)
    page = client.get(url("detail", pk=application.pk)).content.decode()
    assert "Gedeeltelijk toegekend" in page and "Cofinanciering nog onzeker." in page

    # Paying, in two instalments; never more than granted.
    client.force_login(people.civil)
    today = timezone.localdate().isoformat()
    assert client.post(url("payment", pk=application.pk), {"date": today, "amount": "1000"}).status_code == 302
    response = client.post(url("payment", pk=application.pk), {"date": today, "amount": "300"})
    assert response.status_code == 200 and "Er kan nog hoogstens EUR 200.00 worden betaald" in response.content.decode()
    assert client.post(url("payment", pk=application.pk), {"date": today, "amount": "200"}).status_code == 302
    application.refresh_from_db()
    assert application.status == "paid" and application.amount_paid == Decimal("1200")
    assert Budget.objects.get(pk=budget.pk).paid_total == Decimal("1200")

    # The final report, with the other funding actually raised and a report document.
    client.force_login(people.rep)
    response = client.post(
        url("report", pk=application.pk),
        {
            "what_was_done": "Veertig kinderen op kamp.",
            "amount_spent": "11000",
            "report": upload("verslag.pdf", pdf_bytes()),
            "funding-TOTAL_FORMS": "3",
            "funding-INITIAL_FORMS": "0",
            "funding-MIN_NUM_FORMS": "0",
            "funding-MAX_NUM_FORMS": "20",
            "funding-0-source": "Wilde Ganzen",
            "funding-0-amount": "5000",
            "funding-1-source": "Collecte",
            "funding-1-amount": "800",
        },
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "reported"
    assert application.final_report.amount_spent == Decimal("11000")
    assert sorted(row.amount for row in application.other_funding.filter(kind=OtherFunding.Kind.ACTUAL)) == [
        Decimal("800"),
        Decimal("5000"),
    ]
    assert application.attachments.filter(kind=Attachment.Kind.REPORT).count() == 1

    # Settled at less than paid: the difference returns to the budget and is reclaimed.
    client.force_login(people.civil2)
    response = client.post(url("settle", pk=application.pk), {"amount": "1000", "note": "Minder kinderen."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.settled_amount) == ("closed", Decimal("1000"))
    assert application.final_report.settled_by == people.civil2
    budget.refresh_from_db()
    assert (budget.granted_total, budget.paid_total) == (Decimal("1000"), Decimal("1000"))
    assert sorted(Payment.objects.filter(application=application).values_list("amount", flat=True)) == [
        Decimal("-200"),
        Decimal("200"),
        Decimal("1000"),
    ]
    # Every edit is in the history, with who made it.
    assert {entry.history_user for entry in application.history.all()} >= {people.rep, people.civil, people.civil2}


def test_the_applicant_withdraws_before_a_decision(client, people, make_application):
    application = make_application("in_review")
    client.force_login(people.rep)
    assert client.post(url("withdraw", pk=application.pk)).status_code == 302
    application.refresh_from_db()
    assert application.status == "withdrawn"
    # Withdrawn is final: nothing more to withdraw, nothing to decide.
    assert client.post(url("withdraw", pk=application.pk)).status_code == 409
    client.force_login(people.civil)
    assert client.get(url("propose", pk=application.pk)).status_code == 409


def test_submitting_needs_a_plan_and_a_budget(client, people, scheme):
    client.force_login(people.rep)
    data = application_data(people, scheme)
    del data["budget"]
    client.post(url("create"), data)
    application = Application.objects.get()
    response = client.post(url("submit", pk=application.pk), {"declaration": "yes"})
    assert response.status_code == 409 and "begroting" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "draft" and application.submitted_at is None and not mail.outbox


def test_a_closed_scheme_takes_no_applications(client, people, scheme, make_application):
    application = make_application("draft")
    scheme.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    scheme.save()
    client.force_login(people.rep)
    response = client.post(url("submit", pk=application.pk), {"declaration": "yes"})
    assert response.status_code == 409 and "niet open" in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == "draft"


def test_a_rejection_reserves_nothing_and_is_mailed_in_dutch(
    client, people, make_application, django_capture_on_commit_callbacks
):
    application = make_application("proposed", language="nl")
    Decision.objects.filter(application=application).update(
        outcome="reject", amount=0, motivation="Geen cofinanciering."
    )
    mail.outbox.clear()
    client.force_login(people.civil2)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url("confirm", pk=application.pk), confirm_data(application)).status_code == 302
    application.refresh_from_db()
    assert application.status == "rejected" and application.granted_amount is None
    assert Budget.objects.get().granted_total == 0
    assert "Afgewezen" in mail.outbox[0].body and "Geen cofinanciering." in mail.outbox[0].body


def test_another_civil_servant_may_propose_again_and_the_first_then_confirms(client, people, make_application):
    application = make_application("proposed")
    client.force_login(people.civil2)
    client.post(url("propose", pk=application.pk), {"outcome": "grant", "motivation": "Volledig."})
    decision = Decision.objects.get(application=application)
    assert (decision.outcome, decision.amount, decision.proposed_by) == ("grant", Decimal("1500"), people.civil2)
    client.force_login(people.civil)
    assert client.post(url("confirm", pk=application.pk), confirm_data(application)).status_code == 302
    assert Application.objects.get(pk=application.pk).status == "granted"


def test_the_applicant_removes_a_document_from_a_draft_only(
    client, people, make_application, media, django_capture_on_commit_callbacks
):
    draft = make_application("draft")
    plan = draft.attachments.get(kind="plan")
    path = plan.file.path
    client.force_login(people.rep)
    assert (
        'Verwijderen<span class="visually-hidden"> plan.pdf</span>'
        in client.get(url("detail", pk=draft.pk)).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("attachment-delete", pk=draft.pk, attachment_pk=plan.pk))
    assert response.status_code == 302
    assert not Attachment.objects.filter(pk=plan.pk).exists()
    import os

    assert not os.path.exists(path)
    assert Attachment.history.filter(id=plan.pk, history_type="-").get().history_user == people.rep
    submitted = make_application("submitted")
    document = submitted.attachments.first()
    assert client.post(url("attachment-delete", pk=submitted.pk, attachment_pk=document.pk)).status_code == 409
    assert Attachment.objects.filter(pk=document.pk).exists()
    client.force_login(people.other_rep)
    assert (
        client.post(url("attachment-delete", pk=draft.pk, attachment_pk=draft.attachments.first().pk)).status_code
        == 404
    )


def test_a_budget_cannot_be_lowered_below_what_is_granted(client, people, make_application):
    make_application("granted")
    budget = Budget.objects.get()
    client.force_login(people.coordinator)
    response = client.post(
        reverse("admin:subsidies_budget_change", args=[budget.pk]),
        {"scheme": budget.scheme_id, "year": budget.year, "amount": "1000"},
    )
    assert response.status_code == 200
    assert "Bevestigde toekenningen houden al EUR 1500.00 van dit budget vast." in response.content.decode()
    assert Budget.objects.get().amount == Decimal("43000")


def test_the_budget_year_is_the_year_of_submission(people, make_application):
    import datetime as dt

    from django.utils import timezone as tz

    from subsidies import services

    draft = make_application("draft", year=2025)
    submitted = services.application_submit(
        application=draft, by=people.rep, now=tz.make_aware(dt.datetime(tz.localdate().year, 1, 2, 9, 0))
    )
    assert submitted.year == tz.localdate().year


def test_funding_rows_keep_their_history_with_who_changed_them(client, people, scheme):
    from subsidies.models import OtherFunding as Funding

    client.force_login(people.rep)
    client.post(url("create"), application_data(people, scheme))
    application = Application.objects.get()
    data = application_data(people, scheme, **{"funding-0-amount": "7000"})
    del data["plan"], data["budget"]
    client.post(url("update", pk=application.pk), data)
    history = Funding.history.filter(application_id=application.pk, source="Wilde Ganzen").order_by("history_id")
    assert [(entry.history_type, entry.amount, entry.history_user) for entry in history] == [
        ("+", Decimal("6000"), people.rep),
        ("-", Decimal("6000"), people.rep),
        ("+", Decimal("7000"), people.rep),
    ]


def test_the_form_offers_only_open_schemes(client, people, scheme):
    import datetime as dt

    from subsidies.models import Scheme

    closed = Scheme.objects.create(
        slug="oud",
        name_nl="Oude regeling",
        purpose_nl="x",
        max_amount=100,
        opens_on=dt.date(2020, 1, 1),
        closes_on=dt.date(2020, 12, 31),
    )
    client.force_login(people.rep)
    offered = set(client.get(url("create")).context["form"].fields["scheme"].queryset)
    assert offered == {scheme}
    assert "Oude regeling" not in client.get(url("mine")).content.decode()
    data = application_data(people, scheme)
    data["scheme"] = closed.pk
    response = client.post(url("create"), data)
    assert response.status_code == 200 and "scheme" in response.context["form"].errors
    assert not Application.objects.exists()
