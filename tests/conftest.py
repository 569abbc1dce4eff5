"""Shared fixtures. The database is real PostgreSQL: embedded by default, DATABASE_URL when set."""

import importlib

import pytest
from django.apps import apps

from partners.services import partners_refresh_search
from tests.factories import PartnerFactory


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


@pytest.fixture
def make_partner(db):
    """Create a partner (factory kwargs, plus countries=[codes], goals=[numbers]) with its search text built."""

    def make(**kwargs):
        partner = PartnerFactory(**kwargs)
        partners_refresh_search(partner_ids=[partner.pk])
        partner.refresh_from_db()
        return partner

    return make
