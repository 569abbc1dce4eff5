"""Every rule on an application and its queryset agree, for every login × application of a matrix.

``subsidies/permissions.py`` writes each rule once; ``Application.objects.visible_to`` / ``of_organisations_of``
filter with the same conditions. Here both forms are asked for every role (visitor, login without a role, inactive
logins, representatives of the applying organisation, of another, of both, an ambassador linked to the applying
organisation, the civil servant who proposed the decisions and the one who did not, the coordinator, the superuser,
and someone who is both office staff and a representative of the applying organisation) × every stage of the life
cycle (draft included) for two organisations. The applications are brought to their stage through the services.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import timezone

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from subsidies import permissions
from subsidies.models import Application, Budget, Scheme
from tests.factories import PartnerFactory
from tests.rule_matrix import Check, compare, make_logins, module_data
from tests.subsidies.builders import STAGES, build_application

pytestmark = pytest.mark.django_db

CHECKS = [
    Check("subsidies.see_application", lambda user: Application.objects.visible_to(user)),
    Check("subsidies.edit_application", lambda user: Application.objects.of_organisations_of(user)),
    Check("subsidies.file_report", lambda user: Application.objects.of_organisations_of(user)),
    Check("subsidies.review", lambda user: permissions.office_step.filter(Application.objects.all(), user)),
    Check("subsidies.record_payment", lambda user: permissions.office_step.filter(Application.objects.all(), user)),
    Check("subsidies.settle", lambda user: permissions.office_step.filter(Application.objects.all(), user)),
    Check(
        "subsidies.confirm_decision",
        lambda user: permissions.can_confirm_decision.filter(Application.objects.all(), user),
    ),
]
LOGINS = 14


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker, tmp_path_factory):
    files = tmp_path_factory.mktemp("rule-matrix")
    with (
        override_settings(MEDIA_ROOT=files / "media", PRIVATE_MEDIA_ROOT=files / "private"),
        module_data(django_db_blocker),
    ):
        own = PartnerFactory(name="St. Deventer - Roemenië")
        other = PartnerFactory(name="Stichting Kinderen van Uganda")
        users = make_logins(
            {
                "anonymous": {},
                # An organisation on the profile counts for nothing without the role.
                "no_role": {"partners": [own]},
                "inactive_rep": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own], "is_active": False},
                "inactive_coordinator": {"roles": [COORDINATOR], "is_active": False},
                "rep": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own]},
                "other_rep": {"roles": [PARTNER_REPRESENTATIVE], "partners": [other]},
                "rep_of_both": {"roles": [PARTNER_REPRESENTATIVE], "partners": [own, other]},
                # Ambassadors have no access to applications, whatever their profile names.
                "ambassador": {"roles": [AMBASSADOR], "sector": "maatschappelijk", "partners": [own]},
                "civil": {"roles": [CIVIL_SERVANT], "sector": "gemeente"},  # proposes every decision
                "civil2": {"roles": [CIVIL_SERVANT], "sector": "gemeente"},  # confirms them
                "coordinator": {"roles": [COORDINATOR]},
                "superuser": {"is_superuser": True},
                # Sees the own organisation's applications, drafts included, but takes no office step on them.
                "office_and_rep": {"roles": [CIVIL_SERVANT, PARTNER_REPRESENTATIVE], "partners": [own]},
                "coordinator_and_rep": {"roles": [COORDINATOR, PARTNER_REPRESENTATIVE], "partners": [other]},
            }
        )
        assert len(users) == LOGINS
        year = timezone.localdate().year
        scheme = Scheme.objects.create(
            slug="internationale-samenwerking",
            name_nl="NGO-subsidies internationale samenwerking",
            purpose_nl="Kleine subsidies.",
            max_amount=Decimal("5000"),
            opens_on=datetime.date(year - 1, 1, 1),
            decision_weeks=8,
        )
        Budget.objects.create(scheme=scheme, year=year, amount=Decimal("43000"))
        people = SimpleNamespace(
            own=own,
            other=other,
            rep=users["rep"],
            other_rep=users["other_rep"],
            civil=users["civil"],
            civil2=users["civil2"],
        )
        pks = {
            f"{stage}/{name}": build_application(stage, people=people, scheme=scheme, partner=partner).pk
            for stage in STAGES
            for name, partner in (("own", own), ("other", other))
        }
        detail = Application.objects.for_detail().in_bulk(pks.values())
        applications = {
            "plain": {name: Application.objects.get(pk=pk) for name, pk in pks.items()},
            "detail": {name: detail[pk] for name, pk in pks.items()},
        }
        assert {application.status for application in applications["plain"].values()} == set(Application.Status)
        yield SimpleNamespace(users=users, applications=applications)


@pytest.mark.parametrize("check", CHECKS, ids=[check.name for check in CHECKS])
def test_the_rule_and_its_queryset_agree_for_every_login_and_application(matrix, check):
    outcome = compare([check], matrix.users, matrix.applications, Application)
    assert outcome.problems == []
    assert outcome.pairs == LOGINS * len(STAGES) * 2 * 2  # logins × stages × organisations × loadings
    allowed, refused = outcome.tally[check.name]
    assert allowed and refused, "a check that never differs between logins tests nothing"
