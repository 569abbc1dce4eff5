"""The iCalendar output, parsed back by the ``icalendar`` library: valid, complete, right across summer/winter time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.factories import EventFactory, local

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
HOST = "portal.example.org"


@pytest.fixture(autouse=True)
def host(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]


def fetch(client, url) -> Calendar:
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(item["summary"]): item for item in calendar.walk("VEVENT")}


@pytest.fixture
def dst_events():
    """Events across both changes of 2026/2027: the last Sunday of October (25 Oct 2026, 03:00 CEST -> 02:00 CET)
    and the last Sunday of March (28 Mar 2027, 02:00 CET -> 03:00 CEST)."""
    autumn = EventFactory(
        title="Nachtconcert herfst",
        slug="nachtconcert-herfst",
        start=local(2026, 10, 24, 22, 0),
        end=local(2026, 10, 25, 4, 0),
    )
    spring = EventFactory(
        title="Nachtconcert lente",
        slug="nachtconcert-lente",
        start=local(2027, 3, 27, 22, 0),
        end=local(2027, 3, 28, 4, 0),
    )
    return autumn, spring


def test_feed_times_are_right_across_both_dst_changes(client, dst_events):
    items = vevents(fetch(client, reverse("events:feed")))
    autumn, spring = items["Nachtconcert herfst"], items["Nachtconcert lente"]
    # 22:00 CEST is 20:00 UTC; 04:00 after the autumn change is CET, so 03:00 UTC: a six-hour night has 7 hours.
    assert autumn.decoded("dtstart").astimezone(UTC) == datetime.datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
    assert autumn.decoded("dtend").astimezone(UTC) == datetime.datetime(2026, 10, 25, 3, 0, tzinfo=UTC)
    # In spring the night is an hour shorter: 22:00 CET = 21:00 UTC, 04:00 CEST = 02:00 UTC.
    assert spring.decoded("dtstart").astimezone(UTC) == datetime.datetime(2027, 3, 27, 21, 0, tzinfo=UTC)
    assert spring.decoded("dtend").astimezone(UTC) == datetime.datetime(2027, 3, 28, 2, 0, tzinfo=UTC)
    # The times are written in local time with their zone, which the calendar defines in a VTIMEZONE.
    assert autumn["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert autumn["dtstart"].to_ical() == b"20261024T220000"
    assert autumn["dtend"].to_ical() == b"20261025T040000"


def test_feed_has_a_vtimezone_with_summer_and_winter_time(client, dst_events):
    calendar = fetch(client, reverse("events:feed"))
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["tzid"]) for zone in zones] == ["Europe/Amsterdam"]
    offsets = {(component.name, component["tzoffsetto"].to_ical()) for component in zones[0].subcomponents}
    assert ("DAYLIGHT", "+0200") in offsets and ("STANDARD", "+0100") in offsets
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]


def test_every_vevent_has_uid_stamp_summary_location_description_and_a_link_back(client):
    event = EventFactory(
        title="Hanzedagen Riga",
        kind="outgoing_delegation",
        city="Riga",
        country_id="LV",
        venue="",
        description="Handelsreis met MKB Deventer.",
    )
    first = vevents(fetch(client, reverse("events:feed")))["Hanzedagen Riga"]
    again = vevents(fetch(client, reverse("events:feed")))["Hanzedagen Riga"]
    page = f"http://{HOST}{event.get_absolute_url()}"
    assert str(first["uid"]) == f"event-{event.pk}@{HOST}" == str(again["uid"])
    assert first["dtstamp"]
    assert str(first["location"]) == "Riga, Letland"
    assert str(first["url"]) == page
    assert "Handelsreis met MKB Deventer." in str(first["description"]) and page in str(first["description"])


def test_all_day_events_are_dates_with_an_exclusive_end(client):
    EventFactory(title="Focus op Indonesië", all_day=True, start=local(2017, 11, 1, 10), end=local(2017, 12, 17, 22))
    item = vevents(fetch(client, reverse("events:feed")))["Focus op Indonesië"]
    assert item.decoded("dtstart") == datetime.date(2017, 11, 1)
    assert item.decoded("dtend") == datetime.date(2017, 12, 18)


def test_the_filtered_list_has_an_ics_twin_with_the_same_query(client):
    EventFactory(title="Concert", kind="concert", sectors=["cultuur-toerisme"])
    EventFactory(title="Missie", kind="trade_mission", sectors=["ondernemers"], city="Rostock", country_id="DE")
    EventFactory(title="Verborgen missie", kind="trade_mission", public=False)
    page = client.get(reverse("events:list") + "?q=&kind=trade_mission&sector=")  # as the filter form sends it
    assert page.context["ics_url"] == reverse("events:feed") + "?kind=trade_mission"
    assert set(vevents(fetch(client, page.context["ics_url"]))) == {"Missie"}
    assert set(vevents(fetch(client, reverse("events:feed") + "?country=de&sector=ondernemers"))) == {"Missie"}
    assert set(vevents(fetch(client, reverse("events:feed")))) == {"Concert", "Missie"}
    # An invalid filter yields an empty, still valid calendar.
    assert vevents(fetch(client, reverse("events:feed") + "?kind=picnic")) == {}


def test_one_ics_per_event_and_none_for_a_hidden_event(client):
    event = EventFactory(title="Netwerkbijeenkomst")
    hidden = EventFactory(title="In voorbereiding", public=False)
    items = vevents(fetch(client, reverse("events:ics", kwargs={"slug": event.slug})))
    assert list(items) == ["Netwerkbijeenkomst"]
    assert client.get(reverse("events:ics", kwargs={"slug": hidden.slug})).status_code == 404
    assert "In voorbereiding" not in vevents(fetch(client, reverse("events:feed")))


def test_times_also_right_when_the_site_runs_in_another_zone(client, settings, dst_events):
    settings.TIME_ZONE = "America/New_York"
    item = vevents(fetch(client, reverse("events:feed")))["Nachtconcert herfst"]
    # The feed always speaks Europe/Amsterdam: the events are in Deventer's own time.
    assert item["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert item.decoded("dtstart").astimezone(ZoneInfo("Europe/Amsterdam")).hour == 22


def test_the_feed_answers_304_to_a_calendar_that_has_this_version_and_changes_with_the_events(
    client, django_assert_max_num_queries
):
    from django.core.cache import cache

    cache.clear()
    event = EventFactory(title="Concert")
    first = client.get(reverse("events:feed"), HTTP_HOST=HOST)
    etag = first["ETag"]
    again = client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    with django_assert_max_num_queries(2):  # the filter's country choices and the version; the body is cached
        cached = client.get(reverse("events:feed"), HTTP_HOST=HOST)
    assert cached.content == first.content
    event.title = "Concert (verplaatst)"
    event.save()
    changed = client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert set(vevents(Calendar.from_ical(changed.content))) == {"Concert (verplaatst)"}
    EventFactory(title="Nieuw", public=False)
    assert client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=changed["ETag"]).status_code == 304
    event.delete()
    assert client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=changed["ETag"]).status_code == 200


def test_extra_or_reordered_parameters_do_not_build_the_feed_again(client, django_assert_max_num_queries):
    """The cache is keyed by the valid filters, not the raw query string: ``?kind=concert&x=1``, ``&x=2`` …
    would otherwise each build (seconds at scale) and keep another copy of the feed in memory."""
    from django.core.cache import cache

    cache.clear()
    EventFactory(title="Concert", kind="concert")
    EventFactory(title="Lezing", kind="lecture")
    first = client.get(reverse("events:feed") + "?kind=concert", HTTP_HOST=HOST)
    assert set(vevents(Calendar.from_ical(first.content))) == {"Concert"}
    for query in ("?kind=concert&x=1", "?x=2&kind=concert", "?kind=concert&page=3&q=&organiser="):
        with django_assert_max_num_queries(2):  # the filter's country choices and the version; the body is cached
            again = client.get(reverse("events:feed") + query, HTTP_HOST=HOST)
        assert again.content == first.content and again["ETag"] == first["ETag"]
    # A different filter is a different feed.
    other = client.get(reverse("events:feed") + "?kind=lecture", HTTP_HOST=HOST)
    assert set(vevents(Calendar.from_ical(other.content))) == {"Lezing"} and other["ETag"] != first["ETag"]


def test_a_weak_or_listed_validator_of_this_version_also_gets_304_and_other_methods_are_refused(client):
    """Proxies may weaken an ETag (``W/"…"``) and clients may send several: Django's condition() compares weakly."""
    EventFactory(title="Concert")
    etag = client.get(reverse("events:feed"), HTTP_HOST=HOST)["ETag"]
    for header in (f"W/{etag}", f'"ouder", {etag}', "*"):
        response = client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=header)
        assert response.status_code == 304, header
        assert response["ETag"] == etag and response["Cache-Control"] == "public, max-age=300"
    assert client.get(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH='W/"ouder"').status_code == 200
    assert client.head(reverse("events:feed"), HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.post(reverse("events:feed"), HTTP_HOST=HOST).status_code == 405


def test_the_feed_read_layer_gives_the_events_and_their_version_without_a_request():
    """What a future JSON endpoint reuses: the filtering and the version live in events/feeds.py, not in the view."""
    from django.http import QueryDict

    from events import feeds

    concert = EventFactory(title="Concert", kind="concert")
    EventFactory(title="Lezing", kind="lecture")
    EventFactory(title="Verborgen concert", kind="concert", public=False)
    feed = feeds.public_feed(QueryDict("kind=concert&x=1&q="))
    assert list(feed.events) == [concert] and feed.count == 1 and feed.filters == "kind=concert"
    assert feed.last_modified == concert.updated
    assert feeds.public_feed(QueryDict("x=2&kind=concert")).version == feed.version
    invalid = feeds.public_feed(QueryDict("kind=picnic"))
    assert list(invalid.events) == [] and invalid.filters == "invalid" and invalid.count == 0
