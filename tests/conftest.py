"""Shared fixtures. The database is real PostgreSQL: embedded by default, DATABASE_URL when set."""

import importlib

import pytest
from django.apps import apps
from django.core.cache import caches

from tests.factories import make_login, partner_with_search


def ensure_reference_data():
    """Recreate the migrations' reference data (sectors, Global Goals, countries) when it is missing.

    Transactional tests end with a flush of every table, which also removes what data migrations
    created; the next transactional test puts it back here (and tests/browser/conftest.py after its flush).
    """
    for module in ("partners.migrations.0003_reference_data", "agenda.migrations.0002_policy_periods"):
        importlib.import_module(module).create(apps, None)


@pytest.fixture(autouse=True)
def _reference_data_in_transactional_tests(request):
    marker = request.node.get_closest_marker("django_db")
    # (The browser tests' live server is not transactional here: tests/browser/conftest.py.)
    transactional = (marker is not None and marker.kwargs.get("transaction")) or (
        "transactional_db" in request.fixturenames
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        ensure_reference_data()


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, settings):
    """A cheap hasher keeps logins and demo users fast, also for the browser tests' live server (it reads the
    same settings). Tests marked ``login_form`` submit the login form: they check passwords with the
    production hashers."""
    if request.node.get_closest_marker("login_form") is None:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _rate_limits_only_where_tested(request, settings):
    """The per-client rate limits count in a cache that outlives one test: every test posts from the same
    address, so they are off except in tests marked ``rate_limits`` (tests/deventer_intl/test_rate_limits.py)."""
    if request.node.get_closest_marker("rate_limits") is None:
        settings.RATELIMIT_ENABLE = False


@pytest.fixture(autouse=True)
def _fresh_cache_without_page_cache(settings):
    """Each test starts with an empty cache of its own (local memory: no queries in the query budgets, nothing
    left by another test) and without the anonymous page cache, so tests that read ``response.context`` get a
    rendered page. The cache's own tests (tests/deventer_intl/test_cache*.py) turn it on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tests",
            "KEY_FUNCTION": "deventer_intl.cache.make_key",
        }
    }
    settings.PAGE_CACHE_SECONDS = 0
    caches["default"].clear()


@pytest.fixture
def make_partner(db):
    """Create a partner (factory kwargs, plus countries=[codes], goals=[numbers]) with its search text built."""
    return partner_with_search


@pytest.fixture
def make_user(db):
    """Create a login: ``make_user(role=roles.AMBASSADOR, sector="onderwijs", partners=[partner], password=...)``.

    ``role`` is a group name from ``deventer_intl.roles`` (or None for a login without a role);
    ``sector`` a slug or Sector; ``partners`` Partner objects or slugs. Other kwargs go to UserFactory.
    See ``tests.factories.make_login``.
    """
    return make_login


# --- The Nu Html Checker over the pages of the browser tests (tests/browser/html_check.py) -------------


def pytest_configure(config):
    from tests.browser import html_check

    html_check.configure(config)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    from tests.browser import html_check

    html_check.configure_node(node)


def pytest_sessionfinish(session, exitstatus):
    from tests.browser import html_check

    html_check.session_finish(session)
