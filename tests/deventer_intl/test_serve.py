"""make serve: production static files never fail a page, and an unsafe configuration does not start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks

BASE_DIR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_static(settings, tmp_path):
    """The production storage over a STATIC_ROOT where collectstatic ran without it: no manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "deventer_intl.storage.StaticStorage"},
    }
    settings.STATIC_ROOT = tmp_path
    return tmp_path


def test_a_page_renders_when_the_manifest_is_missing(client, production_static):
    response = client.get("/nl/")
    assert response.status_code == 200
    assert "/static/css/" in response.content.decode(), "plain names instead of a 500"


def test_the_deploy_check_says_the_manifest_is_missing(production_static):
    warnings = [message for message in run_checks(include_deployment_checks=True) if message.id == "deventer_intl.W001"]
    assert warnings and "collectstatic" in warnings[0].hint
    (production_static / "staticfiles.json").write_text('{"paths": {}, "version": "1.1"}')
    assert not [message for message in run_checks(include_deployment_checks=True) if message.id == "deventer_intl.W001"]


@pytest.mark.parametrize(
    "environment, complaint",
    [
        ({"DEBUG": "1"}, "DEBUG must be off (set DEBUG=0"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY must be set to a long random value"),
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS must name the site's host names, e.g. ALLOWED_HOSTS="),
    ],
)
def test_serve_refuses_an_unsafe_configuration_and_says_what_to_set(environment, complaint):
    env = {**os.environ, "DATABASE_URL": os.environ.get("DATABASE_URL") or "postgres://nobody@127.0.0.1:1/none"}
    env.pop("SECRET_KEY", None)
    env.update(environment)
    result = subprocess.run(
        [sys.executable, "bin/serve.py"], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "refusing to start" in result.stdout and complaint in result.stdout
