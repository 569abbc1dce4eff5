"""Browser fixtures for the subsidies: logins per role (with passwords, for the login page), a scheme with its
budget, and applications at the stages the pages show. Imported by the subsidy browser test modules."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest


@pytest.fixture
def subsidy_people(make_partner, settings, tmp_path):
    from django.contrib.auth import get_user_model

    from deventer_intl.models import Profile
    from deventer_intl.roles import CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE, ensure_roles
    from tests.browser.conftest import _password_hash

    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    groups = ensure_roles()
    own = make_partner(name="St. Deventer - Roemenië", slug="deventer-roemenie", countries=["RO"])
    other = make_partner(name="Stichting Kinderen van Uganda", slug="kinderen-van-uganda", countries=["UG"])

    def person(username, first, last, role, partners=()):
        user = get_user_model().objects.create(username=username, email=f"{username}@example.org", first_name=first,
                                               last_name=last, password=_password_hash())
        user.groups.add(groups[role])
        Profile.objects.create(user=user).partners.set(partners)
        return user

    return SimpleNamespace(
        own=own, other=other,
        rep=person("ioana", "Ioana", "Popescu", PARTNER_REPRESENTATIVE, [own]),
        other_rep=person("okello", "Okello", "Mukasa", PARTNER_REPRESENTATIVE, [other]),
        civil=person("bram", "Bram", "Jansen", CIVIL_SERVANT),
        civil2=person("sophie", "Sophie", "de Boer", CIVIL_SERVANT),
        coordinator=person("carla", "Carla", "Smit", COORDINATOR),
    )


@pytest.fixture
def subsidy_scheme(db):
    from django.utils import timezone

    from subsidies.models import Budget, Criterion, Scheme

    year = timezone.localdate().year
    scheme = Scheme.objects.create(
        slug="internationale-samenwerking", name_nl="NGO-subsidies internationale samenwerking",
        name_en="NGO subsidies for international cooperation", purpose_nl="Kleine jaarlijkse subsidies.",
        purpose_en="Small yearly subsidies.", max_amount=Decimal("5000"), opens_on=datetime.date(year - 1, 1, 1),
        decision_weeks=8)
    for order, (nl, en) in enumerate([("Gevestigd in Deventer", "Based in Deventer"),
                                      ("Een lokale partner", "A local partner"),
                                      ("Cofinanciering", "Co-financing")], start=1):
        Criterion.objects.create(scheme=scheme, order=order, text_nl=nl, text_en=en)
    Budget.objects.create(scheme=scheme, year=year, amount=Decimal("43000"))
    Budget.objects.create(scheme=scheme, year=year - 1, amount=Decimal("43000"))
    return scheme


@pytest.fixture
def make_subsidy(subsidy_people, subsidy_scheme):
    from tests.subsidies.builders import build_application

    def make(stage, **kwargs):
        return build_application(stage, people=subsidy_people, scheme=subsidy_scheme, **kwargs)

    return make
