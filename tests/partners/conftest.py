import pytest
from django.contrib.auth import get_user_model

from deventer_intl.roles import COORDINATOR, ensure_roles


@pytest.fixture
def coordinator(db):
    """A coordinator: staff with the Coordinator group's permissions, not a superuser."""
    user = get_user_model().objects.create_user("coordinator", "coordinator@example.org", "x", is_staff=True)
    user.groups.add(ensure_roles()[COORDINATOR])
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client
