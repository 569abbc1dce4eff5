"""People, a scheme with its budget, and applications at every stage, made through the services."""

from types import SimpleNamespace

import pytest

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from tests.factories import SchemeFactory
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
    """The scheme, open since last year, three criteria, 43,000 for this year."""
    return SchemeFactory()


@pytest.fixture
def make_application(people, scheme):
    """``make_application(stage="granted", partner=..., amount=...)``: see ``builders.build_application``."""

    def make(stage="draft", **kwargs):
        return build_application(stage, people=people, scheme=scheme, **kwargs)

    return make
