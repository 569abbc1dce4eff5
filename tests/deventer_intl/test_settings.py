"""Configuration: safe local defaults, a production mode that refuses unsafe settings and passes check --deploy."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFE_PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "k3J!x9-prod-secret-for-tests-only-0123456789abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "international.deventer.nl",
    # check --deploy does not connect; nothing listens on port 1.
    "DATABASE_URL": "postgres://portal@127.0.0.1:1/portal",
    "DEBUG": "",
}


def manage(*args, **env_overrides):
    # A clean environment: nothing the test run itself set (e.g. the browser tests' async flag) leaks in.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in SAFE_PRODUCTION and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", **SAFE_PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    issues = set(re.findall(r"\((?:security|deventer_intl|axes|csp)\.[A-Z]\d+\)", result.stdout + result.stderr))
    # Only "static files not collected with the production storage" may remain: the suite's static files are
    # collected in development mode; tests/deventer_intl/test_serve.py checks that warning both ways.
    assert issues <= {"(deventer_intl.W001)"}, result.stdout + result.stderr


@pytest.mark.parametrize(
    "override, complaint",
    [
        ({"DEBUG": "1"}, "DEBUG must be off"),
        ({"SECRET_KEY": ""}, "SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        ({"DATABASE_URL": ""}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_with_an_unsafe_configuration(override, complaint):
    result = manage("check", **{**SAFE_PRODUCTION, **override})
    assert result.returncode != 0
    assert "Unsafe production configuration" in result.stderr and complaint in result.stderr


def test_local_defaults_are_debug_with_csp_on(settings):
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"] == ["'self'"]
    assert "csp.middleware.CSPMiddleware" in settings.MIDDLEWARE
    assert settings.LANGUAGE_CODE == "nl" and [code for code, _ in settings.LANGUAGES] == ["nl", "en", "de"]


def test_env_example_documents_every_variable_the_settings_read():
    import re

    settings_source = (ROOT / "deventer_intl" / "settings.py").read_text()
    database_source = (ROOT / "deventer_intl" / "database.py").read_text()
    read = set(re.findall(r'env(?:_bool|_list)?\("([A-Z_]+)"', settings_source))
    read |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', settings_source + database_source))
    documented = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert read - documented == set()
