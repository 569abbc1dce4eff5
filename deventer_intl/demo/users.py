"""Demo logins, one or more per role. Local use only: ``demo_logins`` refuses to run in production.

The logins are the project's (roles span the apps), so they live here and not in an app's ``demo/``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from deventer_intl.models import Profile
from deventer_intl.roles import ensure_roles
from partners.models import Partner, Sector

DEMO_PASSWORD = "deventer-demo-2026"

DEMO_USERS = [
    # username, role, first name, last name, sector slug, partner slugs, staff (admin), description
    (
        "coordinator",
        "Coordinator",
        "Carla",
        "Coördinator",
        None,
        [],
        True,
        "coordinator of the International Office (admin, revert history)",
    ),
    (
        "ambtenaar",
        "Civil servant",
        "Bram",
        "Ambtenaar",
        "gemeente",
        ["gemeente-deventer"],
        False,
        "civil servant of the municipality (edits every action)",
    ),
    (
        "ambassadeur-cultuur",
        "Ambassador",
        "Anouk",
        "de Cultuur",
        "cultuur-toerisme",
        ["stichting-deventer-wereldstad"],
        False,
        "ambassador Cultuur & toerisme",
    ),
    (
        "ambassadeur-ondernemers",
        "Ambassador",
        "Ruud",
        "Ondernemer",
        "ondernemers",
        ["mkb-deventer"],
        False,
        "ambassador Ondernemers",
    ),
    (
        "ambassadeur-onderwijs",
        "Ambassador",
        "Sanne",
        "Onderwijs",
        "onderwijs",
        ["saxion"],
        False,
        "ambassador Onderwijs",
    ),
    (
        "ambassadeur-ngo",
        "Ambassador",
        "Fatima",
        "Maatschappij",
        "maatschappelijk",
        ["deventer-roemenie"],
        False,
        "ambassador Maatschappelijke organisaties/NGO's",
    ),
    ("ambassadeur-sport", "Ambassador", "Kees", "Sport", "sport", ["go-ahead-eagles"], False, "ambassador Sport"),
    (
        "ambtenaar-subsidies",
        "Civil servant",
        "Sophie",
        "Subsidies",
        "gemeente",
        ["gemeente-deventer"],
        False,
        "second civil servant: confirms subsidy decisions the other proposed (four eyes)",
    ),
    (
        "partner-roemenie",
        "Partner representative",
        "Ioana",
        "Vertegenwoordiger",
        None,
        ["deventer-roemenie"],
        False,
        "representative of St. Deventer - Roemenië (joins actions, posts updates)",
    ),
]


@transaction.atomic
def ensure_demo_users() -> list:
    """Create (or keep) the demo logins with their role, sector and organisations. Never in production."""
    if getattr(settings, "PRODUCTION", False):
        raise RuntimeError("Demo logins are for local use only; this is a production configuration.")
    groups = ensure_roles()
    User = get_user_model()
    users = []
    for username, role, first, last, sector, partner_slugs, staff, _description in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": first, "last_name": last, "is_staff": staff},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(groups[role])
        profile, _ = Profile.objects.get_or_create(user=user)
        profile.sector = Sector.objects.filter(slug=sector).first() if sector else None
        profile.save()
        profile.partners.set(Partner.objects.filter(slug__in=partner_slugs))
        users.append(user)
    return users
