"""Who made a change, for django-simple-history, set in one place."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def by_user(instance: T, user) -> T:
    """Record ``user`` as the author of ``instance``'s next history row (its next save or delete); returns it.

    Services write ``by_user(action, by).save()``: the views' request is not there (services never see it),
    so simple-history's middleware cannot know who it was.
    """
    instance._history_user = user
    return instance
