"""factory_boy factories for the partner core; reference data (sectors, goals, countries) comes from migrations."""

import factory
from django.utils.text import slugify

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
