"""Events, missions and delegations: series, festivals with sub-events, registrations and attendance."""

from __future__ import annotations

import datetime

from concurrency.fields import AutoIncVersionField
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names
from simple_history.models import HistoricalRecords

from events.querysets import EventQuerySet, RegistrationQuerySet
from partners.models import SEARCH_CONFIG, Country, GlobalGoal, Partner, Relation, Sector

#: Events are dated within these years. Python cannot read back a timestamp before year 1, and an
#: all-day event at the end of year 9999 has no day after it for its iCalendar DTEND: beyond these
#: bounds one typo (year 1 for 2021) would break every list and feed that loads the event.
FIRST_DATE = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)
AFTER_LAST_DATE = datetime.datetime(2201, 1, 1, tzinfo=datetime.UTC)


def validate_event_date(value: datetime.datetime) -> None:
    if value is not None and not (FIRST_DATE <= value < AFTER_LAST_DATE):
        raise ValidationError(_("Choose a date between 1900 and 2200."), code="out_of_range")


KINDS = [
    "concert",
    "festival",
    "lecture",
    "exhibition",
    "trade_mission",
    "incoming_delegation",
    "outgoing_delegation",
    "network_meeting",
    "themed_meeting",
    "exchange",
]


class Series(models.Model):
    """A recurring series of events, e.g. the world music series Deventer Internationaal."""

    name = models.CharField(_("name"), max_length=160, unique=True)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    """A public event, a mission or delegation, or a meeting; optionally with registration."""

    class Kind(models.TextChoices):
        CONCERT = "concert", _("concert")
        FESTIVAL = "festival", _("festival")
        LECTURE = "lecture", _("lecture or debate")
        EXHIBITION = "exhibition", _("exhibition")
        TRADE_MISSION = "trade_mission", _("trade mission")
        INCOMING_DELEGATION = "incoming_delegation", _("incoming delegation")
        OUTGOING_DELEGATION = "outgoing_delegation", _("outgoing delegation")
        NETWORK_MEETING = "network_meeting", _("network meeting")
        THEMED_MEETING = "themed_meeting", _("themed meeting")
        EXCHANGE = "exchange", _("exchange")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("kind of event"), max_length=24, choices=Kind.choices)
    start = models.DateTimeField(_("start"), validators=[validate_event_date])
    end = models.DateTimeField(_("end"), validators=[validate_event_date])
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Tick for events without fixed hours, such as a festival or a mission."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("E.g. De Leeuwenbrug or Burgerzaal."))
    city = models.CharField(_("city"), max_length=120, default="Deventer")
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="events", verbose_name=_("country"), default="NL"
    )
    organisers = models.ManyToManyField(
        Partner, blank=True, related_name="organised_events", verbose_name=_("organising partners")
    )
    sectors = models.ManyToManyField(Sector, blank=True, related_name="events", verbose_name=_("sectors"))
    actions = models.ManyToManyField(
        "agenda.Action", blank=True, related_name="events", verbose_name=_("related actions")
    )
    relations = models.ManyToManyField(
        Relation, blank=True, related_name="events", verbose_name=_("related international relations")
    )
    global_goals = models.ManyToManyField(GlobalGoal, blank=True, related_name="events", verbose_name=_("Global Goals"))
    description = models.TextField(_("description"), blank=True)
    image = models.ImageField(_("image"), upload_to="events/", blank=True)
    image_thumbnail = models.ImageField(_("image for lists"), upload_to="events/thumbs/", blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    public = models.BooleanField(
        _("public"), default=True, help_text=_("Shown on the public pages and in the calendar feeds.")
    )
    expected_visitors = models.PositiveIntegerField(_("expected visitors"), null=True, blank=True)
    actual_visitors = models.PositiveIntegerField(
        _("actual visitors"), null=True, blank=True, help_text=_("Recorded after the event.")
    )
    walk_ins = models.PositiveIntegerField(
        _("walk-ins"), default=0, help_text=_("Counted at the door: visitors who came without a registration.")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sub_events",
        verbose_name=_("part of (festival)"),
    )
    series = models.ForeignKey(
        Series, on_delete=models.PROTECT, null=True, blank=True, related_name="events", verbose_name=_("series")
    )
    registration_required = models.BooleanField(
        _("registration"), default=False, help_text=_("Visitors register on the event page.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("The number of places; required with registration.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=False,
        help_text=_("When all places are taken, further registrations wait for a free place."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_events",
        verbose_name=_("created by"),
    )
    #: Optimistic locking, as for actions: every save checks and raises this number (django-concurrency).
    version = AutoIncVersionField(
        _("version"), help_text=_("Raised by every save; an edit based on an older version is refused.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("venue", "city", "description", weight="B", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["search_vector", "updated", "image_thumbnail", "version"],
        m2m_fields=[organisers, sectors, actions, relations, global_goals],
    )

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            GinIndex(fields=["search_vector"], name="event_search_vector_gin"),
            models.Index(fields=["public", "end", "start"], name="event_public_end_start"),
            # The lists' orders (start, pk; past: -start, -pk) with the end for the upcoming/past split: a page's
            # keys come from the index alone.
            models.Index(fields=["public", "start", "id"], include=["end"], name="event_public_start_id"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=KINDS), name="event_kind_valid"),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="event_end_after_start",
                violation_error_message=_("The end is before the start."),
            ),
            models.CheckConstraint(
                condition=models.Q(start__gte=FIRST_DATE, end__lt=AFTER_LAST_DATE),
                name="event_dates_in_range",
                violation_error_message=_("Choose a date between 1900 and 2200."),
            ),
            models.CheckConstraint(
                condition=models.Q(expected_visitors__isnull=True) | models.Q(expected_visitors__gte=0),
                name="event_expected_visitors_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(actual_visitors__isnull=True) | models.Q(actual_visitors__gte=0),
                name="event_actual_visitors_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True) | models.Q(capacity__gte=0),
                name="event_capacity_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(registration_required=False) | models.Q(capacity__isnull=False),
                name="event_registration_has_capacity",
                violation_error_message=_("An event with registration needs a number of places."),
            ),
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="event_not_its_own_parent"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def abroad(self) -> bool:
        return is_abroad(self.country_id)

    @property
    def place(self) -> str:
        """Venue and city, plus the country when abroad."""
        return place(self.venue, self.city, self.country_id)

    def is_past(self, now: datetime.datetime | None = None) -> bool:
        return self.end < (now or timezone.now())

    def registration_open(self, now: datetime.datetime | None = None) -> bool:
        """Registration is asked for and the event has not started yet."""
        return self.registration_required and self.start > (now or timezone.now())


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


class Registration(models.Model):
    """A visitor's registration for an event: confirmed, on the waiting list, or cancelled."""

    Status = RegistrationStatus

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event"))
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8, default="nl")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED)
    checked_in = models.BooleanField(_("present"), default=False)
    created = models.DateTimeField(_("registered"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()
    # Who changed a status or a check-in, and when; the name and address are personal data and not copied (AVG).
    history = HistoricalRecords(excluded_fields=["name", "email"])

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["event", "status", "created"], name="registration_event_status")]
        constraints = [
            # One live registration per address and event (a cancelled one may register again).
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~models.Q(status=RegistrationStatus.CANCELLED),
                name="registration_unique_email_per_event",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=RegistrationStatus.values), name="registration_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.event}"


def place(venue: str, city: str, country_id: str) -> str:
    """Venue and city, plus the country when abroad (by code: no query for the country row). Also read by the
    feed, which does not build model instances."""
    parts = [part for part in (venue, city) if part]
    if is_abroad(country_id):
        parts.append(str(country_names.name(country_id)))
    return ", ".join(parts)


def is_abroad(country_id: str) -> bool:
    return country_id != "NL"
