"""The roles: auth groups with their model permissions, and the predicates the apps' rules build on.

A login's role is its group. Object-level rules live in each app's ``permissions.py`` (django
``rules``); they start from the predicates here. Role names and links are read once per request
and cached on the user object, so checking a rule for every row of a list costs no queries.
"""

from __future__ import annotations

import rules
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

COORDINATOR = "Coordinator"
CIVIL_SERVANT = "Civil servant"
AMBASSADOR = "Ambassador"
PARTNER_REPRESENTATIVE = "Partner representative"
ROLES = [COORDINATOR, CIVIL_SERVANT, AMBASSADOR, PARTNER_REPRESENTATIVE]
ROLE_LABELS = {
    COORDINATOR: _("coordinator"),
    CIVIL_SERVANT: _("civil servant"),
    AMBASSADOR: _("ambassador"),
    PARTNER_REPRESENTATIVE: _("partner representative"),
}

#: The apps whose models a coordinator manages in the admin.
COORDINATOR_APPS = ["partners", "agenda", "subsidies", "events", "deventer_intl", "reports"]
#: Users and groups too: the coordinator manages the logins.
COORDINATOR_MODELS = [("auth", "user"), ("auth", "group"), ("axes", "accessattempt")]


def ensure_roles() -> dict[str, Group]:
    """Create or update the role groups; safe to run any number of times."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    coordinator_permissions = Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
    for app_label, model in COORDINATOR_MODELS:
        coordinator_permissions |= Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model
        )
    groups[COORDINATOR].permissions.set(coordinator_permissions)
    return groups


class Links:
    """A user's roles, sector and organisations, read in two queries and kept for the request."""

    def __init__(self, user):
        self.roles: frozenset[str] = frozenset()
        self.sector_id: int | None = None
        self.partner_ids: frozenset[int] = frozenset()
        if not user.is_authenticated or not user.is_active:
            return
        self.roles = frozenset(user.groups.values_list("name", flat=True))
        from deventer_intl.models import Profile

        profile = Profile.objects.filter(user=user).prefetch_related("partners").first()
        if profile is not None:
            self.sector_id = profile.sector_id
            self.partner_ids = frozenset(partner.pk for partner in profile.partners.all())


def links(user) -> Links:
    """The cached :class:`Links` of ``user``."""
    cached = getattr(user, "_deventer_links", None)
    if cached is None:
        cached = Links(user)
        if user.is_authenticated:
            user._deventer_links = cached
    return cached


def forget_links(user) -> None:
    """Drop the cache after the user's roles or links change."""
    if hasattr(user, "_deventer_links"):
        del user._deventer_links


def has_role(*names: str):
    """A predicate: the user holds one of these roles (superusers count as coordinators)."""
    wanted = frozenset(names)

    @rules.predicate(name=f"has_role({', '.join(names)})")
    def predicate(user) -> bool:
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser and COORDINATOR in wanted:
            return True
        return bool(links(user).roles & wanted)

    return predicate


is_coordinator = has_role(COORDINATOR)
is_civil_servant = has_role(CIVIL_SERVANT)
is_ambassador = has_role(AMBASSADOR)
is_partner_representative = has_role(PARTNER_REPRESENTATIVE)
#: The municipality's own people: they may edit everything an ambassador may.
is_office_staff = is_civil_servant | is_coordinator
#: Everyone who works on the agenda from the office side.
is_office = is_ambassador | is_office_staff

# The roles themselves as rules, so a view, form or template that asks "is this the office?" says so
# instead of borrowing an app's permission that happens to mean the same today.
rules.add_perm("deventer_intl.is_office_staff", is_office_staff)
rules.add_perm("deventer_intl.is_office", is_office)


def role_names(user) -> list[str]:
    """The user's roles in a fixed order, in the active language."""
    held = links(user).roles
    if user.is_superuser:
        held = held | {COORDINATOR}
    return [str(ROLE_LABELS[name]) for name in ROLES if name in held]
