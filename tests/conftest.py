"""Shared fixtures. The database is real PostgreSQL: embedded by default, DATABASE_URL when set."""

import pytest

from partners.services import partners_refresh_search
from tests.factories import PartnerFactory


@pytest.fixture
def make_partner(db):
    """Create a partner (factory kwargs, plus countries=[codes], goals=[numbers]) with its search text built."""

    def make(**kwargs):
        partner = PartnerFactory(**kwargs)
        partners_refresh_search(partner_ids=[partner.pk])
        partner.refresh_from_db()
        return partner

    return make
