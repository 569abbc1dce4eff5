"""People, a scheme with its budget, and applications at every stage, made through the services."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from subsidies.models import Budget, Criterion, Scheme
from tests.subsidies.builders import build_application


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads go to temporary directories, never to var/; returns the private one."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def people(make_user, make_partner):
    """One login per role. The ambassador's profile names the applicant's organisation, yet gives no access."""
    own = make_partner(name="St. Deventer - Roemenië", slug="deventer-roemenie", countries=["RO"])
    other = make_partner(name="Stichting Kinderen van Uganda", slug="kinderen-van-uganda", countries=["UG"])
    return SimpleNamespace(
        own=own,
        other=other,
        rep=make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[own], email="ioana@example.org"),
        other_rep=make_user(PARTNER_REPRESENTATIVE, username="okello", partners=[other]),
        ambassador=make_user(AMBASSADOR, username="fatima", sector="maatschappelijk", partners=[own]),
        civil=make_user(CIVIL_SERVANT, username="bram", sector="gemeente"),
        civil2=make_user(CIVIL_SERVANT, username="sophie", sector="gemeente"),
        coordinator=make_user(COORDINATOR, username="carla", is_staff=True),
    )


@pytest.fixture
def scheme(db):
    year = timezone.localdate().year
    scheme = Scheme.objects.create(
        slug="internationale-samenwerking", name_nl="NGO-subsidies internationale samenwerking",
        name_en="NGO subsidies for international cooperation", purpose_nl="Kleine subsidies.",
        max_amount=Decimal("5000"), opens_on=datetime.date(year - 1, 1, 1), decision_weeks=8)
    for order, text in enumerate(["Gevestigd in Deventer", "Lokale partner", "Cofinanciering"], start=1):
        Criterion.objects.create(scheme=scheme, order=order, text_nl=text, text_en=f"EN {text}")
    Budget.objects.create(scheme=scheme, year=year, amount=Decimal("43000"))
    return scheme


@pytest.fixture
def make_application(people, scheme):
    """``make_application(stage="granted", partner=..., amount=...)``: see ``builders.build_application``."""

    def make(stage="draft", **kwargs):
        return build_application(stage, people=people, scheme=scheme, **kwargs)

    return make
