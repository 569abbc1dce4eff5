"""Each rule once: a condition on (user, object) that yields both a django-rules predicate and a queryset filter.

"May this user edit this event?" (a page, a button) and "the events this user may edit" (a list, a 404 for
the rest) are the same rule. Written twice, the two drift; here a rule is composed once from conditions
that each carry both forms side by side, and both the predicate and the filter are derived from it::

    created_event = Condition.on_object(
        "created_event",
        test=lambda user, event: event.created_by_id == user.pk,
        where=lambda user: Q(created_by=user.pk),
    )
    can_edit_event = office_staff | (ambassador & (created_event | event_in_my_sector))
    rules.add_perm("events.edit_event", can_edit_event.predicate)
    Event.objects.filter(can_edit_event.where(user))     # or can_edit_event.filter(queryset, user)

A ``where`` never joins a multi-valued relation directly (that would repeat rows): it uses
``pk__in=<subquery>``. Role conditions (``Condition.on_user``) test the user only; in a queryset they are
"every row" or "no row". Each app's test suite checks, for every role × object of a matrix, that the
predicate and the filter agree.
"""

from __future__ import annotations

from collections.abc import Callable

import rules
from django.db.models import Q, QuerySet

#: Q objects that match every row / no row (a bare ``Q()`` is neither: Django drops it when combining).
EVERY_ROW = ~Q(pk__in=[])
NO_ROW = Q(pk__in=[])


class Condition:
    """A condition with a Python test (``test(user, obj)``) and its SQL twin (``where(user) -> Q``)."""

    def __init__(self, name: str, *, test: Callable, where: Callable[..., Q]):
        self.name = name
        self._test = test
        self._where = where

    # --- building ---
    @classmethod
    def on_user(cls, predicate: rules.Predicate) -> Condition:
        """A condition on the user alone (a role): true for every object or for none."""
        return cls(predicate.name, test=lambda user, obj: bool(predicate.test(user)),
                   where=lambda user: EVERY_ROW if predicate.test(user) else NO_ROW)

    @classmethod
    def on_object(cls, name: str, *, test: Callable, where: Callable[..., Q]) -> Condition:
        """A condition on the object: ``test`` never sees ``None`` (no object means false), ``where`` gives the
        same rows; both only for logged-in, active users (anonymous visitors match nothing)."""

        def guarded_test(user, obj) -> bool:
            return obj is not None and _active(user) and bool(test(user, obj))

        def guarded_where(user) -> Q:
            return where(user) if _active(user) else NO_ROW

        return cls(name, test=guarded_test, where=guarded_where)

    def __and__(self, other: Condition) -> Condition:
        return Condition(f"({self.name} & {other.name})",
                         test=lambda user, obj: self.test(user, obj) and other.test(user, obj),
                         where=lambda user: self.where(user) & other.where(user))

    def __or__(self, other: Condition) -> Condition:
        return Condition(f"({self.name} | {other.name})",
                         test=lambda user, obj: self.test(user, obj) or other.test(user, obj),
                         where=lambda user: self.where(user) | other.where(user))

    def __invert__(self) -> Condition:
        return Condition(f"~{self.name}", test=lambda user, obj: not self.test(user, obj),
                         where=lambda user: ~self.where(user))

    # --- using ---
    def test(self, user, obj=None) -> bool:
        return bool(self._test(user, obj))

    def where(self, user) -> Q:
        return self._where(user)

    def filter(self, queryset: QuerySet, user) -> QuerySet:
        """The rows of ``queryset`` for which the condition holds for ``user``."""
        return queryset.filter(self.where(user))

    @property
    def predicate(self) -> rules.Predicate:
        """The same condition as a django-rules predicate, for ``rules.add_perm`` and ``user.has_perm``."""
        return rules.predicate(lambda user, obj: self.test(user, obj), name=self.name)

    def __repr__(self) -> str:
        return f"<Condition {self.name}>"


def _active(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def prefetched_ids(obj, relation: str) -> set[int] | None:
    """The primary keys of ``obj.<relation>`` when a prefetch already loaded them, else None (ask the database)."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    if relation in cache:
        return {item.pk for item in cache[relation]}
    return None
