"""iCalendar (RFC 5545) output with the ``icalendar`` library: one VEVENT per event, times in Europe/Amsterdam.

Every VEVENT has a stable UID, DTSTAMP, DTSTART/DTEND with TZID=Europe/Amsterdam (the VTIMEZONE, as yearly
rules at the real moments the clocks change, comes from vtimezone.py, so calendar apps get summer and winter time right),
SUMMARY, LOCATION, DESCRIPTION and the URL of the event page. All-day events are DATE values.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from events.models import Event
from events.vtimezone import add_timezones

ZONE = ZoneInfo(settings.TIME_ZONE)


def uid(event: Event, host: str) -> str:
    return f"event-{event.pk}@{host}"


def vevent(event: Event, *, base_url: str, host: str, stamp: datetime.datetime) -> VEvent:
    item = VEvent()
    item.add("uid", uid(event, host))
    item.add("dtstamp", stamp)
    start, end = event.start.astimezone(ZONE), event.end.astimezone(ZONE)
    if event.all_day:
        item.add("dtstart", start.date())
        # DTEND of an all-day event is exclusive: the day after the last day.
        item.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        item.add("dtstart", start)
        item.add("dtend", end)
    item.add("summary", event.title)
    if event.place:
        item.add("location", event.place)
    url = base_url + event.get_absolute_url()
    item.add("description", f"{event.description}\n\n{url}".strip())
    item.add("url", url)
    item.add("last-modified", event.updated)
    return item


def calendar(events: Iterable[Event], *, name: str, base_url: str, host: str) -> bytes:
    """A VCALENDAR with the events and the VTIMEZONE their times refer to."""
    cal = Calendar()
    cal.add("prodid", "-//International Office Deventer//events//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for event in events:
        cal.add_component(vevent(event, base_url=base_url, host=host, stamp=stamp))
    add_timezones(cal)
    return cal.to_ical()
