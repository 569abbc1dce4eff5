"""Predicate and queryset agree: the check the apps' ``test_rule_matrix.py`` share.

A rule on an object ("may this user edit this event?") and its list form ("the events this user may edit")
come from one ``Condition`` (``deventer_intl.permissions``). These helpers ask both, for every login × object of
an app's matrix, and list every pair on which they differ. The data is built once per module, inside a
transaction that is rolled back when the module is done (``module_data``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import rules
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import QuerySet

from partners.models import Sector
from tests.factories import make_login


@contextlib.contextmanager
def module_data(django_db_blocker) -> Iterator[None]:
    """Database access for a module-scoped fixture; whatever it creates is rolled back at the end.

    Each test's own transaction (pytest-django's ``db``) nests inside as a savepoint.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        if not Sector.objects.exists():  # a transactional test before this module flushed the reference data
            from tests.conftest import ensure_reference_data

            ensure_reference_data()
        yield
        transaction.set_rollback(True)


def make_logins(specs: dict[str, dict]) -> dict:
    """Logins by name: ``{"name": {"roles": [...], "sector": slug, "partners": [...], "is_active": bool,
    "is_superuser": bool}}``; the name ``anonymous`` is a visitor who did not log in."""
    users = {}
    for name, spec in specs.items():
        if name == "anonymous":
            users[name] = AnonymousUser()
            continue
        spec = dict(spec)
        if spec.get("is_superuser"):
            spec["is_staff"] = True
        users[name] = make_login(username=name, **spec)
    return users


@dataclass
class Check:
    """One rule and its queryset form: ``allows(user, obj)`` against ``scope(user)``."""

    name: str
    scope: Callable[..., QuerySet]
    #: Defaults to the rule registered under ``name`` (what views ask through ``user.has_perm``).
    allows: Callable[..., bool] | None = None

    def allowed(self, user, obj) -> bool:
        if self.allows is not None:
            return bool(self.allows(user, obj))
        if user.is_active and user.is_superuser:
            # Django answers every has_perm of an active superuser with True before it asks a backend; the rule
            # itself (superuser = coordinator) is what the queryset follows.
            return rules.has_perm(self.name, user, obj)
        return user.has_perm(self.name, obj)


@dataclass
class Outcome:
    pairs: int
    problems: list[str]
    #: Per check: (allowed pairs, refused pairs), so a check that always says "no" on both sides shows.
    tally: dict[str, tuple[int, int]]


def compare(checks: list[Check], users: dict, objects: dict[str, dict], model) -> Outcome:
    """Ask every check for every user × object. ``objects`` maps a way of loading (plain, prefetched …) to the
    objects loaded that way, by name; each loading must be asked, because a rule's Python test reads prefetched
    relations when there are any and queries otherwise."""
    pairs, problems, tally = 0, [], {}
    names = list(next(iter(objects.values())))
    for check in checks:
        allowed_count = refused_count = 0
        for user_name, user in users.items():
            scope = check.scope(user)
            assert scope.model is model, check.name
            rows = list(scope.values_list("pk", flat=True))
            if len(rows) != len(set(rows)):
                problems.append(f"{check.name} for {user_name}: the queryset repeats rows")
            for obj_name in names:
                in_scope = scope.filter(pk=objects[next(iter(objects))][obj_name].pk).exists()
                for loading, loaded in objects.items():
                    allowed = check.allowed(user, loaded[obj_name])
                    pairs += 1
                    allowed_count += allowed
                    refused_count += not allowed
                    if allowed != in_scope:
                        problems.append(
                            f"{check.name} for {user_name} on {obj_name} ({loading}): "
                            f"rule says {allowed}, queryset says {in_scope}"
                        )
        tally[check.name] = (allowed_count, refused_count)
    return Outcome(pairs=pairs, problems=problems, tally=tally)
