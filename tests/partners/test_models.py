"""Model rules of the partner core, enforced by the database where they can be."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
from tests.factories import MembershipFactory, NetworkFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def test_the_17_global_goals_exist_with_official_numbers_names_and_colours():
    goals = list(GlobalGoal.objects.order_by("number"))
    assert [goal.number for goal in goals] == list(range(1, 18))
    assert goals[0].name_nl == "Geen armoede" and goals[0].name_en == "No poverty" and goals[0].colour == "#E5243B"
    assert goals[16].name_de == "Partnerschaften zur Erreichung der Ziele"
    assert all(goal.name_nl and goal.name_en and goal.name_de for goal in goals)


def test_a_goal_number_outside_1_to_17_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        GlobalGoal.objects.create(number=18, name_nl="Bestaat niet", colour="#000000")


def test_goal_name_follows_the_active_language():
    from django.utils import translation

    goal = GlobalGoal.objects.get(number=4)
    with translation.override("de"):
        assert goal.name == "Hochwertige Bildung"
    with translation.override("nl"):
        assert str(goal) == "4. Kwaliteitsonderwijs"


def test_klaverblad_sectors_include_the_municipality_as_hub_and_sport():
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    assert sectors["gemeente"].is_hub
    assert {"cultuur-toerisme", "ondernemers", "onderwijs", "maatschappelijk", "sport"} <= set(sectors)
    assert sum(sector.is_hub for sector in sectors.values()) == 1


def test_sector_colour_must_be_a_hex_colour():
    sector = Sector(slug="test", name_nl="Test", colour="red")
    with pytest.raises(ValidationError) as error:
        sector.full_clean()
    assert "colour" in error.value.message_dict


def test_country_names_come_in_the_active_language():
    from django.utils import translation

    uganda = Country.objects.get(code="UG")
    with translation.override("nl"):
        assert uganda.name == "Oeganda"
    with translation.override("en"):
        assert uganda.name == "Uganda"
    assert uganda.get_absolute_url().endswith("/landen/ug/")


def test_partner_slug_is_unique():
    PartnerFactory(slug="dubbel")
    with pytest.raises(IntegrityError), transaction.atomic():
        PartnerFactory(slug="dubbel", name="Een ander")


def test_a_sector_with_partners_cannot_be_deleted():
    from django.db.models import ProtectedError

    partner = PartnerFactory()
    with pytest.raises(ProtectedError):
        partner.sector.delete()
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_a_partner_is_member_of_a_network_once():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(partner=membership.partner, network=membership.network)


def test_membership_since_must_be_a_plausible_year():
    partner, network = PartnerFactory(), NetworkFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(partner=partner, network=network, since=15)
    Membership.objects.create(partner=partner, network=network, since=2015)
    assert partner.networks.get() == network


def test_partner_kind_must_be_one_of_the_choices():
    partner = PartnerFactory.build(kind="sekte", sector=Sector.objects.get(slug="onderwijs"))
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "kind" in error.value.message_dict


def test_published_queryset_hides_unpublished_partners():
    visible = PartnerFactory(published=True)
    PartnerFactory(published=False)
    assert list(Partner.objects.published()) == [visible]


def test_network_names_are_unique():
    Network.objects.create(slug="a", name="Platform Deventer-Oeganda")
    with pytest.raises(IntegrityError), transaction.atomic():
        Network.objects.create(slug="b", name="Platform Deventer-Oeganda")


def test_sector_counts_only_published_partners():
    onderwijs = Sector.objects.get(slug="onderwijs")
    PartnerFactory(sector=onderwijs, published=True)
    PartnerFactory(sector=onderwijs, published=False)
    assert Sector.objects.with_partner_counts().get(pk=onderwijs.pk).partner_count == 1


@pytest.mark.parametrize("colour, ok", [("#B0101A", True), ("#1F5F8B", True), ("#FCC30B", False), ("#26BDE2", False)])
def test_sector_colour_must_carry_white_labels_readably(colour, ok):
    sector = Sector(slug="test", name_nl="Test", colour=colour)
    if ok:
        sector.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            sector.full_clean()
        assert [e.code for e in error.value.error_dict["colour"]] == ["contrast"]


def test_every_klaverblad_colour_meets_the_contrast_rule():
    from partners.models import contrast_with_white

    assert all(contrast_with_white(sector.colour) >= 4.5 for sector in Sector.objects.all())


def test_the_klaverblad_has_one_hub():
    with pytest.raises(IntegrityError), transaction.atomic():
        Sector.objects.create(slug="tweede-hub", name_nl="Tweede hub", colour="#1F5F8B", is_hub=True)


def test_the_database_refuses_an_unknown_partner_kind():
    partner = PartnerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Partner.objects.filter(pk=partner.pk).update(kind="sekte")


def test_the_kind_constraint_lists_exactly_the_kind_choices():
    constraint = next(c for c in Partner._meta.constraints if c.name == "partner_kind_valid")
    assert sorted(dict(constraint.condition.children)["kind__in"]) == sorted(Partner.Kind.values)
