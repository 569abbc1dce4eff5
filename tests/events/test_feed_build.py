"""The whole iCal feed is built once per version for all processes, and in one query whatever its size."""

import threading

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation
from icalendar import Calendar

from events import feeds
from tests.factories import EventFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [5, 50])
def test_the_feed_is_built_in_one_query_at_any_size(count, django_assert_num_queries):
    for day in range(count):
        EventFactory(start=in_days(day + 1), end=in_days(day + 1, 22), public=True)
    feed = feeds.public_feed(QueryDict(""))
    with translation.override("nl"), django_assert_num_queries(1):
        body = feeds.calendar(feed.events, name="Evenementen", base_url="https://example.org", host="example.org")
    assert len(Calendar.from_ical(body).walk("VEVENT")) == count


def test_a_second_request_waits_for_the_build_instead_of_building_again(monkeypatch):
    """Two requests for a version nobody built yet: one builds (behind the lock in the shared cache), the other
    gets its result. The builder here waits for a signal, so the second request surely comes in meanwhile."""
    builds, building, release = [], threading.Event(), threading.Event()

    def slow_build(events, **kwargs):
        builds.append(1)
        building.set()
        release.wait(10)
        return b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    monkeypatch.setattr(feeds, "calendar", slow_build)
    feed = feeds.Feed(events=None, filters="", count=0, last_modified=None)
    results = []

    def request():
        results.append(feeds.body(feed, key="events:feed:test", name="x", base_url="", host=""))

    first = threading.Thread(target=request)
    first.start()
    assert building.wait(10)
    second = threading.Thread(target=request)
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert builds == [1]
    assert results == [b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"] * 2
    assert cache.get("events:feed:test:building") is None, "the lock is released"
