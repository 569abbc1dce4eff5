"""Loads the demo subsidies and events drawn from the municipality's policy documents.

The partners and the work agenda load from their apps' ``demo/``; the demo logins from ``users.py``;
``manage.py load_demo`` calls them all in order.
"""

from __future__ import annotations

from django.db import transaction

from deventer_intl.demo.users import ensure_demo_users
from partners.models import Country, GlobalGoal, Partner, Sector


def load_subsidies() -> dict[str, int]:
    """The subsidies' demo data: ``subsidies/demo/`` owns it and loads it through the subsidies' services."""
    from subsidies.demo.loader import load

    return load(users={user.username: user for user in ensure_demo_users()})


def load_events() -> dict[str, int]:
    """The events' demo data, loaded by the events app itself (events/demo/)."""
    from events.demo.loader import load_events as load

    users = {user.username: user for user in ensure_demo_users()}
    return load(by=users.get("coordinator"))
