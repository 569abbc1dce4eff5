"""Shared fixtures. The database is real PostgreSQL: embedded by default, DATABASE_URL when set."""

import importlib

import pytest
from django.apps import apps

from deventer_intl.models import Profile
from deventer_intl.roles import ensure_roles
from partners.models import Partner, Sector
from partners.services import partners_refresh_search
from tests.factories import PartnerFactory, UserFactory


def ensure_reference_data():
    """Recreate the migrations' reference data (sectors, Global Goals, countries) when it is missing.

    Transactional tests (the browser tests' live server) end with a flush of every table, which
    also removes what data migrations created; the next transactional test puts it back here.
    """
    for module in ("partners.migrations.0003_reference_data", "agenda.migrations.0002_policy_periods"):
        importlib.import_module(module).create(apps, None)


@pytest.fixture(autouse=True)
def _reference_data_in_transactional_tests(request):
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or (
        "transactional_db" in request.fixturenames or "live_server" in request.fixturenames
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        ensure_reference_data()


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, settings):
    """A cheap hasher keeps logins and demo users fast; not for browser tests, whose server runs the real settings."""
    if request.node.get_closest_marker("browser") is None:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_partner(db):
    """Create a partner (factory kwargs, plus countries=[codes], goals=[numbers]) with its search text built."""

    def make(**kwargs):
        partner = PartnerFactory(**kwargs)
        partners_refresh_search(partner_ids=[partner.pk])
        partner.refresh_from_db()
        return partner

    return make


@pytest.fixture
def make_user(db):
    """Create a login: ``make_user(role=roles.AMBASSADOR, sector="onderwijs", partners=[partner], password=...)``.

    ``role`` is a group name from ``deventer_intl.roles`` (or None for a login without a role);
    ``sector`` a slug or Sector; ``partners`` Partner objects or slugs. Other kwargs go to UserFactory.
    """
    groups = {}

    def make(role=None, sector=None, partners=(), **kwargs):
        user = UserFactory(**kwargs)
        if role is not None:
            if not groups:
                groups.update(ensure_roles())
            user.groups.add(groups[role])
        if isinstance(sector, str):
            sector = Sector.objects.get(slug=sector)
        profile = Profile.objects.create(user=user, sector=sector)
        if partners:
            profile.partners.set([item if isinstance(item, Partner) else Partner.objects.get(slug=item)
                                  for item in partners])
        return user

    return make
