"""Personal data (AVG) across the apps: the daily retention run, a person's own data as JSON, and erasing a person.

Composed here, as the pages that gather several apps are: each app says what of its data is personal
(``events.privacy``, ``subsidies.privacy``); this module decides when, and records it in the audit log.
Visitors' messages to an action's lead are not stored (they are e-mailed, see ``agenda.services``), so
they need no retention; the form submissions kept against double posts hold only an HMAC and an address,
and go after two days (``deventer_intl.idempotency``).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from deventer_intl import audit
from deventer_intl.models import AuditEvent
from deventer_intl.roles import forget_links, role_names
from events import privacy as events_privacy
from partners.models import Partner
from subsidies import privacy as subsidies_privacy

Kind = AuditEvent.Kind


def retention_periods(now: datetime.datetime) -> dict[str, datetime.datetime]:
    """The cut-off moments from the settings (``RETENTION_*``)."""
    ago = subsidies_privacy.days_ago
    return {
        "registrations": ago(now, days=settings.RETENTION_REGISTRATION_DAYS),
        "granted": ago(now, years=settings.RETENTION_GRANTED_YEARS),
        "refused": ago(now, years=settings.RETENTION_REFUSED_YEARS),
        "withdrawn": ago(now, years=settings.RETENTION_WITHDRAWN_YEARS),
        "audit": ago(now, days=settings.RETENTION_AUDIT_DAYS),
    }


def retention_run(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Anonymise what has passed its retention period and delete audit entries past theirs; returns how many."""
    cutoff = retention_periods(now or timezone.now())
    with transaction.atomic():
        registrations = events_privacy.registrations_anonymise(
            events_privacy.registrations_due(before=cutoff["registrations"])
        )
        if registrations:
            audit.record(Kind.ANONYMISED, subject="events.registration", detail=f"{registrations} registrations")
    applications = 0
    due = subsidies_privacy.applications_due(
        granted_before=cutoff["granted"], refused_before=cutoff["refused"], withdrawn_before=cutoff["withdrawn"]
    )
    for application in due.iterator():
        with transaction.atomic():
            subsidies_privacy.application_anonymise(application=application)
            audit.record(Kind.ANONYMISED, obj=application, detail=f"status {application.status}")
        applications += 1
    audit_entries = audit.purge(before=cutoff["audit"])
    return {"registrations": registrations, "applications": applications, "audit_entries": audit_entries}


def personal_data(user) -> dict:
    """Everything the portal holds about this login, for the person themself (AVG art. 15 and 20)."""
    from agenda.models import Action, ProgressUpdate
    from events.models import Event

    profile = getattr(user, "profile", None)

    def when(value):
        return value.isoformat() if value else None

    return {
        "generated": timezone.now().isoformat(),
        "login": {
            "id": user.pk,
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
            "roles": [str(name) for name in role_names(user)],
        },
        "profile": {
            "sector": str(profile.sector) if profile and profile.sector_id else None,
            "organisations": [partner.name for partner in profile.partners.order_by("name")] if profile else [],
        },
        "event_registrations": [
            {
                "event": registration.event.title,
                "start": when(registration.event.start),
                "name": registration.name,
                "email": registration.email,
                "status": registration.status,
                "registered": when(registration.created),
            }
            for registration in events_privacy.registrations_of(user.email).select_related("event")
        ],
        "subsidy_applications": [
            {
                "reference": application.reference,
                "organisation": application.partner.name,
                "title": application.title,
                "status": application.status,
                "amount_requested": str(application.amount_requested),
                "created": when(application.created),
            }
            for application in subsidies_privacy.applications_of(user).select_related("partner")
        ],
        "actions_led": [
            {"code": action.code, "title": action.title} for action in Action.objects.filter(lead_person=user)
        ],
        "progress_updates": [
            {"action": update.action.code, "date": when(update.date), "text": update.text}
            for update in ProgressUpdate.objects.filter(author=user).select_related("action")
        ],
        "events_created": [
            {"title": event.title, "start": when(event.start)} for event in Event.objects.filter(created_by=user)
        ],
        "security_log": [
            {"when": when(event.at), "event": event.kind, "ip_address": event.ip_address}
            for event in AuditEvent.objects.filter(actor_id=user.pk, kind__in=[Kind.LOGIN, Kind.LOGOUT])[:200]
        ],
    }


@transaction.atomic
def person_erase(*, user, by) -> dict[str, int]:
    """Anonymise a person: their login (name, address, password, roles, links), their event registrations and
    an organisation's private contact details where those were theirs. Their organisation's records
    (applications, actions, updates, events) stay, and history rows keep pointing at the login, which now
    reads ``verwijderd-<id>``."""
    user_model = get_user_model()
    locked = user_model.objects.select_for_update().get(pk=user.pk)
    email = locked.email
    registrations = events_privacy.registrations_anonymise(events_privacy.registrations_of(email)) if email else 0
    # Where they were an organisation's private contact, the organisation keeps its page without them (the
    # contact fields are not versioned, so no history row holds them).
    contacts = (
        Partner.objects.filter(contact_email__iexact=email).update(contact_name="", contact_email="", contact_phone="")
        if email
        else 0
    )
    locked.username = f"verwijderd-{locked.pk}"
    locked.first_name = locked.last_name = locked.email = ""
    locked.is_active = locked.is_staff = locked.is_superuser = False
    locked.set_unusable_password()
    locked._history_user = by
    locked.save()
    locked.groups.clear()
    profile = getattr(locked, "profile", None)
    if profile is not None:
        profile.partners.clear()
        profile.sector = None
        profile._history_user = by
        profile.save()
    forget_links(locked)
    audit.record(
        Kind.ERASED,
        actor=by,
        obj=locked,
        detail=f"{registrations} registrations anonymised, contact of {contacts} organisations cleared",
    )
    return {"registrations": registrations, "contacts": contacts}
