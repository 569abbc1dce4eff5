"""People, a scheme with its budget, and applications at every stage, made through the services."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from partners.models import Country
from subsidies import services
from subsidies.models import Application, Budget, Criterion, Scheme
from tests.subsidies.files import pdf_bytes, upload


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads go to temporary directories, never to var/; returns the private one."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def people(make_user, make_partner):
    """One login per role. The ambassador's profile names the applicant's organisation, yet gives no access."""
    own = make_partner(name="St. Deventer - Roemenië", slug="deventer-roemenie", countries=["RO"])
    other = make_partner(name="Stichting Kinderen van Uganda", slug="kinderen-van-uganda", countries=["UG"])
    return SimpleNamespace(
        own=own,
        other=other,
        rep=make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[own], email="ioana@example.org"),
        other_rep=make_user(PARTNER_REPRESENTATIVE, username="okello", partners=[other]),
        ambassador=make_user(AMBASSADOR, username="fatima", sector="maatschappelijk", partners=[own]),
        civil=make_user(CIVIL_SERVANT, username="bram", sector="gemeente"),
        civil2=make_user(CIVIL_SERVANT, username="sophie", sector="gemeente"),
        coordinator=make_user(COORDINATOR, username="carla", is_staff=True),
    )


@pytest.fixture
def scheme(db):
    year = timezone.localdate().year
    scheme = Scheme.objects.create(
        slug="internationale-samenwerking", name_nl="NGO-subsidies internationale samenwerking",
        name_en="NGO subsidies for international cooperation", purpose_nl="Kleine subsidies.",
        max_amount=Decimal("5000"), opens_on=datetime.date(year - 1, 1, 1), decision_weeks=8)
    for order, text in enumerate(["Gevestigd in Deventer", "Lokale partner", "Cofinanciering"], start=1):
        Criterion.objects.create(scheme=scheme, order=order, text_nl=text, text_en=f"EN {text}")
    Budget.objects.create(scheme=scheme, year=year, amount=Decimal("43000"))
    return scheme


@pytest.fixture
def make_application(people, scheme):
    """``make_application(stage="granted", partner=..., amount=...)``: an application brought to ``stage`` through
    the services, the way the pages do it. Stages: draft, submitted, in_review, proposed, granted, partly_granted,
    rejected, paid, reported, closed, withdrawn."""

    def make(stage="draft", *, partner=None, applicant=None, amount=Decimal("1500"), language="nl", title=None,
             year=None):
        partner = partner or people.own
        applicant = applicant or (people.rep if partner == people.own else people.other_rep)
        application = Application(
            partner=partner, scheme=scheme, year=year or timezone.localdate().year, applicant=applicant,
            language=language, title=title or f"Zomerkamp Sibiu {Application.objects.count() + 1}",
            description="Een zomerkamp.", country=Country.objects.get(code="RO"), local_partner="Asociația Sibiu",
            start_date=datetime.date(2026, 7, 1), end_date=datetime.date(2026, 8, 31), amount_requested=amount,
            total_budget=amount * 10)
        services.application_save(
            application=application, by=applicant, goals=[], other_funding=[("Wilde Ganzen", amount * 5)],
            attachments=[("plan", upload("plan.pdf", pdf_bytes()), "plan.pdf"),
                         ("budget", upload("begroting.pdf", pdf_bytes()), "begroting.pdf")])
        if stage == "draft":
            return application
        services.application_submit(application=application, by=applicant)
        if stage == "withdrawn":
            return services.application_withdraw(application=application, by=applicant)
        if stage == "submitted":
            return Application.objects.get(pk=application.pk)
        services.review_save(application=application, by=people.civil, assessments={}, note="")
        if stage == "in_review":
            return Application.objects.get(pk=application.pk)
        outcome = {"rejected": "reject", "partly_granted": "partial"}.get(stage, "grant")
        services.decision_propose(application=application, by=people.civil, outcome=outcome,
                                  amount=amount - 500 if outcome == "partial" else None, motivation="Goed plan.")
        if stage == "proposed":
            return Application.objects.get(pk=application.pk)
        services.decision_confirm(application=application, by=people.civil2)
        if stage in ("granted", "partly_granted", "rejected"):
            return Application.objects.get(pk=application.pk)
        application.refresh_from_db()
        services.payment_record(application=application, by=people.civil, date=timezone.localdate(),
                                amount=application.granted_amount)
        if stage == "paid":
            return Application.objects.get(pk=application.pk)
        services.final_report_file(application=application, by=applicant, what_was_done="Gedaan.",
                                   amount_spent=amount * 9, other_funding=[("Wilde Ganzen", amount * 6)])
        if stage == "reported":
            return Application.objects.get(pk=application.pk)
        services.final_report_settle(application=application, by=people.civil2, amount=application.granted_amount)
        return Application.objects.get(pk=application.pk)

    return make
