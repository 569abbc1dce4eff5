"""The one set of factory_boy factories, for the unit tests and the browser tests alike: partners, logins with
their roles, the work agenda, events and subsidy schemes. Reference data (sectors, Global Goals, countries,
policy periods) comes from the migrations. Times are Europe/Amsterdam."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from agenda.models import Action, Participation, PolicyPeriod, ProgressUpdate
from deventer_intl.models import Profile
from events.models import Event, Registration, Series
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Relation, RelationPartner, Sector
from subsidies.models import Application, Budget, Criterion, Scheme


# The many-to-many links the factories take by natural key; one definition each, shared by every factory.
def link_countries(obj, create, extracted, **kwargs):
    """``countries=["UG", ...]`` (ISO codes)."""
    if create and extracted:
        obj.countries.set(Country.objects.filter(code__in=extracted))


def link_goals(obj, create, extracted, **kwargs):
    """``goals=[4, 17]`` / ``global_goals=[4, 17]`` (Global Goal numbers)."""
    if create and extracted:
        obj.global_goals.set(GlobalGoal.objects.filter(number__in=extracted))


def link_sectors(obj, create, extracted, **kwargs):
    """``sectors=["onderwijs", ...]`` (slugs) or Sector objects."""
    if create and extracted:
        obj.sectors.set([item if isinstance(item, Sector) else Sector.objects.get(slug=item) for item in extracted])


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Netwerk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Stichting Voorbeeld {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = Partner.Kind.FOUNDATION
    sector = factory.LazyFunction(lambda: Sector.objects.get(slug="maatschappelijk"))
    description = "Werkt samen met partners in het buitenland."
    published = True

    countries = factory.PostGeneration(link_countries)
    goals = factory.PostGeneration(link_goals)


def partner_with_search(**kwargs) -> Partner:
    """A partner (PartnerFactory kwargs, plus countries=[codes], goals=[numbers]) with its search text built."""
    from partners.services import partners_refresh_search

    partner = PartnerFactory(**kwargs)
    partners_refresh_search(partner_ids=[partner.pk])
    partner.refresh_from_db()
    return partner


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    partner = factory.SubFactory(PartnerFactory)
    network = factory.SubFactory(NetworkFactory)
    role = Membership.Role.MEMBER


# --- Logins and the work agenda -------------------------------------------------------------------
#: The password of every factory user that gets one (``UserFactory(password=...)`` overrides it).
TEST_PASSWORD = "Hanzestad-Deventer-1340"


class UserFactory(factory.django.DjangoModelFactory):
    """A login without a role; ``make_user`` in conftest adds role, sector and organisations."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Sequence(lambda n: f"Voornaam{n}")
    last_name = "Achternaam"
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        # Hashing costs time: only users who log in through the form get a real password, and
        # ``password__hashed=...`` stores a hash made once (see tests/browser/conftest.py).
        if kwargs.get("hashed"):
            self.password = kwargs["hashed"]
        elif extracted:
            self.set_password(extracted)
        else:
            self.set_unusable_password()
        if create:
            self.save(update_fields=["password"])


def make_login(role=None, sector=None, partners=(), *, roles=(), **kwargs):
    """A login with its role (a group name from ``deventer_intl.roles``, or None; ``roles=[...]`` for several),
    its profile's sector (a slug or Sector) and organisations (Partner objects or slugs); other kwargs go to
    UserFactory (e.g. ``is_active=False``, ``is_superuser=True``)."""
    from django.contrib.auth.models import Group

    from deventer_intl.roles import ensure_roles

    user = UserFactory(**kwargs)
    for name in ([role] if role is not None else []) + list(roles):
        # The role groups are made once per database (ensure_roles), not once per login.
        user.groups.add(Group.objects.filter(name=name).first() or ensure_roles()[name])
    if isinstance(sector, str):
        sector = Sector.objects.get(slug=sector)
    profile = Profile.objects.create(user=user, sector=sector)
    if partners:
        profile.partners.set(
            [item if isinstance(item, Partner) else Partner.objects.get(slug=item) for item in partners]
        )
    return user


def period_2021():
    return PolicyPeriod.objects.get(name="2021-2026")


class ActionFactory(factory.django.DjangoModelFactory):
    """An action of 2021-2026 on list A with a unique code; realised actions get 100 %, as the database demands."""

    class Meta:
        model = Action
        skip_postgeneration_save = True

    period = factory.LazyFunction(period_2021)
    list = Action.List.A
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.list}{n + 1}")
    title = factory.Sequence(lambda n: f"Uitwisseling met de partnerstad {n}")
    description = "Leerlingen en docenten bezoeken elkaar."
    status = Action.Status.PLANNED
    progress = factory.LazyAttribute(lambda o: Action.STATUS_PROGRESS.get(o.status, 0))
    municipality_role = Action.MunicipalityRole.FACILITATES
    public = True
    last_update_on = factory.LazyFunction(datetime.date.today)

    sectors = factory.PostGeneration(link_sectors)
    global_goals = factory.PostGeneration(link_goals)
    countries = factory.PostGeneration(link_countries)

    @factory.post_generation
    def editors(self, create, extracted, **kwargs):
        if create and extracted:
            self.editors.set(extracted)

    @classmethod
    def _create(cls, model_class, *args, by=None, **kwargs):
        """``ActionFactory(by=user)`` records ``user`` as the author of the action's first history row."""
        if by is None:
            return super()._create(model_class, *args, **kwargs)
        from deventer_intl.history import by_user

        action = model_class(*args, **kwargs)
        by_user(action, by).save()
        return action


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    action = factory.SubFactory(ActionFactory)
    partner = factory.SubFactory(PartnerFactory)
    role = Participation.Role.PARTICIPANT


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    action = factory.SubFactory(ActionFactory)
    date = factory.LazyFunction(datetime.date.today)
    text = "De eerste bijeenkomst was goed bezocht."


# --- Events ----------------------------------------------------------------------------------------
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

    sectors = factory.PostGeneration(link_sectors)
    goals = factory.PostGeneration(link_goals)


def meeting(**kwargs) -> Event:
    """A network meeting with registration: 3 places, no waiting list unless asked."""
    defaults = {
        "kind": Event.Kind.NETWORK_MEETING,
        "title": "Netwerkbijeenkomst International Office",
        "registration_required": True,
        "capacity": 3,
        "waiting_list": False,
    }
    return EventFactory(**{**defaults, **kwargs})


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Bezoeker {n}")
    email = factory.Sequence(lambda n: f"bezoeker{n}@example.org")
    status = Registration.Status.CONFIRMED


# --- Subsidies -------------------------------------------------------------------------------------
#: The criteria of a scheme unless a test names its own: (Dutch, English), in order.
CRITERIA = [(text, f"EN {text}") for text in ("Gevestigd in Deventer", "Lokale partner", "Cofinanciering")]


class SchemeFactory(factory.django.DjangoModelFactory):
    """The NGO-subsidy scheme, open since last year, with three criteria and 43,000 for this year.

    ``criteria=[(nl, en), ...]`` and ``budgets={year: amount}`` replace the defaults. Applications are made
    through the services by ``tests/subsidies/builders.py``.
    """

    class Meta:
        model = Scheme
        skip_postgeneration_save = True

    slug = "internationale-samenwerking"
    name_nl = "NGO-subsidies internationale samenwerking"
    name_en = "NGO subsidies for international cooperation"
    purpose_nl = "Kleine subsidies."
    max_amount = Decimal("5000")
    opens_on = factory.LazyFunction(lambda: datetime.date(this_year() - 1, 1, 1))
    decision_weeks = 8

    @factory.post_generation
    def criteria(self, create, extracted, **kwargs):
        if create:
            for order, (nl, en) in enumerate(CRITERIA if extracted is None else extracted, start=1):
                Criterion.objects.create(scheme=self, order=order, text_nl=nl, text_en=en)

    @factory.post_generation
    def budgets(self, create, extracted, **kwargs):
        if create:
            for year, amount in ({this_year(): Decimal("43000")} if extracted is None else extracted).items():
                Budget.objects.create(scheme=self, year=year, amount=amount)


def this_year() -> int:
    from django.utils import timezone

    return timezone.localdate().year


def action_form_data(action: Action, **changes) -> dict:
    """What the edit form of ``action`` posts when nobody changes anything, plus ``changes``.

    Built from the form itself (its values and its version/base_history/base_values bookkeeping),
    exactly as a browser that opened the form now would send it.
    """
    from agenda.forms import ActionForm

    action = Action.objects.get(pk=action.pk)
    form = ActionForm(instance=action)
    data = {}
    for name, value in form.snapshot().items():
        if isinstance(value, list):
            data[name] = value
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = "" if value is None else str(value)
    for name in ActionForm.BOOKKEEPING:
        initial = form.fields[name].initial
        data[name] = "" if initial is None else str(initial)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def new_action_data(**changes) -> dict:
    """A valid "new action" form."""
    data = {
        "period": str(period_2021().pk),
        "chapter": "",
        "list": "A",
        "code": "A901",
        "title": "Digitale Hanzedagen voor scholieren",
        "description": "Scholen uit drie Hanzesteden werken samen.",
        "status": "idea",
        "progress": "0",
        "lead_partner": "",
        "lead_person": "",
        "sectors": [str(Sector.objects.get(slug="onderwijs").pk)],
        "municipality_role": "facilitates",
        "start_date": "2026-01-01",
        "end_date": "2026-12-31",
        "public": "on",
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


class RelationFactory(factory.django.DjangoModelFactory):
    """An international relation; ``partners=[partner or (partner, role)]``, ``actions=[...]``, ``events=[...]``,
    ``subsidy_applications=[...]`` link it."""

    class Meta:
        model = Relation
        skip_postgeneration_save = True

    counterpart = factory.Sequence(lambda n: f"Partnerstad {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.counterpart))
    country = factory.LazyFunction(lambda: Country.objects.get(code="RO"))
    kind = Relation.Kind.TWIN_CITY
    since = 1989
    description = "Een stedenband."

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        for item in extracted or ():
            partner, role = item if isinstance(item, tuple) else (item, RelationPartner.Role.PARTNER)
            RelationPartner.objects.create(relation=self, partner=partner, role=role)

    @factory.post_generation
    def actions(self, create, extracted, **kwargs):
        if create and extracted:
            self.actions.set(extracted)

    @factory.post_generation
    def events(self, create, extracted, **kwargs):
        if create and extracted:
            self.events.set(extracted)

    @factory.post_generation
    def subsidy_applications(self, create, extracted, **kwargs):
        if create and extracted:
            self.subsidy_applications.set(extracted)


def recorded_application(*, scheme, partner, status="granted", amount=Decimal("2000"), **fields) -> Application:
    """An application recorded directly at ``status`` with its public fields, for pages that only read it (the
    life cycle itself is built through the services by ``tests/subsidies/builders.py``)."""
    from subsidies.lifecycle import DECIDED

    now = datetime.datetime(2025, 3, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))
    goals = fields.pop("goals", ())
    application = Application.objects.create(
        **{
            "partner": partner,
            "scheme": scheme,
            "year": 2025,
            "title": f"Project van {partner.name}",
            "description": "Een project.",
            "country": Country.objects.get(code="RO"),
            "local_partner": "Asociația Sibiu",
            "start_date": datetime.date(2025, 4, 1),
            "end_date": datetime.date(2025, 9, 30),
            "amount_requested": amount,
            "total_budget": amount * 4,
            "status": status,
            "submitted_at": None if status == "draft" else now,
            "decided_at": now if status in DECIDED else None,
            "granted_amount": amount if status in DECIDED and status != "rejected" else None,
            **fields,
        }
    )
    application.global_goals.set(GlobalGoal.objects.filter(number__in=goals))
    return application
