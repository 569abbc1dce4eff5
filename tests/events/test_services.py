"""The events' services take plain values, never forms: what the views, the demo loader and a future API call.

An edit carries the version it started from (django-concurrency, as actions do): a stale one changes nothing.
"""

import pytest
from django.core.exceptions import ValidationError

from deventer_intl.roles import CIVIL_SERVANT
from events.models import Event
from events.services import EventConflict, event_create, event_update
from partners.models import Country, Sector
from tests.factories import PartnerFactory, RegistrationFactory, in_days, meeting

pytestmark = pytest.mark.django_db


def test_event_create_takes_values_and_records_who(make_user):
    by = make_user(CIVIL_SERVANT)
    organiser = PartnerFactory(name="Stichting NetSib")
    event = event_create(
        by=by,
        title="Matchmaking Sibiu",
        kind="network_meeting",
        start=in_days(10),
        end=in_days(10, 21),
        country=Country.objects.get(pk="NL"),
        organisers=[organiser],
        sectors=[Sector.objects.get(slug="ondernemers")],
    )
    event.refresh_from_db()
    assert event.slug == f"matchmaking-sibiu-{in_days(10).year}" and event.created_by == by
    assert event.city == "Deventer" and event.public and not event.registration_required  # the model's defaults
    assert list(event.organisers.all()) == [organiser]
    assert {entry.history_user for entry in event.history.all()} == {by}
    with pytest.raises(TypeError):
        event_create(
            by=by,
            title="X",
            kind="concert",
            start=in_days(1),
            end=in_days(1, 21),
            slug="x",
            country=Country.objects.get(pk="NL"),
            actual_visitors=10,
        )


def test_event_update_changes_only_what_it_is_given_and_bumps_the_version(make_user):
    by = make_user(CIVIL_SERVANT)
    event = meeting(title="Netwerkavond", venue="Stadhuis", sectors=["gemeente"])
    version = event.version
    event_update(event=event, by=by, version=version, base_url="http://testserver", venue="Burgerzaal")
    event.refresh_from_db()
    assert (event.title, event.venue, event.version) == ("Netwerkavond", "Burgerzaal", version + 1)
    assert list(event.sectors.values_list("slug", flat=True)) == ["gemeente"]
    assert event.history.order_by("-history_id").first().history_user == by


def test_an_edit_of_an_older_version_changes_nothing(make_user):
    by = make_user(CIVIL_SERVANT)
    event = meeting(title="Netwerkavond")
    stale = event.version
    event_update(event=event, by=by, version=stale, base_url="http://testserver", title="Netwerkavond 2027")
    with pytest.raises(EventConflict):
        event_update(
            event=event,
            by=by,
            version=stale,
            base_url="http://testserver",
            title="Mijn titel",
            sectors=[Sector.objects.get(slug="onderwijs")],
        )
    event.refresh_from_db()
    assert event.title == "Netwerkavond 2027" and not event.sectors.exists()


def test_the_capacity_check_reads_the_event_as_it_would_be_saved(make_user):
    by = make_user(CIVIL_SERVANT)
    event = meeting(capacity=2)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event)
    with pytest.raises(ValidationError) as refused:
        event_update(event=event, by=by, version=event.version, base_url="http://testserver", capacity=1)
    assert refused.value.error_dict.keys() == {"capacity"}
    # Without registration the places do not matter.
    event_update(
        event=event,
        by=by,
        version=event.version,
        base_url="http://testserver",
        capacity=None,
        registration_required=False,
    )
    assert Event.objects.get(pk=event.pk).capacity is None
