"""Forms that cannot double: one token per rendered form, and the second identical POST gets the first's result.

Every form that creates or changes something carries ``{% form_token %}`` (in ``includes/form.html`` next to
the CSRF token, and in the templates that render their own ``<form>``), a random value new on every render.
Its view has :class:`IdempotentPostMixin` first among its bases, which runs the whole POST in one transaction
that first inserts a :class:`~deventer_intl.models.FormSubmission` keyed by that token, the user, the path and
the posted values:

- the first POST inserts the row, does its work and stores the address it redirects to, in one transaction;
- an identical second POST (a double click, a retry after a timeout) blocks on the row's primary key until
  the first commits, then finds it and is sent to the same address, with a note that nothing was sent twice;
- if the first fails (invalid form, a refused step, an exception) its row goes with its transaction, so
  the second is handled as new: it shows the same errors, or succeeds if the first broke off.

The posted values belong in the key so that a page served from a shared cache (the same token for many
visitors) never swallows another visitor's different submission. A POST without a token is handled as
before (there is nothing to recognise it by). Rows are removed after ``FORM_SUBMISSION_KEEP_HOURS``
by ``manage.py clear_form_submissions`` (daily).
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from deventer_intl.models import FormSubmission

FIELD = "form_token"
#: Not part of what was sent: the CSRF token is masked anew on every render, the token is keyed separately.
IGNORED = {"csrfmiddlewaretoken", FIELD}


def new_token() -> str:
    """A fresh one-time value for a rendered form."""
    return secrets.token_urlsafe(24)


def submission_key(request) -> str | None:
    """The key of this POST, or None when it carries no token."""
    token = request.POST.get(FIELD, "")
    if not token or len(token) > 100:
        return None
    digest = hashlib.sha256()
    for name in sorted(set(request.POST) - IGNORED):
        for value in request.POST.getlist(name):
            digest.update(f"{name}\0{value}\0".encode())
    for name in sorted(request.FILES):
        for upload in request.FILES.getlist(name):
            digest.update(f"{name}\0{upload.name}\0{upload.size}\0".encode())
    user = request.user.pk if request.user.is_authenticated else ""
    message = f"{token}|{user}|{request.path}|{digest.hexdigest()}"
    return salted_hmac("deventer_intl.form-submission", message, algorithm="sha256").hexdigest()


def earlier_result(key: str) -> str | None:
    """Claim ``key`` for this transaction; if an identical POST already succeeded, the address it led to.

    The insert runs in a savepoint: a concurrent identical POST holds the key until it commits (then the
    insert fails and its result is read) or rolls back (then the insert goes through).
    """
    try:
        with transaction.atomic():
            FormSubmission.objects.create(key=key)
    except IntegrityError:
        return FormSubmission.objects.filter(key=key).values_list("result_url", flat=True).first() or ""
    return None


class IdempotentPostMixin:
    """Put first among a view's bases: its POST becomes idempotent for forms rendered with ``{% form_token %}``.

    It wraps ``dispatch`` (not ``post``, which many views define themselves), so the permission checks and
    the view's own POST handling run inside the transaction that holds the token.
    """

    def dispatch(self, request, *args, **kwargs):
        key = submission_key(request) if request.method == "POST" else None
        if key is None:
            return super().dispatch(request, *args, **kwargs)
        with transaction.atomic():
            result = earlier_result(key)
            if result is not None:
                messages.info(
                    request, _("This form had already been sent; this is what it did. Nothing was sent twice.")
                )
                return HttpResponseRedirect(result or request.path)
            response = super().dispatch(request, *args, **kwargs)
            if response.status_code in (301, 302, 303) and response.has_header("Location"):
                FormSubmission.objects.filter(key=key).update(result_url=response["Location"])
            else:
                # Nothing to replay (errors shown, step refused): the next identical POST is handled anew.
                FormSubmission.objects.filter(key=key).delete()
        return response


def clear_submissions(*, now=None) -> int:
    """Remove the submissions older than ``FORM_SUBMISSION_KEEP_HOURS``; returns how many."""
    cutoff = (now or timezone.now()) - timezone.timedelta(hours=settings.FORM_SUBMISSION_KEEP_HOURS)
    deleted, _counts = FormSubmission.objects.filter(created__lt=cutoff).delete()
    return deleted
