"""The audit log: security-relevant events, recorded append-only in ``AuditEvent`` (see its docstring).

Why our own model and not django-auditlog: auditlog records model changes (with the changed values, which
here would copy names, addresses and motivations into a second place the AVG retention must then also
clean) and has no natural place for "who downloaded which attachment", failed log-ins for unknown names
or lock-outs. The events here hold ids and a short text without personal data; what an object looked like
stays in django-simple-history, which the retention anonymises too.

Sources, each in one place:
- log-ins, log-outs, failed log-ins (Django's auth signals) and lock-outs (django-axes' signal);
- role changes (a login's groups), login changes (active, staff, superuser, name, e-mail, password: which
  fields, never their values) and profile changes (sector, organisations), by model signals;
- subsidy decisions proposed and confirmed, payments and settlements, by model signals on the rows the
  services save (the author is the services' ``by_user``);
- deletes of any of the portal's own objects and of logins;
- views, downloads and exports of personal data: the pages in ``AUDITED_VIEWS`` (recorded by
  ``AuditMiddleware`` after a successful answer), the admin's exports (import-export's signal) and the
  person's own data download;
- erasures and retention runs (``deventer_intl.privacy``).

The actor is the service's ``by`` (``by_user``), else the logged-in user of the current request.
"""

from __future__ import annotations

import contextvars

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from deventer_intl.models import AuditEvent

Kind = AuditEvent.Kind

_request: contextvars.ContextVar = contextvars.ContextVar("audit_request", default=None)

#: Pages that show or hand out personal data: (URL name) → (kind, model label of the object in the URL).
AUDITED_VIEWS = {
    "subsidies:detail": (Kind.VIEWED, "subsidies.application"),
    "subsidies:attachment": (Kind.DOWNLOADED, "subsidies.application"),
    "events:registrations": (Kind.VIEWED, "events.event"),
    "events:registrations-export": (Kind.EXPORTED, "events.event"),
    "my-data": (Kind.EXPORTED, "auth.user"),
}
#: The apps whose deletes are recorded (and auth's logins).
AUDITED_APPS = {"partners", "agenda", "subsidies", "events", "deventer_intl", "auth"}
#: Login fields whose change is recorded (by name only).
ACCOUNT_FIELDS = ["is_active", "is_staff", "is_superuser", "first_name", "last_name", "email", "password"]


def client_ip(request) -> str | None:
    """The client's address as django-axes sees it (its proxy settings apply)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or None


def record(kind: str, *, actor=None, obj=None, subject: str = "", object_id="", detail: str = "", request=None):
    """Append one event. ``actor`` a user (or None: the current request's user); ``obj`` a model instance."""
    request = request or _request.get()
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        actor = user if user is not None and user.is_authenticated else None
    if obj is not None:
        subject = subject or obj._meta.label_lower
        object_id = object_id or obj.pk
    return AuditEvent.objects.create(
        kind=kind,
        actor_id=getattr(actor, "pk", actor),
        subject=subject,
        object_id="" if object_id is None else str(object_id)[:64],
        detail=detail[:300],
        ip_address=client_ip(request) if request is not None else None,
    )


def purge(*, before) -> int:
    """Delete the entries older than ``before`` (the retention run): the one delete the table's trigger allows,
    switched on for this transaction only."""
    from django.db import connection, transaction

    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL deventer_intl.audit_purge = 'on'")
        deleted, _counts = AuditEvent.objects.filter(at__lt=before).delete()
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL deventer_intl.audit_purge = 'off'")
    return deleted


def _actor(instance):
    """Who saved ``instance``: the service's ``by_user``, else the request's user (``record`` asks it)."""
    return getattr(instance, "_history_user", None)


class AuditMiddleware:
    """Makes the request known to the signal receivers, and records the successful answers of ``AUDITED_VIEWS``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            response = self.get_response(request)
        finally:
            _request.reset(token)
        match = getattr(request, "resolver_match", None)
        audited = AUDITED_VIEWS.get(match.view_name) if match is not None else None
        if audited and request.method == "GET" and response.status_code == 200:
            kind, subject = audited
            object_id = match.kwargs.get("pk") or match.kwargs.get("slug") or getattr(request.user, "pk", "")
            detail = f"attachment {match.kwargs['attachment_pk']}" if "attachment_pk" in match.kwargs else ""
            if match.kwargs.get("fmt"):
                detail = f"format {match.kwargs['fmt']}"
            record(kind, subject=subject, object_id=object_id, detail=detail, request=request)
        return response


# --- Log-ins ---------------------------------------------------------------------------------------


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record(Kind.LOGIN, actor=user, obj=user, request=request)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(Kind.LOGOUT, actor=user, obj=user, request=request)


def _known_user_id(username) -> int | None:
    """The id of the login with this name: the audit names people by id, never by what they typed."""
    if not username:
        return None
    return get_user_model().objects.filter(username=username).values_list("pk", flat=True).first()


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    user_id = _known_user_id(credentials.get("username"))
    detail = "" if user_id else "unknown user name"
    record(Kind.LOGIN_FAILED, subject="auth.user", object_id=user_id or "", detail=detail, request=request)


def _locked_out(sender, request, username, ip_address, **kwargs):
    user_id = _known_user_id(username)
    record(
        Kind.LOCKED_OUT,
        subject="auth.user",
        object_id=user_id or "",
        detail="" if user_id else "unknown user name",
        request=request,
    )


def connect_axes() -> None:
    from axes.signals import user_locked_out

    user_locked_out.connect(_locked_out, dispatch_uid="audit-locked-out")


# --- Roles, logins and profiles --------------------------------------------------------------------


def _remember(instance, fields):
    """Keep the stored values of ``fields`` on the instance before a save, to name what changed after it."""
    if instance.pk is None:
        instance._audit_before = None
        return
    instance._audit_before = type(instance)._default_manager.filter(pk=instance.pk).values(*fields).first()


def _changed(instance, fields) -> list[str]:
    """The ``fields`` (attribute names) whose value differs from what ``_remember`` kept."""
    before = getattr(instance, "_audit_before", None)
    if not before:
        return []
    return [name for name in fields if before.get(name) != getattr(instance, name)]


@receiver(pre_save)
def _before_save(sender, instance, raw=False, **kwargs):
    if raw:
        return
    label = sender._meta.label_lower
    if label == get_user_model()._meta.label_lower:
        _remember(instance, ACCOUNT_FIELDS)
    elif label == "deventer_intl.profile":
        _remember(instance, ["sector_id"])
    elif label == "subsidies.decision":
        _remember(instance, ["confirmed_by_id", "outcome", "amount", "proposed_at"])
    elif label == "subsidies.finalreport":
        _remember(instance, ["settled_by_id"])


@receiver(post_save)
def _after_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    label = sender._meta.label_lower
    actor = _actor(instance)
    if label == get_user_model()._meta.label_lower:
        changed = _changed(instance, ACCOUNT_FIELDS)
        if created:
            record(Kind.ACCOUNT, actor=actor, obj=instance, detail="created")
        elif changed:
            record(Kind.ACCOUNT, actor=actor, obj=instance, detail="changed: " + ", ".join(changed))
    elif label == "deventer_intl.profile":
        if not created and _changed(instance, ["sector_id"]):
            record(
                Kind.PROFILE,
                actor=actor,
                subject="auth.user",
                object_id=instance.user_id,
                detail=f"sector {instance.sector_id}",
            )
    elif label == "subsidies.decision":
        before = getattr(instance, "_audit_before", None)
        if instance.confirmed_by_id and (before is None or before["confirmed_by_id"] is None):
            record(
                Kind.DECISION_CONFIRMED,
                actor=instance.confirmed_by_id,
                subject="subsidies.application",
                object_id=instance.application_id,
                detail=f"{instance.outcome}, EUR {instance.amount}",
            )
        elif not instance.confirmed_by_id and (created or _changed(instance, ["outcome", "amount", "proposed_at"])):
            record(
                Kind.DECISION_PROPOSED,
                actor=instance.proposed_by_id,
                subject="subsidies.application",
                object_id=instance.application_id,
                detail=f"{instance.outcome}, EUR {instance.amount}",
            )
    elif label == "subsidies.payment" and created:
        record(
            Kind.PAYMENT,
            actor=instance.recorded_by_id or actor,
            subject="subsidies.application",
            object_id=instance.application_id,
            detail=f"payment {instance.pk}: EUR {instance.amount} on {instance.date}",
        )
    elif label == "subsidies.finalreport":
        before = getattr(instance, "_audit_before", None)
        if instance.settled_by_id and before is not None and before["settled_by_id"] is None:
            record(
                Kind.SETTLEMENT,
                actor=instance.settled_by_id,
                subject="subsidies.application",
                object_id=instance.application_id,
            )


@receiver(m2m_changed)
def _links_changed(sender, instance, action, pk_set, reverse, model, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    user_model = get_user_model()
    if sender is user_model.groups.through:
        names = sorted(model.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True))
        what = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
        record(Kind.ROLE, actor=_actor(instance), obj=instance, detail=f"{what}: {', '.join(names)}".strip(": "))
    elif sender is apps.get_model("deventer_intl", "Profile").partners.through:
        what = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
        ids = ", ".join(str(pk) for pk in sorted(pk_set or ()))
        record(
            Kind.PROFILE,
            actor=_actor(instance),
            subject="auth.user",
            object_id=instance.user_id,
            detail=f"organisations {what}: {ids}".strip(": "),
        )


# --- Deletes and exports ---------------------------------------------------------------------------


@receiver(post_delete)
def _deleted(sender, instance, **kwargs):
    meta = sender._meta
    if meta.app_label not in AUDITED_APPS or meta.label_lower in {
        "deventer_intl.auditevent",
        "deventer_intl.formsubmission",
    }:
        return
    if meta.model_name.startswith("historical") or meta.auto_created:
        return
    if meta.app_label == "auth" and meta.label_lower != get_user_model()._meta.label_lower:
        return
    record(Kind.DELETED, actor=_actor(instance), obj=instance)


def _exported(sender, model, **kwargs):
    record(Kind.EXPORTED, subject=model._meta.label_lower, detail="admin export")


def connect_import_export() -> None:
    from import_export.signals import post_export

    post_export.connect(_exported, dispatch_uid="audit-export")
