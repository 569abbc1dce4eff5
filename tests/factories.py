"""factory_boy factories for partners, logins and the work agenda; reference data comes from migrations."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from agenda.models import Action, Participation, PolicyPeriod, ProgressUpdate
from partners.models import Membership, Network, Partner, Sector


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

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            from partners.models import Country

            self.countries.set(Country.objects.filter(code__in=extracted))

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            from partners.models import GlobalGoal

            self.global_goals.set(GlobalGoal.objects.filter(number__in=extracted))


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
        # Hashing costs time: only users who log in through the form get a real password.
        if extracted:
            self.set_password(extracted)
        else:
            self.set_unusable_password()
        if create:
            self.save(update_fields=["password"])


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

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        """``sectors=["onderwijs", ...]`` (slugs) or Sector objects."""
        if create and extracted:
            self.sectors.set([item if isinstance(item, Sector) else Sector.objects.get(slug=item)
                              for item in extracted])

    @factory.post_generation
    def editors(self, create, extracted, **kwargs):
        if create and extracted:
            self.editors.set(extracted)


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
        "period": str(period_2021().pk), "chapter": "", "list": "A", "code": "A901",
        "title": "Digitale Hanzedagen voor scholieren", "description": "Scholen uit drie Hanzesteden werken samen.",
        "status": "idea", "progress": "0", "lead_partner": "", "lead_person": "",
        "sectors": [str(Sector.objects.get(slug="onderwijs").pk)], "municipality_role": "facilitates",
        "start_date": "2026-01-01", "end_date": "2026-12-31", "public": "on",
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data
