"""Privacy (AVG): the daily retention run anonymises registrations and applications after their periods while
every figure and count stays the same (also in the history); a person downloads their own data; a coordinator
erases a person and their organisation's records stay."""

from __future__ import annotations

import datetime
import json
import os
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils import timezone

from deventer_intl import privacy
from deventer_intl.models import AuditEvent
from events import figures as event_figures
from events.models import Registration
from subsidies import figures as subsidy_figures
from subsidies.models import Application, Attachment, Budget, Decision, FinalReport, OtherFunding, Payment, Review
from subsidies.privacy import ANONYMISED
from tests.factories import EventFactory, RegistrationFactory, SchemeFactory, in_days
from tests.subsidies.builders import build_application

pytestmark = pytest.mark.django_db

YEAR = datetime.timedelta(days=366)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def portal(people):
    """Events with registrants, and applications at every outcome."""
    scheme = SchemeFactory()
    concert = EventFactory(title="Wereldmuziek", start=in_days(-3), end=in_days(-3, hour=22), actual_visitors=120)
    coming = EventFactory(title="Netwerkavond", start=in_days(20), end=in_days(20, hour=22), expected_visitors=40)
    for number in range(3):
        RegistrationFactory(event=concert, name=f"Bezoeker {number}", email=f"bezoeker{number}@example.org")
    RegistrationFactory(event=concert, status=Registration.Status.CANCELLED, email="weg@example.org")
    RegistrationFactory(event=coming, name="Ioana Popescu", email=people.rep.email)
    applications = {
        stage: build_application(stage, people=people, scheme=scheme)
        for stage in ("closed", "rejected", "withdrawn", "paid", "draft")
    }
    return {"concert": concert, "coming": coming, "applications": applications, "scheme": scheme}


def everything_counted():
    """Every figure the reports show, and the counts of every table the figures read."""
    return {
        "subsidies": [
            subsidy_figures.by_year(),
            subsidy_figures.by_year_and_scheme(),
            subsidy_figures.by_country(),
            subsidy_figures.by_global_goal(),
        ],
        "events": [event_figures.per_year(), event_figures.per_kind(), event_figures.per_series()],
        "budgets": list(Budget.objects.values_list("amount", "granted_total", "paid_total").order_by("pk")),
        "rows": [
            model.objects.count()
            for model in (Application, Decision, Payment, FinalReport, Review, OtherFunding, Registration)
        ],
        "registrations": sorted(Registration.objects.values_list("event_id", "status", "checked_in")),
        "applications": sorted(
            Application.objects.values_list("pk", "status", "partner_id", "year", "amount_requested", "title")
        ),
    }


def test_after_every_period_all_personal_data_is_gone_and_every_figure_is_the_same(
    portal,
    people,
    django_capture_on_commit_callbacks,
    settings,
):
    settings.RETENTION_AUDIT_DAYS = 100 * 365  # the audit's own period is tested below
    before = everything_counted()
    descriptions = set(Application.objects.values_list("description", flat=True))
    files = [attachment.file.path for attachment in Attachment.objects.all()]
    assert files and all(os.path.exists(path) for path in files)

    with django_capture_on_commit_callbacks(execute=True):
        done = privacy.retention_run(now=timezone.now() + 8 * YEAR)

    # Eight years on, every period has passed (the paid one, never settled, counts from its decision).
    assert done == {"registrations": 5, "applications": 5, "audit_entries": 0}
    assert everything_counted() == before
    assert not Registration.objects.exclude(name=ANONYMISED).exists()
    assert not Registration.objects.exclude(email__endswith="@anoniem.invalid").exists()
    # Applications and every history row of them: no description, local partner, applicant, notes, documents.
    assert set(Application.objects.values_list("description", flat=True)) == {ANONYMISED}
    history = Application.history.all()
    assert history.exists() and not history.filter(description__in=descriptions).exists()
    assert not history.exclude(local_partner="").exists() and not history.exclude(applicant_id=None).exists()
    assert not Application.objects.exclude(applicant=None).exists()
    assert set(Decision.history.values_list("motivation", flat=True)) == {ANONYMISED}
    assert set(FinalReport.history.values_list("what_was_done", flat=True)) == {ANONYMISED}
    assert not Attachment.objects.exists() and set(Attachment.history.values_list("file", flat=True)) == {""}
    assert not any(os.path.exists(path) for path in files)
    assert AuditEvent.objects.filter(kind=AuditEvent.Kind.ANONYMISED).count() == 6
    # A second run finds nothing left to do.
    assert privacy.retention_run(now=timezone.now() + 8 * YEAR) == {
        "registrations": 0,
        "applications": 0,
        "audit_entries": 0,
    }


def test_each_outcome_has_its_own_period(portal, settings):
    apps = portal["applications"]
    now = timezone.now()

    def anonymised():
        return set(Application.objects.filter(description=ANONYMISED).values_list("pk", flat=True))

    privacy.retention_run(now=now + datetime.timedelta(days=30))
    assert anonymised() == set()
    # The concert (three days ago) after a year; the coming event's registrant not yet.
    privacy.retention_run(now=now + datetime.timedelta(days=360))
    assert Registration.objects.filter(name=ANONYMISED).count() == 0
    privacy.retention_run(now=now + datetime.timedelta(days=367))
    assert set(Registration.objects.filter(name=ANONYMISED).values_list("event_id", flat=True)) == {
        portal["concert"].pk
    }
    assert anonymised() == {apps["withdrawn"].pk, apps["draft"].pk}
    privacy.retention_run(now=now + 4 * YEAR)
    assert anonymised() == {apps["withdrawn"].pk, apps["draft"].pk}
    privacy.retention_run(now=now + 5 * YEAR)
    assert anonymised() == {apps["withdrawn"].pk, apps["draft"].pk, apps["rejected"].pk}
    settings.RETENTION_GRANTED_YEARS = 3
    privacy.retention_run(now=now + 5 * YEAR)
    assert anonymised() == {application.pk for application in apps.values()}


def test_the_daily_command_runs_the_retention(portal, capsys):
    call_command("privacy_retention")
    assert "0 registrations and 0 applications anonymised, 0 audit entries deleted." in capsys.readouterr().out


def test_audit_entries_are_deleted_after_their_period_and_only_by_the_retention_run(settings, people):
    settings.RETENTION_AUDIT_DAYS = 730
    AuditEvent.objects.create(kind=AuditEvent.Kind.LOGIN, actor_id=people.rep.pk)
    now = timezone.now()
    assert privacy.retention_run(now=now + datetime.timedelta(days=729))["audit_entries"] == 0
    kept = AuditEvent.objects.count()
    assert privacy.retention_run(now=now + datetime.timedelta(days=731))["audit_entries"] == kept
    # The switch is this transaction's only: a plain delete afterwards is refused again.
    newer = AuditEvent.objects.create(kind=AuditEvent.Kind.LOGIN, actor_id=people.rep.pk)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=newer.pk).delete()


def test_a_person_downloads_their_own_data_as_json(client, portal, people):
    assert client.get(reverse("my-data")).status_code == 302
    client.force_login(people.rep)
    assert reverse("my-data") in client.get(reverse("profile")).content.decode()
    response = client.get(reverse("my-data"))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["login"]["username"] == "ioana" and data["login"]["email"] == people.rep.email
    assert data["profile"]["organisations"] == [people.own.name]
    assert [item["event"] for item in data["event_registrations"]] == ["Netwerkavond"]
    assert len(data["subsidy_applications"]) == 5
    # Only their own: nothing of another person's registrations.
    assert "bezoeker0@example.org" not in response.content.decode()
    [exported] = AuditEvent.objects.filter(kind=AuditEvent.Kind.EXPORTED)
    assert (exported.actor_id, exported.object_id) == (people.rep.pk, str(people.rep.pk))


def test_a_coordinator_erases_a_person_after_confirming_and_the_organisation_keeps_its_records(
    client,
    portal,
    people,
):
    rep = people.rep
    people.own.contact_name, people.own.contact_email = "Ioana Popescu", rep.email.upper()
    people.own.save()
    applications = set(Application.objects.filter(partner=people.own).values_list("pk", flat=True))
    history_rows = Application.history.filter(id__in=applications).count()
    client.force_login(people.coordinator)
    changelist = reverse("admin:auth_user_changelist")
    form = {"action": "erase_people", "_selected_action": [rep.pk]}
    confirm = client.post(changelist, form)
    assert confirm.status_code == 200 and "ioana" in confirm.content.decode()
    assert get_user_model().objects.get(pk=rep.pk).username == "ioana"  # nothing happened yet

    done = client.post(changelist, {**form, "confirmed": "yes"})
    assert done.status_code == 302
    erased = get_user_model().objects.get(pk=rep.pk)
    assert (erased.username, erased.email, erased.first_name, erased.is_active) == (
        f"verwijderd-{rep.pk}",
        "",
        "",
        False,
    )
    assert not erased.has_usable_password() and not erased.groups.exists() and not erased.profile.partners.exists()
    assert Registration.objects.get(event=portal["coming"]).name == ANONYMISED
    people.own.refresh_from_db()
    assert (people.own.contact_name, people.own.contact_email, people.own.name) == ("", "", "St. Deventer - Roemenië")
    # The organisation's applications and their history stay, pointing at the anonymised login.
    assert set(Application.objects.filter(partner=people.own).values_list("pk", flat=True)) == applications
    assert Application.history.filter(id__in=applications).count() == history_rows
    assert Application.objects.filter(applicant=erased).count() == 5
    assert AuditEvent.objects.filter(kind=AuditEvent.Kind.ERASED, object_id=str(rep.pk)).count() == 1
    assert str(rep.email) not in " ".join(AuditEvent.objects.values_list("detail", flat=True))
    # Nobody else may: a civil servant has no admin.
    client.force_login(people.civil)
    assert client.post(changelist, {**form, "confirmed": "yes"}).status_code == 302
    assert Decimal("0") <= Budget.objects.get().granted_total
