"""Structured logs: JSON lines with an event name, a request id, the user id and timing, never personal data."""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import structlog
from django.urls import reverse

from deventer_intl.logs import REQUEST_ID_HEADER, logging_config
from deventer_intl.monitoring import scrub_event
from deventer_intl.roles import AMBASSADOR
from tests.factories import make_login

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


@pytest.fixture
def json_lines():
    """The request logger's output as the production formatter writes it, one JSON object per line."""
    config = logging_config(json=True, level="INFO")["formatters"]["structured"]
    formatter = structlog.stdlib.ProcessorFormatter(**{key: value for key, value in config.items() if key != "()"})
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    request_logger = logging.getLogger("deventer_intl.request")
    old_level = request_logger.level
    request_logger.addHandler(handler)
    request_logger.setLevel(logging.INFO)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    request_logger.removeHandler(handler)
    request_logger.setLevel(old_level)


def test_a_request_is_one_json_line_with_event_request_id_user_id_and_timing(client, json_lines):
    user = make_login(AMBASSADOR, username="anouk-test", email="anouk.private@example.org")
    client.force_login(user)
    response = client.get(reverse("agenda:mine"), {"q": "anouk.private@example.org"})
    assert response.status_code == 200
    [line] = [line for line in json_lines() if line["event"] == "request_finished"]
    assert line["request_id"] == response[REQUEST_ID_HEADER]
    assert line["user_id"] == user.pk
    assert line["route"] == "agenda:mine"
    assert line["method"] == "GET" and line["status"] == 200
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["level"] == "info" and line["timestamp"].endswith("Z")
    text = json.dumps(line)
    assert "@" not in text and "anouk" not in text.lower(), "no e-mail address, query or name in the log"
    assert "ip" not in line and "path" not in line


def test_a_visitor_has_no_user_id_and_a_safe_request_id_from_the_proxy_is_kept(client, json_lines):
    response = client.get(reverse("home"), headers={"X-Request-ID": "proxy-4f2a9c01"})
    assert response[REQUEST_ID_HEADER] == "proxy-4f2a9c01"
    [line] = [line for line in json_lines() if line["event"] == "request_finished"]
    assert line["request_id"] == "proxy-4f2a9c01"
    assert "user_id" not in line


def test_an_unsafe_request_id_is_replaced(client, json_lines):
    response = client.get(reverse("home"), headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert response[REQUEST_ID_HEADER] != "<script>alert(1)</script>"
    assert len(response[REQUEST_ID_HEADER]) == 32


def test_a_not_found_page_logs_its_status_without_the_path(client, json_lines):
    client.get("/nl/partners/geheime-naam-van-iemand/")
    [line] = [line for line in json_lines() if line["event"] == "request_finished"]
    assert line["status"] == 404
    assert "geheime" not in json.dumps(line)


def test_sentry_removes_personal_data_before_sending():
    event = {
        "message": "Could not mail anouk.private@example.org",
        "user": {"id": 12, "email": "anouk.private@example.org", "username": "anouk", "ip_address": "10.0.0.7"},
        "request": {
            "url": "https://international.deventer.nl/nl/evenementen/afmelden/secret-token/?q=anouk",
            "query_string": "q=anouk",
            "cookies": {"sessionid": "abc"},
            "data": {"email": "anouk.private@example.org"},
            "headers": {"Cookie": "sessionid=abc", "User-Agent": "Firefox", "Authorization": "Basic x"},
            "env": {"REMOTE_ADDR": "10.0.0.7"},
        },
        "exception": {"values": [{"value": "invalid address anouk.private@example.org"}]},
        "server_name": "web-1",
    }
    scrubbed = scrub_event(event)
    text = json.dumps(scrubbed)
    assert "anouk" not in text and "10.0.0.7" not in text and "sessionid" not in text and "Basic" not in text
    assert scrubbed["user"] == {"id": 12}
    assert scrubbed["request"]["headers"] == {"User-Agent": "Firefox"}
    assert scrubbed["message"] == "Could not mail [e-mail]"


def _sentry_state(extra_env: dict) -> dict:
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "deventer_intl.settings",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/nothing",  # settings only; no query is made
        **extra_env,
    }
    script = (
        "import django, json, sentry_sdk; django.setup(); client = sentry_sdk.get_client();"
        "print(json.dumps({'active': client.is_active(), 'pii': client.options.get('send_default_pii'),"
        "'before_send': getattr(client.options.get('before_send'), '__name__', None),"
        "'release': client.options.get('release')}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_sentry_is_only_active_with_a_dsn_and_then_scrubs():
    assert _sentry_state({})["active"] is False
    state = _sentry_state({"SENTRY_DSN": "http://public@127.0.0.1:9/1"})
    assert state["active"] is True
    assert state["pii"] is False
    assert state["before_send"] == "scrub_event"
    assert state["release"].startswith("deventer-intl@")
