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
    can_edit_event.filter(Event.objects.all(), user)     # the events ``user`` may edit

Three kinds of atoms:

- ``Condition.on_user(predicate)``: a role; true for every object or for none ("every row" / "no row");
- ``Condition.on_object(name, test=, where=)``: a link between the user and the object (leads it, of my
  organisation); only ever true for logged-in, active users;
- ``Condition.fact(name, test=, where=)``: a fact about the object alone, the same for whoever asks (public,
  a draft, still open); anonymous visitors see public things through these.

A ``where`` never joins a multi-valued relation directly (that would repeat rows, and an OR across such joins
would join every row first): it uses one indexed ``pk__in=<subquery>`` per branch. ``~`` is safe on the
conditions used here because their columns are not nullable (a Python ``not`` and an SQL ``NOT`` differ on
NULL). Composition folds "every row" and "no row" away, so "the actions I may edit" is ``.all()`` for a
coordinator and ``.none()`` for a visitor (no query at all). Each app's suite checks, for every role × object of a matrix, that
the predicate and the filter agree (``tests/<app>/test_rule_matrix.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property

import rules
from django.db.models import Q, QuerySet

from deventer_intl.roles import links

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
        return cls(
            predicate.name,
            test=lambda user, obj: bool(predicate.test(user)),
            where=lambda user: EVERY_ROW if predicate.test(user) else NO_ROW,
        )

    @classmethod
    def on_object(cls, name: str, *, test: Callable, where: Callable[..., Q]) -> Condition:
        """A link between user and object: ``test(user, obj)`` never sees ``None`` (no object means false),
        ``where(user)`` gives the same rows; both only for logged-in, active users (anonymous visitors and
        inactive logins match nothing)."""

        def guarded_test(user, obj) -> bool:
            return obj is not None and _active(user) and bool(test(user, obj))

        def guarded_where(user) -> Q:
            return where(user) if _active(user) else NO_ROW

        return cls(name, test=guarded_test, where=guarded_where)

    @classmethod
    def linked(cls, name: str, *, model, relation: str, ids: Callable[..., Iterable[int]]) -> Condition:
        """The object is linked through its many-to-many ``relation`` to one of ``ids(user)`` (the user's sector,
        organisations, or the user): the Python test reads a prefetch when the page made one, else asks one
        indexed query; the filter is a ``pk__in`` subquery on the relation's table, so rows never repeat."""
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()

        def test(user, obj) -> bool:
            wanted = set(ids(user))
            if not wanted:
                return False
            linked_ids = prefetched_ids(obj, relation)
            if linked_ids is not None:
                return bool(linked_ids & wanted)
            return getattr(obj, relation).filter(pk__in=wanted).exists()

        def where(user) -> Q:
            wanted = list(ids(user))
            if not wanted:
                return NO_ROW
            return Q(pk__in=through.objects.filter(**{f"{target}__in": wanted}).values(source))

        return cls.on_object(name, test=test, where=where)

    @classmethod
    def fact(cls, name: str, *, test: Callable, where: Q | Callable[[], Q]) -> Condition:
        """A fact about the object alone, whoever asks: ``test(obj)`` (never ``None``: no object means false) and
        ``where``, a Q or a function returning one (for a Q that must be built late, e.g. with the time)."""
        return cls(
            name,
            test=lambda user, obj: obj is not None and bool(test(obj)),
            where=lambda user: where() if callable(where) else where,
        )

    def __and__(self, other: Condition) -> Condition:
        return Condition(
            f"({self.name} & {other.name})",
            test=lambda user, obj: self.test(user, obj) and other.test(user, obj),
            where=lambda user: _and(self.where(user), other.where(user)),
        )

    def __or__(self, other: Condition) -> Condition:
        return Condition(
            f"({self.name} | {other.name})",
            test=lambda user, obj: self.test(user, obj) or other.test(user, obj),
            where=lambda user: _or(self.where(user), other.where(user)),
        )

    def __invert__(self) -> Condition:
        return Condition(
            f"~{self.name}", test=lambda user, obj: not self.test(user, obj), where=lambda user: _not(self.where(user))
        )

    # --- using ---
    def test(self, user, obj=None) -> bool:
        return bool(self._test(user, obj))

    def where(self, user) -> Q:
        return self._where(user)

    def filter(self, queryset: QuerySet, user) -> QuerySet:
        """The rows of ``queryset`` for which the condition holds for ``user``."""
        condition = self.where(user)
        if condition is EVERY_ROW:
            return queryset.all()
        if condition is NO_ROW:
            return queryset.none()
        return queryset.filter(condition)

    @cached_property
    def predicate(self) -> rules.Predicate:
        """The same condition as a django-rules predicate, for ``rules.add_perm`` and ``user.has_perm``."""
        return rules.predicate(lambda user, obj: self.test(user, obj), name=self.name)

    def __repr__(self) -> str:
        return f"<Condition {self.name}>"


def _and(left: Q, right: Q) -> Q:
    if left is NO_ROW or right is NO_ROW:
        return NO_ROW
    if left is EVERY_ROW:
        return right
    if right is EVERY_ROW:
        return left
    return left & right


def _or(left: Q, right: Q) -> Q:
    if left is EVERY_ROW or right is EVERY_ROW:
        return EVERY_ROW
    if left is NO_ROW:
        return right
    if right is NO_ROW:
        return left
    return left | right


def _not(condition: Q) -> Q:
    if condition is EVERY_ROW:
        return NO_ROW
    if condition is NO_ROW:
        return EVERY_ROW
    return ~condition


def _active(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def prefetched_ids(obj, relation: str, attribute: str = "pk") -> set | None:
    """``attribute`` (the primary key unless told) of each of ``obj.<relation>`` when a prefetch already loaded
    them, else None (ask the database)."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    if relation in cache:
        return {getattr(item, attribute) for item in cache[relation]}
    return None


def my_sector_ids(user) -> list[int]:
    """The ambassador's sector as a list (empty without one), for ``Condition.linked``."""
    sector_id = links(user).sector_id
    return [sector_id] if sector_id is not None else []
