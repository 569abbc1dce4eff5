"""What the UX review asked of the event pages: a registered state with a way to cancel, "I registered for" on
My events, attendance as a table with "all present", a festival listed once in the calendar, past matches of a
search, folded history lines, paging of My events, and numbers and dates in the language's own format."""

import datetime

import pytest
from django import forms
from django.urls import reverse
from django.utils import translation

from deventer_intl.forms import CHOOSE_SEVERAL, SearchableSelectMultiple
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from events.forms import EventForm
from events.models import Event, Registration
from tests.agenda.helpers import dutch, form_data
from tests.factories import EventFactory, RegistrationFactory, in_days, local, meeting

pytestmark = pytest.mark.django_db


def test_a_registered_user_sees_the_registered_state_and_can_cancel(client, make_user, make_partner):
    event = meeting(capacity=5)
    user = make_user(PARTNER_REPRESENTATIVE, partners=[make_partner()], email="Ioana@Example.org")
    client.force_login(user)
    response = client.post(
        reverse("events:register", kwargs={"slug": event.slug}), {"name": "Ioana", "email": "ioana@example.org"}
    )
    assert response.status_code == 302
    registration = Registration.objects.get(event=event)
    assert registration.status == "confirmed"

    page = client.get(event.get_absolute_url())
    body = page.content.decode()
    assert "registration_form" not in page.context  # no prefilled form and "Register" button again
    assert page.context["my_registration"] == registration
    assert dutch("You are registered.") in body
    cancel_url = page.context["my_cancel_url"]
    assert cancel_url in body

    mine = client.get(reverse("events:mine"))
    assert [item.pk for item in mine.context["registered"]] == [registration.pk]
    assert event.title in mine.content.decode()

    assert client.post(cancel_url).status_code == 302
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    again = client.get(event.get_absolute_url())
    assert "my_registration" not in again.context and again.context["registration_form"] is not None
    assert list(client.get(reverse("events:mine")).context["registered"]) == []


def test_attendance_all_present_ticks_every_confirmed_registrant(client, make_user):
    editor = make_user(CIVIL_SERVANT)
    event = meeting(capacity=5, start=in_days(-1), end=in_days(-1) + datetime.timedelta(hours=2))
    first, second = RegistrationFactory(event=event, name="Ioana"), RegistrationFactory(event=event, name="Hans")
    waiting = RegistrationFactory(event=event, name="Wachtend", status="waiting")
    client.force_login(editor)
    url = reverse("events:attendance", kwargs={"slug": event.slug})
    page = client.get(url)
    assert [item.pk for item, _box in page.context["form"].rows()] == [second.pk, first.pk]  # by name
    assert client.post(url, {"actual_visitors": "12", "all_present": "on"}).status_code == 302
    assert set(Registration.objects.filter(checked_in=True).values_list("pk", flat=True)) == {first.pk, second.pk}
    assert not Registration.objects.get(pk=waiting.pk).checked_in


def test_attendance_is_offered_once_the_event_has_started(client, make_user):
    editor = make_user(CIVIL_SERVANT)
    coming = meeting(capacity=5)
    held = meeting(
        capacity=5, slug="netwerkavond-vorige-week", start=in_days(-2), end=in_days(-2) + datetime.timedelta(hours=2)
    )
    client.force_login(editor)
    for event, offered in ((coming, False), (held, True)):
        attendance_url = reverse("events:attendance", kwargs={"slug": event.slug})
        for page in (
            client.get(event.get_absolute_url()),
            client.get(reverse("events:registrations", kwargs={"slug": event.slug})),
        ):
            assert (attendance_url in page.content.decode()) == offered
    early = client.get(reverse("events:attendance", kwargs={"slug": coming.slug}))
    assert dutch("This event has not started yet. Record the attendance during or after the event.") in (
        early.content.decode()
    )


def test_the_calendar_lists_a_festival_once_and_an_empty_month_points_ahead(client):
    festival = EventFactory(
        title="Focus op Roemenië",
        kind=Event.Kind.FESTIVAL,
        all_day=True,
        start=local(2019, 11, 15, 0, 0),
        end=local(2019, 11, 20, 23, 59),
    )
    concert = EventFactory(start=local(2019, 11, 17, 15), end=local(2019, 11, 17, 17))
    page = client.get(reverse("events:calendar-month", kwargs={"year": 2019, "month": 11}))
    listed = [(day["date"], event.pk) for day in page.context["days"] for event in day["events"]]
    assert listed == [(datetime.date(2019, 11, 15), festival.pk), (datetime.date(2019, 11, 17), concert.pk)]
    assert page.content.decode().count("Focus op Roemenië") == 1

    empty = client.get(reverse("events:calendar-month", kwargs={"year": 2019, "month": 9}))
    assert empty.context["days"] == [] and empty.context["next_event"] == festival
    assert festival.get_absolute_url() in empty.content.decode()


def test_a_search_without_coming_results_mentions_past_matches(client):
    EventFactory(title="Roemeense kookworkshop", start=in_days(-30), end=in_days(-30) + datetime.timedelta(hours=2))
    EventFactory(title="Wereldmuziek uit Mali")
    page = client.get(reverse("events:list"), {"q": "roemeense"})
    assert page.context["paginator"].count == 0 and page.context["past_matches"] == 1
    assert f"{reverse('events:past')}?q=roemeense" in page.content.decode()
    found = client.get(reverse("events:list"), {"q": "mali"})
    assert found.context["paginator"].count == 1 and "past_matches" not in found.context


def test_history_folds_quick_saves_of_one_editor(client, make_user):
    editor = make_user(CIVIL_SERVANT)
    event = EventFactory()
    client.force_login(editor)
    url = reverse("events:update", kwargs={"slug": event.slug})
    for title in ("Eerste", "Tweede", "Derde"):
        data = form_data(EventForm(instance=Event.objects.get(pk=event.pk), user=editor))
        assert client.post(url, {**data, "title": title}).status_code == 302
    history = client.get(event.get_absolute_url()).context["history"]
    assert [(line.history_type, line.history_user, line.count) for line in history] == [
        ("~", editor, 3),
        ("+", None, 1),
    ]


def test_my_events_pages_the_past_and_names_the_office(client, make_user):
    office = make_user(CIVIL_SERVANT)
    for number in range(12):
        EventFactory(start=in_days(-10 - number), end=in_days(-10 - number) + datetime.timedelta(hours=2))
    client.force_login(office)
    first = client.get(reverse("events:mine"))
    assert len(first.context["past"]) == 10 and first.context["office"]
    assert (
        dutch(
            "As the International Office you may edit every event: here are all of them, coming and past, "
            "and the events you registered for yourself."
        )
        in first.content.decode()
    )
    second = client.get(reverse("events:mine"), {"page": 2})
    assert len(second.context["past"]) == 2


def test_my_events_does_not_tell_an_ambassador_they_may_edit_every_event(client, make_user):
    ambassador = make_user(AMBASSADOR, sector="onderwijs")
    EventFactory(sectors=["onderwijs"])
    EventFactory(sectors=["sport"])  # not theirs
    client.force_login(ambassador)
    response = client.get(reverse("events:mine"))
    assert not response.context["office"] and len(response.context["upcoming"]) == 1
    html = response.content.decode()
    assert (
        dutch(
            "As the International Office you may edit every event: here are all of them, coming and past, "
            "and the events you registered for yourself."
        )
        not in html
    )
    assert (
        dutch(
            "The events you may edit (those you created, of your sector, or organised by your organisation) "
            "and the events you registered for yourself."
        )
        in html
    )


@pytest.mark.parametrize(
    ("language", "number", "date"),
    [("nl", "10.500", "10 december 2026"), ("de", "10.500", "10. Dezember 2026"), ("en", "10,500", "Dec. 10, 2026")],
)
def test_numbers_and_dates_follow_the_language(client, make_user, language, number, date):
    event = EventFactory(
        title="Deventer op Stelten", start=local(2026, 12, 10, 12), end=local(2026, 12, 10, 18), expected_visitors=10500
    )
    with translation.override(language):
        url = event.get_absolute_url()
    body = client.get(url).content.decode()
    assert number in body and date in body
    Event.objects.filter(pk=event.pk).update(
        start=local(2019, 7, 6, 12), end=local(2019, 7, 6, 18), actual_visitors=10500
    )
    client.force_login(make_user(CIVIL_SERVANT))
    with translation.override(language):
        figures = client.get(reverse("events:figures")).content.decode()
    assert number in figures


def test_the_event_form_starts_with_choices_that_say_what_to_do(make_user):
    form = EventForm(user=make_user(CIVIL_SERVANT))
    assert form.fields["kind"].choices[0] == ("", dutch("Choose a kind"))
    assert all(str(label)[:1].isupper() for _value, label in form.fields["kind"].choices)
    # The long lists are searchable (Tom Select; plain multiple selects without JavaScript), the short one ticks.
    assert [form.fields[name].help_text for name in ("organisers", "actions", "relations")] == [
        CHOOSE_SEVERAL,
        CHOOSE_SEVERAL,
        "",
    ]
    assert all(isinstance(form.fields[name].widget, SearchableSelectMultiple) for name in ("organisers", "actions"))
    assert isinstance(form.fields["relations"].widget, forms.CheckboxSelectMultiple)
