"""The roles that exist so far, as auth groups with their model permissions."""

from django.contrib.auth.models import Group, Permission

COORDINATOR = "Coordinator"

#: The apps whose models a coordinator manages in the admin.
COORDINATOR_APPS = ["partners"]


def ensure_roles() -> dict[str, Group]:
    """Create or update the role groups; safe to run any number of times."""
    coordinator, _ = Group.objects.get_or_create(name=COORDINATOR)
    coordinator.permissions.set(Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS))
    return {COORDINATOR: coordinator}
