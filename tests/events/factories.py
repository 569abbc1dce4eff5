"""factory_boy factories for events; times are Europe/Amsterdam."""

import datetime
from zoneinfo import ZoneInfo

import factory

from events.models import Event, Registration, Series
from partners.models import Sector

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def local(*args) -> datetime.datetime:
    """An aware datetime in Europe/Amsterdam: ``local(2026, 10, 25, 2, 30)``."""
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def in_days(days: int, hour: int = 19) -> datetime.datetime:
    day = datetime.date.today() + datetime.timedelta(days=days)
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=AMSTERDAM)


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Wereldmuziekserie {n}")
    slug = factory.Sequence(lambda n: f"wereldmuziekserie-{n}")


class EventFactory(factory.django.DjangoModelFactory):
    """A public concert in Deventer two weeks from now, two hours long."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Wereldmuziekconcert {n}")
    slug = factory.Sequence(lambda n: f"wereldmuziekconcert-{n}")
    kind = Event.Kind.CONCERT
    start = factory.LazyFunction(lambda: in_days(14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue = "Muziekhuis"
    city = "Deventer"
    country_id = "NL"
    description = "Traditionele en cross-over wereldmuziek."
    public = True

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisers.set(extracted)

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        """``sectors=["onderwijs", ...]`` (slugs) or Sector objects."""
        if create and extracted:
            self.sectors.set([item if isinstance(item, Sector) else Sector.objects.get(slug=item)
                              for item in extracted])

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            from partners.models import GlobalGoal

            self.global_goals.set(GlobalGoal.objects.filter(number__in=extracted))


def meeting(**kwargs) -> Event:
    """A network meeting with registration: 3 places, no waiting list unless asked."""
    defaults = {"kind": Event.Kind.NETWORK_MEETING, "title": "Netwerkbijeenkomst International Office",
                "registration_required": True, "capacity": 3, "waiting_list": False}
    return EventFactory(**{**defaults, **kwargs})


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Bezoeker {n}")
    email = factory.Sequence(lambda n: f"bezoeker{n}@example.org")
    status = Registration.Status.CONFIRMED


