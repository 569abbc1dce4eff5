"""Every rule on an event and its queryset agree, for every login × event of a matrix.

``events/permissions.py`` writes each rule once; ``Event.objects.visible_to`` / ``editable_by`` filter with the
same conditions. Here both forms are asked for every role (visitor, login without a role, inactive logins,
partner representatives of an organising and of another organisation, ambassadors who created the event, of its
sector, of another, without one, office staff, the superuser) × every shape of event (public or not, each link
present or absent), on plain and on prefetched events, since the Python tests read prefetched relations when
there are any.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from events.models import Event
from tests.factories import EventFactory, PartnerFactory
from tests.rule_matrix import Check, compare, make_logins, module_data

pytestmark = pytest.mark.django_db

CHECKS = [
    Check("events.see_event", lambda user: Event.objects.visible_to(user)),
    Check("events.edit_event", lambda user: Event.objects.editable_by(user)),
    Check("events.remove_event", lambda user: Event.objects.editable_by(user)),
    Check("events.see_registrations", lambda user: Event.objects.editable_by(user)),
    Check("events.record_attendance", lambda user: Event.objects.editable_by(user)),
]

#: The links an event may have, each alone and all together.
SHAPES = ["no_links", "creator", "my_sector", "other_sector", "organiser", "other_organiser", "everything"]
LOGINS = 16


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        own = PartnerFactory(name="Stichting Organiseert")
        second = PartnerFactory(name="Stichting Organiseert Mee")
        other = PartnerFactory(name="Stichting Elders")
        outsider = PartnerFactory(name="Stichting Niemand")
        users = make_logins(
            {
                "anonymous": {},
                # A sector and an organisation on the profile count for nothing without the role.
                "no_role": {"sector": "ondernemers", "partners": [own]},
                "inactive_coordinator": {"roles": [COORDINATOR], "is_active": False},
                "inactive_ambassador": {"roles": [AMBASSADOR], "sector": "ondernemers", "is_active": False},
                "inactive_rep": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own], "is_active": False},
                "rep_own": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own], "sector": "ondernemers"},
                # Both their organisations organise one event: it must still be one row.
                "rep_both": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own, second]},
                "rep_other": {"roles": [PARTNER_REPRESENTATIVE], "partners": [other]},
                "amb_creator": {"roles": [AMBASSADOR], "sector": "sport"},
                "amb_sector": {"roles": [AMBASSADOR], "sector": "ondernemers"},
                "amb_other_sector": {"roles": [AMBASSADOR], "sector": "cultuur-toerisme"},
                # An ambassador's organisation is no partner representative's.
                "amb_no_sector": {"roles": [AMBASSADOR], "partners": [own]},
                "amb_and_rep": {
                    "roles": [AMBASSADOR, PARTNER_REPRESENTATIVE],
                    "sector": "cultuur-toerisme",
                    "partners": [own],
                },
                "civil_servant": {"roles": [CIVIL_SERVANT], "sector": "gemeente"},
                "coordinator": {"roles": [COORDINATOR]},
                "superuser": {"is_superuser": True},
            }
        )
        assert len(users) == LOGINS
        links = {
            "creator": {"created_by": users["amb_creator"]},
            "my_sector": {"sectors": ["ondernemers"]},
            "other_sector": {"sectors": ["onderwijs"]},
            "organiser": {"organisers": [own]},
            "other_organiser": {"organisers": [outsider]},
            "everything": {
                "created_by": users["amb_creator"],
                "sectors": ["ondernemers", "onderwijs"],
                "organisers": [own, second, outsider],
            },
        }
        pks = {}
        for shape in SHAPES:
            for public in (True, False):
                name = f"{shape}/{'public' if public else 'hidden'}"
                pks[name] = EventFactory(public=public, title=name, **links.get(shape, {})).pk
        prefetched = Event.objects.for_detail().in_bulk(pks.values())
        events = {
            "plain": {name: Event.objects.get(pk=pk) for name, pk in pks.items()},
            "prefetched": {name: prefetched[pk] for name, pk in pks.items()},
        }
        yield SimpleNamespace(users=users, events=events)


@pytest.mark.parametrize("check", CHECKS, ids=[check.name for check in CHECKS])
def test_the_rule_and_its_queryset_agree_for_every_login_and_event(matrix, check):
    outcome = compare([check], matrix.users, matrix.events, Event)
    assert outcome.problems == []
    assert outcome.pairs == LOGINS * len(SHAPES) * 2 * 2  # logins × shapes × public/hidden × loadings
    allowed, refused = outcome.tally[check.name]
    assert allowed and refused, "a check that never differs between logins tests nothing"
