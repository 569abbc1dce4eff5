"""The database keeps the events' invariants, and visitor figures roll up without counting anyone twice."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from events import figures
from events.models import Event, Registration
from tests.factories import EventFactory, RegistrationFactory, SeriesFactory, local, meeting

pytestmark = pytest.mark.django_db


def refused(**fields) -> bool:
    """True when the database refuses an event with these fields (and nothing was stored)."""
    before = Event.objects.count()
    try:
        with transaction.atomic():
            EventFactory(**fields)
    except IntegrityError:
        assert Event.objects.count() == before
        return True
    return False


def test_end_before_start_is_refused():
    start = local(2026, 12, 10, 19, 30)
    assert refused(start=start, end=start - datetime.timedelta(minutes=1))
    assert not refused(start=start, end=start)  # an event of no length (a moment) is allowed


def test_dates_outside_1900_to_2200_are_refused():
    # Python cannot read back a timestamp before year 1, and an all-day event in 9999 has no next day for its .ics.
    assert refused(start=local(1899, 12, 31, 20), end=local(1900, 1, 1, 2))
    assert refused(start=local(2200, 12, 31, 20), end=local(2201, 1, 1, 2))
    assert not refused(start=local(1900, 1, 1, 12), end=local(2200, 12, 31, 20))


def test_capacity_and_visitor_counts_are_never_negative():
    assert refused(capacity=-1)
    assert refused(expected_visitors=-5)
    assert refused(actual_visitors=-1)
    assert not refused(capacity=0, registration_required=True)


def test_registration_needs_a_capacity_and_the_kind_must_be_known():
    assert refused(registration_required=True, capacity=None)
    assert refused(kind="picnic")


def test_an_event_is_not_its_own_festival():
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(parent=event.pk)
    assert Event.objects.get(pk=event.pk).parent_id is None


def test_one_live_registration_per_address_and_event_case_insensitive():
    event = meeting()
    RegistrationFactory(event=event, email="ioana@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=event, email="Ioana@Example.org")
    # A cancelled registration does not block registering again.
    Registration.objects.filter(event=event).update(status="cancelled")
    RegistrationFactory(event=event, email="IOANA@example.org")
    assert event.registrations.count() == 2


def test_a_festival_rolls_up_its_own_and_its_sub_events_visitors():
    festival = EventFactory(
        kind="festival",
        title="Focus op Roemenië",
        actual_visitors=None,
        start=local(2019, 11, 15, 10),
        end=local(2019, 12, 15, 22),
    )
    for visitors in (150, 120, None, 80):
        EventFactory(
            parent=festival, actual_visitors=visitors, start=local(2019, 11, 20, 20), end=local(2019, 11, 20, 22)
        )
    EventFactory(actual_visitors=999, start=local(2019, 11, 20, 20), end=local(2019, 11, 20, 22))  # not a sub-event
    assert figures.festival_visitors(festival) == 350
    festival.actual_visitors = 50  # visitors of the festival's own programme, not at a sub-event
    festival.save()
    rolled = Event.objects.with_visitors().get(pk=festival.pk)
    assert (rolled.sub_event_visitors, rolled.visitors_total) == (350, 400)


def test_figures_per_year_kind_and_series_count_each_visitor_once():
    series = SeriesFactory(name="Wereldmuziekserie Deventer Internationaal")
    for month in range(1, 11):
        EventFactory(
            series=series, actual_visitors=150, start=local(2019, month, 13, 15), end=local(2019, month, 13, 17)
        )
    EventFactory(series=series, actual_visitors=140, start=local(2018, 12, 9, 15), end=local(2018, 12, 9, 17))
    festival = EventFactory(
        kind="festival", actual_visitors=None, start=local(2019, 11, 15, 10), end=local(2019, 12, 15, 22)
    )
    EventFactory(
        parent=festival, kind="lecture", actual_visitors=70, start=local(2019, 11, 19, 20), end=local(2019, 11, 19, 22)
    )
    # New Year's Eve party crossing midnight local time: counts in 2019 (its start, Amsterdam time), not 2020.
    EventFactory(kind="festival", actual_visitors=300, start=local(2019, 12, 31, 23, 30), end=local(2020, 1, 1, 2))
    EventFactory(kind="lecture", actual_visitors=None, start=local(2019, 6, 1, 20), end=local(2019, 6, 1, 22))

    assert figures.per_year() == [
        {"year": 2018, "events": 1, "recorded": 1, "visitors": 140},
        {"year": 2019, "events": 14, "recorded": 12, "visitors": 1500 + 70 + 300},
    ]
    kinds = {row["kind"]: (row["events"], row["visitors"]) for row in figures.per_kind(year=2019)}
    assert kinds == {"concert": (10, 1500), "festival": (2, 300), "lecture": (2, 70)}
    assert figures.per_series() == [
        {"series": series.name, "slug": series.slug, "year": 2018, "events": 1, "visitors": 140},
        {"series": series.name, "slug": series.slug, "year": 2019, "events": 10, "visitors": 1500},
    ]
