"""Writes on events: each one atomic; registrations lock their event so it is never overbooked."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict, Unpack

from concurrency.api import is_changed
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from deventer_intl.history import by_user
from events.models import Event, Registration, Series
from partners.images import clean_image
from partners.models import Country, GlobalGoal, Partner, Relation, Sector

if TYPE_CHECKING:
    from agenda.models import Action

CANCEL_SALT = "events.registration.cancel"


def unique_slug(*, title: str, start, exclude_pk: int | None = None) -> str:
    """``<title>-<year>``, with a number added when taken."""
    base = slugify(f"{title} {timezone.localtime(start).year}")[:200] or "evenement"
    slug, number = base, 2
    taken = Event.objects.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


#: How often a new event tries the next free slug when a concurrent create took the one it chose.
SLUG_ATTEMPTS = 100


def _is_slug_conflict(error: IntegrityError) -> bool:
    diag = getattr(error.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None) == "events_event_slug_key"


def _insert_with_free_slug(event: Event, *, by, title: str, start) -> None:
    """Insert the new event; when someone created one with the same slug meanwhile, take the next free one.

    ``unique_slug`` checks and the insert follows, so two people creating an event with the same title at the
    same moment both choose the same slug: the second insert waits for the first transaction and then fails on
    the unique index. Each attempt runs in a savepoint, so a failed one leaves the transaction usable, and the
    next choice sees the committed slug.
    """
    for _attempt in range(SLUG_ATTEMPTS):
        try:
            with transaction.atomic():
                by_user(event, by).save()
            return
        except IntegrityError as error:
            if not _is_slug_conflict(error):
                raise
            event.slug = unique_slug(title=title, start=start)
    raise IntegrityError(f"No free slug for {title!r} after {SLUG_ATTEMPTS} attempts")


def _store_image(event: Event, upload) -> None:
    cleaned = clean_image(upload, basename=event.slug)
    event.image.save(cleaned.original.name, cleaned.original, save=False)
    event.image_thumbnail.save(cleaned.thumbnail.name, cleaned.thumbnail, save=False)


class EventDetails(TypedDict, total=False):
    """What an event's editor chooses: the keywords of ``event_create`` and ``event_update`` (plain values)."""

    title: str
    kind: str
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    venue: str
    city: str
    country: Country
    description: str
    image_alt: str
    public: bool
    expected_visitors: int | None
    registration_required: bool
    capacity: int | None
    waiting_list: bool
    series: Series | None
    parent: Event | None
    organisers: Iterable[Partner]
    sectors: Iterable[Sector]
    global_goals: Iterable[GlobalGoal]
    actions: Iterable[Action]
    relations: Iterable[Relation]


LINKS = ("organisers", "sectors", "global_goals", "actions", "relations")


def _set_details(event: Event, details: EventDetails) -> dict[str, Iterable]:
    """Set the given details on the (unsaved) event; returns the links, to set once it is saved."""
    unknown = details.keys() - EventDetails.__annotations__.keys()
    if unknown:
        raise TypeError(f"Not an event detail: {', '.join(sorted(unknown))}")
    for name, value in details.items():
        if name not in LINKS:
            setattr(event, name, value)
    return {name: details[name] for name in LINKS if name in details}


def _save(event: Event, *, by, image, links: dict[str, Iterable]) -> Event:
    """Store the new image (if any), save the event with who saved it, then its links."""
    if image:
        _store_image(event, image)
    by_user(event, by).save()
    for name, items in links.items():
        getattr(event, name).set(items)
    return event


@transaction.atomic
def event_create(*, by, image=None, slug: str | None = None, **details: Unpack[EventDetails]) -> Event:
    """Create an event (title, kind, start and end at least); its creator is recorded (an ambassador edits
    what they created).

    ``image`` is an uploaded image (checked by the form), stored with a thumbnail. The slug is
    ``<title>-<year>`` unless given (the demo data keeps its own).
    """
    event = Event(created_by=by, slug=slug or unique_slug(title=details["title"], start=details["start"]))
    links = _set_details(event, details)
    if slug:
        return _save(event, by=by, image=image, links=links)
    if image:
        _store_image(event, image)
    _insert_with_free_slug(event, by=by, title=details["title"], start=details["start"])
    for name, items in links.items():
        getattr(event, name).set(items)
    return event


class EventConflict(Exception):
    """Someone saved the event after the editor opened the form; nothing was written."""


@transaction.atomic
def event_update(
    *, event: Event, by, version: int, base_url: str, image=None, **details: Unpack[EventDetails]
) -> Event:
    """Change the given details of ``version`` of the event, unless someone saved a newer version since (then
    EventConflict), or the capacity would drop below the confirmed registrations (then a ValidationError on
    ``capacity``).

    Optimistic locking as for actions: django-concurrency's version. More places (or a waiting list that is
    switched off) move people up from the waiting list.
    """
    # The row lock serialises this edit with registrations (which lock it too) and with other edits.
    locked = Event.objects.select_for_update().get(pk=event.pk)
    # The version the editor started from: a stale one is refused before anything (an image) is stored. Under
    # the lock nobody saves in between; django-concurrency's UPDATE checks the version once more.
    locked.version = version
    if is_changed(locked):
        raise EventConflict
    links = _set_details(locked, details)
    if locked.registration_required and locked.capacity is not None:
        # Counted under the event's lock, as registrations are: fewer places than confirmed people would overbook.
        confirmed = locked.registrations.filter(status=Registration.Status.CONFIRMED).count()
        if locked.capacity < confirmed:
            raise ValidationError(
                {
                    "capacity": _(
                        "{count} people have a confirmed place: the number of places cannot be lower."
                    ).format(count=confirmed)
                },
                code="below_confirmed",
            )
    _save(locked, by=by, image=image, links=links)
    if locked.registration_required and not locked.is_past():
        _promote_from_waiting_list(locked, base_url=base_url)
    return locked


def _promote_from_waiting_list(event: Event, *, base_url: str) -> list[Registration]:
    """Confirm the first on the waiting list while places are free (the event row is locked by the caller)."""
    confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
    free = max(event.capacity - confirmed, 0)
    promoted = list(event.registrations.filter(status=Registration.Status.WAITING).order_by("created", "pk")[:free])
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status"])
        transaction.on_commit(lambda registration=registration: _send(registration, base_url=base_url, kind="promoted"))
    return promoted


@transaction.atomic
def event_delete(*, event: Event, by) -> None:
    """Delete an event (the history keeps it, and who deleted it); a festival with sub-events stays.

    The live registrants of an event still to come are told by e-mail (after the commit), in the
    language they registered in: their registrations go with the event.
    """
    if event.sub_events.exists():
        raise ValidationError(_("This festival still has events; move or delete those first."), code="has_sub_events")
    told = [] if event.is_past() else list(event.registrations.live().only("name", "email", "language"))
    title, start = event.title, event.start
    by_user(event, by).delete()
    for registration in told:
        transaction.on_commit(lambda registration=registration: _send_cancelled(registration, title=title, start=start))


def _send_cancelled(registration: Registration, *, title: str, start) -> None:
    with translation.override(registration.language):
        when = formats.date_format(timezone.localtime(start), "DATETIME_FORMAT")
        subject = _("Cancelled: {title}").format(title=title)
        body = _(
            "Dear {name},\n\n{title} on {when} will not take place: its organisers have cancelled it, and with "
            "it your registration. You need not do anything.\n\nInternational Office Deventer"
        ).format(name=registration.name, title=title, when=when)
    # A title with a line break (typed or imported) would make the header invalid: a 500 after the commit.
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[registration.email],
        reply_to=[settings.INTERNATIONAL_OFFICE_EMAIL],
    ).send()


@transaction.atomic
def attendance_record(*, event: Event, by, actual_visitors: int | None, present_ids: list[int] | None = None) -> Event:
    """Record the number of visitors and which registrants came (``None``: the check-ins stay as they are)."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    locked.actual_visitors = actual_visitors
    # Not a new version: the edit form does not hold the visitors, so an editor's open form stays valid.
    by_user(locked, by).save(update_fields=["actual_visitors", "updated"])
    if present_ids is None:
        return locked
    for registration in locked.registrations.filter(status=Registration.Status.CONFIRMED):
        present = registration.pk in present_ids
        if registration.checked_in != present:
            registration.checked_in = present
            by_user(registration, by).save(update_fields=["checked_in"])
    return locked


@transaction.atomic
def checkin_set(*, registration: Registration, by, arrived: bool = True) -> Event:
    """At the door: a confirmed registrant arrived (or, to correct a tap, did not). Setting, not toggling, so a
    tap sent twice (a phone that lost its connection) counts once. The visitor count follows (``_count_visitors``)."""
    locked = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.get(pk=registration.pk)
    if registration.status != Registration.Status.CONFIRMED:
        raise ValidationError(_("{name} has no confirmed place.").format(name=registration.name), code="not_confirmed")
    if registration.checked_in != arrived:
        registration.checked_in = arrived
        by_user(registration, by).save(update_fields=["checked_in"])
    return _count_visitors(locked, by=by)


@transaction.atomic
def walk_in_add(*, event: Event, by, count: int = 1) -> Event:
    """At the door: ``count`` visitors came without a registration (a negative count corrects a tap)."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    if locked.walk_ins + count < 0:
        raise ValidationError(_("There are no walk-ins to take off."), code="negative")
    locked.walk_ins += count
    return _count_visitors(locked, by=by)


def _count_visitors(locked: Event, *, by) -> Event:
    """The visitors of a checked-in event: the registrants who arrived plus the walk-ins (the figures read it)."""
    arrived = locked.registrations.filter(status=Registration.Status.CONFIRMED, checked_in=True).count()
    locked.actual_visitors = arrived + locked.walk_ins
    # Not a new version: an editor's open form stays valid (as attendance_record).
    by_user(locked, by).save(update_fields=["walk_ins", "actual_visitors", "updated"])
    return locked


def cancel_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_from_token(token: str) -> int | None:
    """The registration id a cancel link carries, or None when the link was altered."""
    try:
        return int(signing.loads(token, salt=CANCEL_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def _send(registration: Registration, *, base_url: str, kind: str) -> None:
    """The confirmation, waiting-list or promotion e-mail, in the language the visitor registered in."""
    event = registration.event
    with translation.override(registration.language):
        event_url = base_url + reverse("events:detail", kwargs={"slug": event.slug})
        cancel_url = base_url + reverse("events:cancel", kwargs={"token": cancel_token(registration)})
        when = formats.date_format(timezone.localtime(event.start), "DATETIME_FORMAT")
        if kind == "waiting":
            subject = _("On the waiting list: {title}").format(title=event.title)
            opening = _(
                "All places for {title} are taken; you are on the waiting list. We will e-mail you as soon "
                "as a place becomes free."
            ).format(title=event.title)
        elif kind == "promoted":
            subject = _("A place became free: {title}").format(title=event.title)
            opening = _("Good news: a place became free and your registration for {title} is now confirmed.").format(
                title=event.title
            )
        else:
            subject = _("Registration confirmed: {title}").format(title=event.title)
            opening = _("Your registration for {title} is confirmed.").format(title=event.title)
        body = _(
            "Dear {name},\n\n{opening}\n\nWhen: {when}\nWhere: {place}\nEvent page: {event_url}\n\n"
            "Can you not come after all? Cancel your registration with this link, so that someone else can "
            "take your place:\n{cancel_url}\n\nInternational Office Deventer"
        ).format(
            name=registration.name,
            opening=opening,
            when=when,
            place=event.place,
            event_url=event_url,
            cancel_url=cancel_url,
        )
    # A title with a line break (typed or imported) would make the header invalid: a 500 after the commit.
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[registration.email],
        reply_to=[settings.INTERNATIONAL_OFFICE_EMAIL],
    ).send()


def registration_create(*, event: Event, name: str, email: str, language: str, base_url: str) -> Registration:
    """Register a visitor: confirmed while places are free, else on the waiting list (if any), else refused.

    The event row is locked for the count, so concurrent registrations are served one after another
    and the event is never overbooked. The e-mail goes out after the commit.
    """
    email = email.strip()
    try:
        with transaction.atomic():
            locked = Event.objects.select_for_update().get(pk=event.pk)
            if not locked.registration_open():
                raise ValidationError(_("Registration for this event is closed."), code="closed")
            confirmed = locked.registrations.filter(status=Registration.Status.CONFIRMED).count()
            if confirmed < locked.capacity:
                status = Registration.Status.CONFIRMED
            elif locked.waiting_list:
                status = Registration.Status.WAITING
            else:
                raise ValidationError(_("This event is full."), code="full")
            registration = Registration(
                event=locked, name=name.strip(), email=email, language=language[:8], status=status
            )
            # The unique address per event is checked by the database (IntegrityError below), not twice.
            registration.full_clean(validate_constraints=False)
            registration.save()
            transaction.on_commit(
                lambda: _send(
                    registration,
                    base_url=base_url,
                    kind="waiting" if status == Registration.Status.WAITING else "confirmed",
                )
            )
    except IntegrityError:
        raise ValidationError(
            _("{email} is already registered for this event.").format(email=email), code="duplicate"
        ) from None
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, base_url: str) -> Registration | None:
    """Cancel a registration; a freed place goes to the first on the waiting list, who is e-mailed.

    Returns the promoted registration, if any.
    """
    locked_event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.CANCELLED:
        return None
    freed = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if not freed or locked_event.is_past():
        return None
    promoted = _promote_from_waiting_list(locked_event, base_url=base_url)
    return promoted[0] if promoted else None
