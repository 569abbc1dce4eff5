"""The VTIMEZONE our calendars refer to: Europe/Amsterdam as yearly rules at the real moments the clocks change.

``icalendar``'s ``add_missing_timezones()`` writes each change as a list of RDATEs up to 2038, and puts the
spring change at 03:00 where RFC 5545 wants the local time *before* it (02:00 CET): a reader that takes DTSTART
literally starts summer time an hour late, and one that reads RDATEs only to 2038 loses it after that. Calendar
apps expect the form that tzurl.org and the apps themselves publish: a DAYLIGHT and a STANDARD part with an
RRULE each. Europe/Amsterdam follows the EU rule since 1981 (last Sunday of March at 01:00 UTC, 02:00 CET →
03:00 CEST) and, since 1996, the last Sunday of October (01:00 UTC, 03:00 CEST → 02:00 CET); from 1981 to 1995
summer time ended on the last Sunday of September. ``tests/events/test_vtimezone.py`` checks every hour around
every change from 1981 to 2100 against the zone database with two independent parsers (icalendar and vobject).
"""

from __future__ import annotations

from icalendar import Calendar, Timezone

AMSTERDAM = "Europe/Amsterdam"

#: RFC 5545 §3.6.5: DTSTART is the local time, in the offset *before* the change, at which the change happens;
#: the September rule runs 15 times (1981-1995): COUNT, because parsers disagree on how an UTC UNTIL compares with a
#: local DTSTART.
AMSTERDAM_VTIMEZONE = """\
BEGIN:VCALENDAR
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19810927T030000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU;COUNT=15
END:STANDARD
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
"""


def vtimezone(tzid: str) -> Timezone:
    """The VTIMEZONE component for ``tzid``: Europe/Amsterdam as the rules above; another zone (only if the site's
    TIME_ZONE is ever changed) as the library writes it from the zone database."""
    if tzid == AMSTERDAM:
        return Calendar.from_ical(AMSTERDAM_VTIMEZONE).walk("VTIMEZONE")[0]
    return Timezone.from_tzid(tzid)


def add_timezones(cal: Calendar) -> None:
    """Add a VTIMEZONE for every TZID the calendar's components use, before the events (as
    ``add_missing_timezones`` does, with ours): a reader that resolves TZIDs while it reads finds them first."""
    present = {str(zone["TZID"]) for zone in cal.walk("VTIMEZONE")}
    cal.subcomponents[:0] = [vtimezone(tzid) for tzid in sorted(set(cal.get_used_tzids()) - present)]
