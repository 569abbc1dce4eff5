"""The audit log: log-ins, failed log-ins and lock-outs, role and profile changes, subsidy decisions, payments and
settlements, views, downloads and exports of personal data, deletes; append-only, readable by coordinators."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import DatabaseError, transaction
from django.urls import reverse

from deventer_intl.models import AuditEvent
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, ensure_roles
from tests.factories import TEST_PASSWORD, PartnerFactory, RegistrationFactory, SchemeFactory, meeting
from tests.subsidies.builders import build_application

pytestmark = pytest.mark.django_db

Kind = AuditEvent.Kind


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def events(kind):
    return list(AuditEvent.objects.filter(kind=kind).order_by("pk"))


def no_addresses_anywhere():
    """The log names people by id: no e-mail address, no user name typed at the login, no password."""
    texts = list(AuditEvent.objects.values_list("detail", "object_id", "subject"))
    assert not [text for row in texts for text in row if "@" in text or TEST_PASSWORD in text], texts


def test_log_ins_failed_log_ins_and_the_lock_out_are_recorded_by_user_id(client, make_user, settings):
    sanne = make_user(
        AMBASSADOR, username="sanne", email="sanne@example.org", sector="onderwijs", password=TEST_PASSWORD
    )
    client.post(reverse("login"), {"username": "sanne", "password": TEST_PASSWORD})
    [login] = events(Kind.LOGIN)
    assert (login.actor_id, login.object_id, login.ip_address) == (sanne.pk, str(sanne.pk), "127.0.0.1")
    client.post(reverse("logout"))
    assert [event.actor_id for event in events(Kind.LOGOUT)] == [sanne.pk]

    client.post(reverse("login"), {"username": "niemand@example.org", "password": "geraden"})
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "sanne", "password": f"fout-{attempt}"})
    failed = events(Kind.LOGIN_FAILED)
    assert failed[0].object_id == "" and failed[0].detail == "unknown user name"
    assert {event.object_id for event in failed[1:]} == {str(sanne.pk)}
    assert [event.object_id for event in events(Kind.LOCKED_OUT)] == [str(sanne.pk)]
    no_addresses_anywhere()


def test_role_login_and_profile_changes_are_recorded(client, make_user):
    ensure_roles()
    coordinator = make_user(COORDINATOR, username="carla", is_staff=True)
    sanne = make_user(AMBASSADOR, username="sanne", sector="onderwijs")
    client.force_login(coordinator)
    before = AuditEvent.objects.count()
    sanne.groups.add(Group.objects.get(name=CIVIL_SERVANT))
    role = events(Kind.ROLE)[-1]
    assert (role.object_id, role.detail) == (str(sanne.pk), f"added: {CIVIL_SERVANT}")

    sanne.profile.partners.add(saxion := PartnerFactory(name="Saxion"))
    assert events(Kind.PROFILE)[-1].detail == f"organisations added: {saxion.pk}"

    # The person's own profile page: which fields changed, not their values.
    client.force_login(sanne)
    client.post(
        reverse("profile"), {"first_name": sanne.first_name, "last_name": "Nieuw", "email": "nieuw@example.org"}
    )
    account = events(Kind.ACCOUNT)[-1]
    assert (account.actor_id, account.object_id) == (sanne.pk, str(sanne.pk))
    assert account.detail == "changed: last_name, email"
    assert AuditEvent.objects.count() > before
    no_addresses_anywhere()


def test_decisions_their_confirmation_payments_and_the_settlement_are_recorded(people):
    application = build_application("closed", people=people, scheme=SchemeFactory())
    recorded = {
        event.kind: event.actor_id
        for event in AuditEvent.objects.filter(subject="subsidies.application", object_id=str(application.pk))
    }
    assert recorded[Kind.DECISION_PROPOSED] == people.civil.pk
    assert recorded[Kind.DECISION_CONFIRMED] == people.civil2.pk
    assert recorded[Kind.PAYMENT] == people.civil.pk
    assert recorded[Kind.SETTLEMENT] == people.civil2.pk


def test_views_downloads_and_exports_of_personal_data_are_recorded(client, people):
    application = build_application("submitted", people=people, scheme=SchemeFactory())
    attachment = application.attachments.first()
    client.force_login(people.civil)
    assert client.get(reverse("subsidies:detail", kwargs={"pk": application.pk})).status_code == 200
    url = reverse("subsidies:attachment", kwargs={"pk": application.pk, "attachment_pk": attachment.pk})
    assert client.get(url).status_code == 200
    [viewed] = events(Kind.VIEWED)
    [downloaded] = events(Kind.DOWNLOADED)
    assert (viewed.actor_id, viewed.object_id) == (people.civil.pk, str(application.pk))
    assert (downloaded.object_id, downloaded.detail) == (str(application.pk), f"attachment {attachment.pk}")

    event = meeting(capacity=10)
    RegistrationFactory(event=event)
    client.force_login(people.coordinator)
    assert (
        client.get(reverse("events:registrations-export", kwargs={"slug": event.slug, "fmt": "csv"})).status_code == 200
    )
    [exported] = events(Kind.EXPORTED)
    assert (exported.actor_id, exported.subject, exported.object_id, exported.detail) == (
        people.coordinator.pk,
        "events.event",
        event.slug,
        "format csv",
    )
    # Refused requests are not an access: nothing recorded.
    client.force_login(people.other_rep)
    assert client.get(url).status_code == 404
    assert len(events(Kind.DOWNLOADED)) == 1
    no_addresses_anywhere()


def test_deletes_are_recorded_with_who(client, people):
    event = meeting(capacity=10)
    client.force_login(people.coordinator)
    assert client.post(reverse("events:delete", kwargs={"slug": event.slug})).status_code == 302
    deleted = [e for e in events(Kind.DELETED) if e.subject == "events.event"]
    assert [(e.object_id, e.actor_id) for e in deleted] == [(str(event.pk), people.coordinator.pk)]


def test_the_log_is_append_only_in_the_database(people):
    entry = AuditEvent.objects.create(kind=Kind.LOGIN, actor_id=people.rep.pk)
    for change in (
        lambda: AuditEvent.objects.filter(pk=entry.pk).update(detail="anders"),
        lambda: AuditEvent.objects.filter(pk=entry.pk).delete(),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            change()
    assert AuditEvent.objects.filter(pk=entry.pk, detail="").exists()


def test_coordinators_read_filter_and_export_the_log_but_change_nothing(client, people):
    AuditEvent.objects.create(kind=Kind.LOGIN, actor_id=people.rep.pk, subject="auth.user", object_id=people.rep.pk)
    client.force_login(people.coordinator)
    changelist = reverse("admin:deventer_intl_auditevent_changelist")
    page = client.get(changelist, {"kind": "login"})
    assert page.status_code == 200
    html = page.content.decode()
    assert f"ioana (#{people.rep.pk})" in html and "delete_selected" not in html
    entry = AuditEvent.objects.filter(kind=Kind.LOGIN).first()
    assert client.get(reverse("admin:deventer_intl_auditevent_add")).status_code == 403
    assert client.post(reverse("admin:deventer_intl_auditevent_delete", args=[entry.pk])).status_code == 403
    columns = ["id", "at", "kind", "actor_id", "subject", "object_id", "detail", "ip_address"]
    export = client.post(
        reverse("admin:deventer_intl_auditevent_export"),
        {"format": "0", "resource": "0", **{f"auditeventresource_{name}": "on" for name in columns}},
    )
    assert export.status_code == 200 and "attachment" in export["Content-Disposition"]
    assert "ioana" not in export.content.decode() and f"{people.rep.pk}" in export.content.decode()
    assert AuditEvent.objects.filter(kind=Kind.EXPORTED, subject="deventer_intl.auditevent").exists()
    # Civil servants and ambassadors have no admin.
    client.force_login(people.civil)
    assert client.get(changelist).status_code == 302
