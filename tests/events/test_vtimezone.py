"""The VTIMEZONE for Europe/Amsterdam, read by two independent parsers (icalendar, and vobject on dateutil) and
checked against the zone database (zoneinfo) at every half hour around every change from 1981 to 2100; and the
feed read by vobject puts summer and winter events at the right moment."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import vobject
from django.urls import reverse
from icalendar import Calendar, Timezone

from events.vtimezone import AMSTERDAM_VTIMEZONE, vtimezone
from tests.factories import EventFactory, local

UTC = datetime.UTC
ZONE = ZoneInfo("Europe/Amsterdam")
HOST = "portal.example.org"


def parsed_by_icalendar(text: str) -> datetime.tzinfo:
    return Calendar.from_ical(text).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)


def parsed_by_vobject(text: str) -> datetime.tzinfo:
    return vobject.readOne(text).vtimezone.gettzinfo()


def moments_around_the_changes():
    """Every half hour (UTC) of the last eight days of March, September and October, 1981-2100."""
    for year in range(1981, 2101):
        for month in (3, 9, 10):
            moment = datetime.datetime(year, month, 24, tzinfo=UTC)
            while moment.month == month:
                yield moment
                moment += datetime.timedelta(minutes=30)


def wrong_moments(tz: datetime.tzinfo) -> list[datetime.datetime]:
    """The moments at which ``tz`` shows another wall-clock time or offset than the zone database."""
    wrong = []
    for moment in moments_around_the_changes():
        truth, ours = moment.astimezone(ZONE), moment.astimezone(tz)
        if (truth.replace(tzinfo=None), truth.utcoffset()) != (ours.replace(tzinfo=None), ours.utcoffset()):
            wrong.append(moment)
    return wrong


@pytest.mark.parametrize("parse", [parsed_by_icalendar, parsed_by_vobject], ids=["icalendar", "vobject"])
def test_every_change_from_1981_to_2100_is_at_the_real_moment(parse):
    assert wrong_moments(parse(AMSTERDAM_VTIMEZONE)) == []


@pytest.mark.parametrize("parse", [parsed_by_icalendar, parsed_by_vobject], ids=["icalendar", "vobject"])
def test_local_times_get_the_offset_of_the_zone_database(parse):
    tz = parse(AMSTERDAM_VTIMEZONE)
    # Just before and after each change of 2026, and a summer and a winter evening far ahead.
    for naive in [
        datetime.datetime(2026, 3, 29, 1, 59),
        datetime.datetime(2026, 3, 29, 3, 0),
        datetime.datetime(2026, 10, 25, 1, 59),
        datetime.datetime(2026, 10, 25, 3, 0),
        datetime.datetime(2061, 7, 1, 20, 0),
        datetime.datetime(2061, 12, 1, 20, 0),
    ]:
        assert naive.replace(tzinfo=tz).utcoffset() == naive.replace(tzinfo=ZONE).utcoffset(), naive


def test_the_rules_are_rrules_at_the_local_time_before_each_change():
    zone = vtimezone("Europe/Amsterdam")
    parts = {
        (part.name, part["dtstart"].to_ical().decode(), part["rrule"].to_ical().decode()) for part in zone.subcomponents
    }
    assert ("DAYLIGHT", "19810329T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3") in parts
    assert ("STANDARD", "19961027T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10") in parts
    assert not any("rdate" in part for part in zone.subcomponents)


def test_the_librarys_own_vtimezone_is_what_was_wrong():
    """Why we write our own: the zone-database export puts the spring change an hour late (and stops at 2038)."""
    calendar = Calendar()
    calendar.add_component(Timezone.from_tzid("Europe/Amsterdam"))
    wrong = wrong_moments(parsed_by_vobject(calendar.to_ical().decode()))
    assert datetime.datetime(2026, 3, 29, 1, 0, tzinfo=UTC) in wrong


@pytest.mark.django_db
def test_the_feed_read_by_vobject_puts_summer_and_winter_events_at_the_right_moment(client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    EventFactory(title="Zomeravond", start=local(2026, 7, 2, 20, 0), end=local(2026, 7, 2, 23, 0))
    EventFactory(title="Winteravond", start=local(2026, 12, 3, 20, 0), end=local(2026, 12, 3, 23, 0))
    EventFactory(title="Lentenacht", start=local(2027, 3, 27, 22, 0), end=local(2027, 3, 28, 4, 0))
    response = client.get(reverse("events:feed"), HTTP_HOST=HOST)
    text = response.content.decode()
    assert text.count("BEGIN:VTIMEZONE") == 1 and text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    events = {str(item.summary.value): item for item in vobject.readOne(text).vevent_list}
    starts = {title: item.dtstart.value.astimezone(UTC) for title, item in events.items()}
    assert starts["Zomeravond"] == datetime.datetime(2026, 7, 2, 18, 0, tzinfo=UTC)
    assert starts["Winteravond"] == datetime.datetime(2026, 12, 3, 19, 0, tzinfo=UTC)
    assert starts["Lentenacht"] == datetime.datetime(2027, 3, 27, 21, 0, tzinfo=UTC)
    assert events["Lentenacht"].dtend.value.astimezone(UTC) == datetime.datetime(2027, 3, 28, 2, 0, tzinfo=UTC)
