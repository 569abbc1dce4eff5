"""The demo events carry the figures of the five-year report, and loading them twice changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events import figures
from events.models import Event, Series
from partners.models import Relation

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Event.objects.count(),
        Relation.objects.count(),
        Series.objects.count(),
        Event.organisers.through.objects.count(),
        Event.sectors.through.objects.count(),
    )


def test_demo_events_match_the_report_and_load_idempotently(client):
    call_command("load_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == first
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "events not loaded" in out.getvalue() and snapshot() == first

    romania = Event.objects.get(slug="focus-op-roemenie-2019")
    assert romania.sub_events.count() >= 20
    assert figures.festival_visitors(romania) == 1750
    assert Event.objects.get(slug="focus-op-indonesie-2017").actual_visitors == 5000
    assert {e.start.year: e.actual_visitors for e in Event.objects.filter(title__startswith="Festival de Ori")} == {
        2015: 1500,
        2016: 2000,
    }
    assert sorted(
        Event.objects.filter(title__startswith="Deventer Wereldstad").values_list("actual_visitors", flat=True)
    ) == [1000, 1000]
    music = {row["year"]: row for row in figures.per_series() if row["series"].startswith("Wereldmuziekserie")}
    assert (music[2019]["events"], music[2019]["visitors"]) == (10, 1500)
    # The report's "Duitsland 4x, Roemenië 2x" covers 2015-2020; the 2021 trip to Malmö and Göteborg comes after.
    missions = Event.objects.filter(kind="trade_mission", start__year__lt=2021)
    assert sorted(missions.values_list("country", flat=True)) == ["DE"] * 4 + ["RO"] * 2
    incoming = set(Event.objects.filter(kind="incoming_delegation").values_list("relations__slug", flat=True))
    assert {"bukomansimbi", "rostock", "sibiu"} <= incoming
    hanze = {e.city for e in Event.objects.filter(title__startswith="Internationale Hanzedagen")}
    assert hanze == {"Bergen", "Kampen", "Rostock", "Riga"}
    assert Event.objects.filter(kind="themed_meeting", global_goals__isnull=False).exists()

    now = timezone.now()
    upcoming_meeting = Event.objects.upcoming(now).filter(kind="network_meeting", registration_required=True).first()
    assert upcoming_meeting is not None and upcoming_meeting.capacity > 0
    assert Event.objects.past(now).count() > Event.objects.upcoming(now).count() > 3
    page = client.get(reverse("events:list"))
    assert upcoming_meeting in list(page.context["page_obj"])
