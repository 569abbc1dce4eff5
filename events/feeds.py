"""The read layer of the public calendar feeds: which events match the list's filters, and which version of
them that is. The iCalendar view (and any other format of the same feed) asks here, and only renders.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max

from events.filters import EventFilter
from events.models import Event
from events.querysets import EventQuerySet

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
