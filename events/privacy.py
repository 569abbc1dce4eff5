"""Personal data of events (AVG): registrants' names and addresses, anonymised after the retention period or
on request. The registration rows stay (with status, check-in and date), so every count and figure holds;
the history of registrations never copied names or addresses (``excluded_fields``)."""

from __future__ import annotations

import datetime

from django.db.models import F, QuerySet, Value
from django.db.models.functions import Cast, Concat

from events.models import Registration

#: What an anonymised name reads (language-independent, so it is also the marker of an anonymised row).
ANONYMISED = "[geanonimiseerd]"
#: The domain of anonymised addresses: reserved (RFC 2606), so no e-mail ever goes there.
ANONYMOUS_DOMAIN = "anoniem.invalid"


def registrations_due(*, before: datetime.datetime) -> QuerySet:
    """Registrations for events that ended before ``before`` and still carry a name and address."""
    return Registration.objects.filter(event__end__lt=before).exclude(email__endswith="@" + ANONYMOUS_DOMAIN)


def registrations_of(email: str) -> QuerySet:
    """Every registration made with this address (any case)."""
    return Registration.objects.filter(email__iexact=email.strip()) if email.strip() else Registration.objects.none()


def registrations_anonymise(queryset: QuerySet) -> int:
    """Replace names and addresses by a placeholder unique per row (the live-address index stays satisfied)."""
    address = Concat(Value("geanonimiseerd-"), Cast(F("pk"), output_field=Registration._meta.get_field("name")))
    return queryset.update(name=ANONYMISED, email=Concat(address, Value("@" + ANONYMOUS_DOMAIN)))
