"""Every rule on an action and its queryset agree, for every login × action of a matrix.

``agenda/permissions.py`` writes each rule once; ``Action.objects.visible_to`` / ``editable_by`` /
``involving_organisations_of`` filter with the same conditions. Here both forms are asked for every role
(visitor, login without a role, inactive logins, partner representatives of the leading, a participating and an
uninvolved organisation, ambassadors of the action's sector, of another, without one, leading, co-editing, office
staff, the superuser) × every shape of action (public or not, open or closed, each link present or absent), on
plain and on prefetched actions, since the Python tests read prefetched relations when there are any.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agenda import permissions
from agenda.models import Action
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from tests.factories import ActionFactory, ParticipationFactory, PartnerFactory
from tests.rule_matrix import Check, compare, make_logins, module_data

pytestmark = pytest.mark.django_db

CHECKS = [
    Check("agenda.see_action", lambda user: Action.objects.visible_to(user)),
    Check("agenda.edit_action", lambda user: Action.objects.editable_by(user)),
    Check("agenda.view_history", lambda user: Action.objects.editable_by(user)),
    Check("agenda.manage_participants", lambda user: Action.objects.editable_by(user)),
    Check("agenda.close_action", lambda user: permissions.can_close_action.filter(Action.objects.all(), user)),
    Check("agenda.post_update", lambda user: permissions.can_post_update.filter(Action.objects.all(), user)),
    Check("agenda.join_action", lambda user: permissions.can_join_action.filter(Action.objects.all(), user)),
    Check(
        "involves_my_organisation",
        lambda user: Action.objects.involving_organisations_of(user),
        allows=permissions.involves_my_organisation.test,
    ),
]

#: The links an action may have, each alone and all together.
SHAPES = [
    "no_links",
    "my_sector",
    "other_sector",
    "lead_person",
    "co_editor",
    "lead_partner",
    "participant",
    "outsider_participant",
    "everything",
]
LOGINS = 18


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        own = PartnerFactory(name="Stichting Doet Mee")
        leading = PartnerFactory(name="Stichting Trekt")
        other = PartnerFactory(name="Stichting Elders")
        outsider = PartnerFactory(name="Stichting Niemand")
        users = make_logins(
            {
                "anonymous": {},
                # A sector and an organisation on the profile count for nothing without the role.
                "no_role": {"sector": "onderwijs", "partners": [own]},
                "inactive_coordinator": {"roles": [COORDINATOR], "is_active": False},
                "inactive_ambassador": {"roles": [AMBASSADOR], "sector": "onderwijs", "is_active": False},
                "inactive_rep": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own], "is_active": False},
                "rep_participant": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own], "sector": "onderwijs"},
                "rep_leading": {"roles": [PARTNER_REPRESENTATIVE], "partners": [leading]},
                "rep_other": {"roles": [PARTNER_REPRESENTATIVE], "partners": [other]},
                # Two of their organisations take part in one action: it must still be one row.
                "rep_both": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own, leading]},
                "amb_sector": {"roles": [AMBASSADOR], "sector": "onderwijs"},
                "amb_other_sector": {"roles": [AMBASSADOR], "sector": "cultuur-toerisme"},
                "amb_lead": {"roles": [AMBASSADOR], "sector": "ondernemers"},
                "amb_coeditor": {"roles": [AMBASSADOR], "sector": "ondernemers"},
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
            "my_sector": {"sectors": ["onderwijs"]},
            "other_sector": {"sectors": ["sport"]},
            "lead_person": {"lead_person": users["amb_lead"]},
            "co_editor": {"editors": [users["amb_coeditor"]]},
            "lead_partner": {"lead_partner": leading},
            "everything": {
                "sectors": ["onderwijs", "sport"],
                "lead_person": users["amb_lead"],
                "editors": [users["amb_coeditor"]],
                "lead_partner": leading,
            },
        }
        pks = {}
        for shape in SHAPES:
            for public in (True, False):
                for status in (Action.Status.PLANNED, Action.Status.REALISED):
                    action = ActionFactory(public=public, status=status, **links.get(shape, {}))
                    if shape in ("participant", "everything"):
                        ParticipationFactory(action=action, partner=own)
                    if shape == "everything":
                        ParticipationFactory(action=action, partner=leading)
                    if shape == "outsider_participant":
                        ParticipationFactory(action=action, partner=outsider)
                    pks[f"{shape}/{'public' if public else 'hidden'}/{status}"] = action.pk
        prefetched = Action.objects.for_detail().prefetch_related("editors").in_bulk(pks.values())
        actions = {
            "plain": {name: Action.objects.get(pk=pk) for name, pk in pks.items()},
            "prefetched": {name: prefetched[pk] for name, pk in pks.items()},
        }
        yield SimpleNamespace(users=users, actions=actions)


@pytest.mark.parametrize("check", CHECKS, ids=[check.name for check in CHECKS])
def test_the_rule_and_its_queryset_agree_for_every_login_and_action(matrix, check):
    outcome = compare([check], matrix.users, matrix.actions, Action)
    assert outcome.problems == []
    assert outcome.pairs == LOGINS * len(SHAPES) * 2 * 2 * 2  # logins × shapes × public/hidden × open/closed × loadings
    allowed, refused = outcome.tally[check.name]
    assert allowed and refused, "a check that never differs between logins tests nothing"
