"""The public calendar feeds: which events match the list's filters, which version of them that is, and the
feed's iCalendar body, built once per version for all processes (the view only answers).
"""

from __future__ import annotations

import datetime
import functools
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, F, Func, Max, Value
from django.urls import reverse
from django.utils import timezone

from events.filters import EventFilter
from events.models import Event, place
from events.querysets import EventQuerySet
from events.vtimezone import vtimezone as zone_rules

#: What a feed entry shows (see ical.py): the rest of the row is not read.
FEED_FIELDS = [
    "pk",
    "slug",
    "title",
    "start",
    "end",
    "all_day",
    "venue",
    "city",
    "country_id",
    "description",
    "updated",
]


@dataclass(frozen=True)
class Feed:
    """The public events matching some filters, with what names this version of them."""

    #: The matching events, oldest first (none when the filters are invalid).
    events: EventQuerySet
    #: The valid filters, normalised: ``?kind=concert&x=1`` and ``?x=2&kind=concert`` are one feed.
    filters: str
    #: How many events match, and when the latest of them changed: together the feed's version. The count
    #: moves when an event leaves the feed (deleted, unpublished), which the latest change alone would miss.
    count: int
    last_modified: datetime.datetime | None

    @property
    def version(self) -> str:
        return f"{self.filters}|{self.count}|{self.last_modified.isoformat() if self.last_modified else ''}"


def public_feed(data) -> Feed:
    """The public events (past and coming) that the event list's filters in ``data`` (a query dict) select;
    none when the filters are invalid. Reads the version in one aggregate query; the events are not read yet."""
    queryset = Event.objects.public().only(*FEED_FIELDS)
    filterset = EventFilter(data, queryset=queryset)
    if filterset.is_valid():
        events, filters = filterset.qs.order_by("start", "pk"), normalised_filters(filterset.form.cleaned_data)
    else:
        events, filters = queryset.none(), "invalid"
    version = events.aggregate(count=Count("pk"), latest=Max("updated"))
    return Feed(events=events, filters=filters, count=version["count"], last_modified=version["latest"])


def normalised_filters(cleaned_data: dict) -> str:
    """The filled-in filters in a fixed order, their values lowercased with single spaces; unknown or empty
    parameters do not count."""
    chosen = []
    for name, value in sorted(cleaned_data.items()):
        if value in (None, ""):
            continue
        value = getattr(value, "pk", value)
        chosen.append(f"{name}={' '.join(str(value).lower().split())}")
    return "&".join(chosen)


# --------------------------------------------------------------------------------------
# The feed's body: built fast, once per version for all processes
# --------------------------------------------------------------------------------------

#: A built feed is kept this long; its key holds its version, so an edit never serves an old one.
FEED_CACHE_SECONDS = 24 * 3600
#: How long one process may take to build a feed before another one may try (a crashed builder).
BUILD_LOCK_SECONDS = 60
ZONE_NAME = settings.TIME_ZONE


def body(feed: Feed, *, key: str, name: str, base_url: str, host: str) -> bytes:
    """The iCalendar bytes of ``feed`` from the shared cache under ``key`` (which names its version, language and
    host), built once for all processes: the first request takes a lock in the cache and builds, the others wait
    for its result instead of building the same feed at the same time."""
    found = cache.get(key)
    if found is not None:
        return found
    lock = f"{key}:building"
    deadline = time.monotonic() + BUILD_LOCK_SECONDS
    while not cache.add(lock, "1", BUILD_LOCK_SECONDS):
        if time.monotonic() > deadline:
            break  # the builder died: build it here
        time.sleep(0.05)
        found = cache.get(key)
        if found is not None:
            return found
    try:
        built = calendar(feed.events, name=name, base_url=base_url, host=host)
        cache.set(key, built, FEED_CACHE_SECONDS)
    finally:
        cache.delete(lock)
    return built


def calendar(events: EventQuerySet, *, name: str, base_url: str, host: str) -> bytes:
    """A VCALENDAR of ``events`` with the VTIMEZONE their times refer to.

    The same properties and values as ``ical.vevent`` (which the single-event .ics uses), written straight from
    the rows: building 18,000 events through ``icalendar`` components took 6-15 s (objects per property and
    parameter, a URL reversed per event); here PostgreSQL formats the times in the zone and Python joins lines.
    tests/events/test_ical.py parses the result back with the library."""
    stamp = _utc(timezone.now())
    detail = reverse("events:detail", kwargs={"slug": "SLUG"})
    head, tail = detail.split("SLUG")
    out = [
        b"BEGIN:VCALENDAR\r\n",
        _line("PRODID", "-//International Office Deventer//events//NL"),
        b"VERSION:2.0\r\n",
        b"CALSCALE:GREGORIAN\r\n",
        _line("X-WR-CALNAME", _text(str(name))),
        _line("X-WR-TIMEZONE", ZONE_NAME),
        vtimezone(),
    ]
    rows = events.values_list("pk", "slug", "title", "all_day", "venue", "city", "country_id", "description").annotate(
        local_start=_formatted("start", 'YYYYMMDD"T"HH24MISS'),
        local_end=_formatted("end", 'YYYYMMDD"T"HH24MISS'),
        first_day=_formatted("start", "YYYYMMDD"),
        day_after=_formatted("end", "YYYYMMDD", plus_one_day=True),
        changed=_formatted("updated", 'YYYYMMDD"T"HH24MISS"Z"', zone="UTC"),
    )
    for pk, slug, title, all_day, venue, city, country, description, *times in rows.iterator(chunk_size=2000):
        local_start, local_end, first_day, day_after, changed = times
        url = f"{base_url}{head}{slug}{tail}"
        out.append(b"BEGIN:VEVENT\r\n")
        out.append(_line("UID", f"event-{pk}@{host}"))
        out.append(f"DTSTAMP:{stamp}\r\n".encode())
        if all_day:
            # DTEND of an all-day event is exclusive: the day after the last day.
            out.append(f"DTSTART;VALUE=DATE:{first_day}\r\nDTEND;VALUE=DATE:{day_after}\r\n".encode())
        else:
            out.append(f"DTSTART;TZID={ZONE_NAME}:{local_start}\r\nDTEND;TZID={ZONE_NAME}:{local_end}\r\n".encode())
        out.append(_line("SUMMARY", _text(title)))
        where = place(venue, city, country)
        if where:
            out.append(_line("LOCATION", _text(where)))
        out.append(_line("DESCRIPTION", _text(f"{description}\n\n{url}".strip())))
        out.append(_line("URL", url))
        out.append(f"LAST-MODIFIED:{changed}\r\n".encode())
        out.append(b"END:VEVENT\r\n")
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


@functools.cache
def vtimezone() -> bytes:
    """The VTIMEZONE of the site's zone as yearly rules at the real moments the clocks change (events/vtimezone.py,
    the same as every other calendar file of the site; it never changes while the process runs)."""
    return zone_rules(ZONE_NAME).to_ical()


def _formatted(field: str, pattern: str, *, zone: str = ZONE_NAME, plus_one_day: bool = False) -> Func:
    """``field`` as local time in ``zone``, formatted by PostgreSQL (``to_char``)."""
    local = Func(F(field), Value(zone), arg_joiner=" AT TIME ZONE ", template="(%(expressions)s)")
    if plus_one_day:
        local = Func(local, template="((%(expressions)s)::date + 1)")
    return Func(local, Value(pattern), function="to_char", output_field=CharField())


def _text(value: str) -> str:
    """RFC 5545 TEXT escaping (3.3.11): backslash, semicolon, comma; every line break as ``\\n``."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _utc(moment: datetime.datetime) -> str:
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def _line(name: str, value: str) -> bytes:
    """One content line, folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character."""
    line = f"{name}:{value}".encode()
    if len(line) <= 75:
        return line + b"\r\n"
    parts, start, limit = [], 0, 75
    while start < len(line):
        end = min(start + limit, len(line))
        while end < len(line) and (line[end] & 0xC0) == 0x80:  # never between the bytes of one character
            end -= 1
        parts.append(line[start:end])
        start, limit = end, 74  # continuation lines start with a space
    return b"\r\n ".join(parts) + b"\r\n"
