"""The subsidy tests' logins (one per role) and their organisations, for the audit and privacy tests."""

from tests.subsidies.conftest import people  # noqa: F401
