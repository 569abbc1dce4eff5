"""The database unreachable: every page a 503 in the site's style with Retry-After, and recovery by itself.

The connection is pointed at a port where nothing listens (the real failure a stopped or unreachable server
gives), then back. For the embedded default, a throwaway embedded server is killed: the next page is a 503,
the application starts the server again, and the page after that works; a process that is killed outright
leaves no PostgreSQL behind.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import psutil
import pytest
from django.db import connection
from django.test import Client

from deventer_intl import database

ROOT = Path(__file__).resolve().parents[2]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def database_at(**settings):
    """Point the default connection elsewhere (a fresh connection), and back afterwards."""
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(settings)
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


PAGES = ["/nl/", "/nl/partners/", "/en/agenda/", "/de/evenementen/", "/nl/mijn/agenda/", "/nl/account/inloggen/"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_is_a_503_with_retry_after_while_the_database_is_unreachable_then_works_again():
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-session-that-needs-the-database"
    with database_at(HOST="127.0.0.1", PORT=closed_port(), OPTIONS={"connect_timeout": 2}):
        for url in PAGES:
            response = client.get(url)
            assert response.status_code == 503, url
            assert response["Retry-After"] == "30"
            page = response.content.decode()
            assert (
                "Tijdelijk niet beschikbaar" in page or "Temporarily unavailable" in page or "nicht verfügbar" in page
            )
            assert 'class="utrecht-page-header' in page  # the site's own layout
            assert "Traceback" not in page and "OperationalError" not in page
        # A form sent meanwhile: a 503 too, nothing half-done.
        assert client.post("/nl/account/inloggen/", {"username": "a", "password": "b"}).status_code == 503
    for url in PAGES[:4]:
        assert Client().get(url).status_code == 200, url  # back by itself: no restart of the application


# --- The embedded server ------------------------------------------------------------------------------
SERVE = """
import os, sys
from deventer_intl import database as d
uri = d.embedded_server_uri()
print(open(os.path.join(sys.argv[1], "postmaster.pid")).readline().strip(), flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def pgdata():
    """A fresh data directory under var/ (not under /tmp/pytest-of-<user>, which every pytest session on the
    machine resets to mode 0700 while the embedded server's own system user must reach it)."""
    (ROOT / "var").mkdir(exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="test-pgdata-", dir=ROOT / "var"))
    yield base / "pgdata"
    shutil.rmtree(base, ignore_errors=True)


def embedded_env(pgdata: Path) -> dict:
    env = {**os.environ, "EMBEDDED_PGDATA": str(pgdata), "EMBEDDED_WATCHDOG_INTERVAL": "0.2"}
    env.pop("DATABASE_URL", None)
    return env


def watchdogs(pgdata: Path) -> list[psutil.Process]:
    return [
        process
        for process in psutil.process_iter(["cmdline"])
        if process.info["cmdline"]
        and "deventer_intl.pgwatchdog" in process.info["cmdline"]
        and str(pgdata) in process.info["cmdline"]
    ]


def test_a_killed_process_leaves_no_postgresql_behind(pgdata):
    user = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(pgdata)],
        cwd=ROOT,
        env=embedded_env(pgdata),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    postmaster = psutil.Process(int(user.stdout.readline()))
    assert postmaster.is_running()
    [watchdog] = watchdogs(pgdata)
    user.send_signal(signal.SIGKILL)  # as a killed `make run`: no atexit, nothing cleaned up
    user.wait()
    watchdog.wait(timeout=60)  # the watchdog stops the server, then ends
    postmaster.wait(timeout=60)
    assert not database.embedded_running(pgdata)


REVIVE = """
import os, sys, signal
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "deventer_intl.settings"
os.environ["ALLOWED_HOSTS"] = "testserver"
django.setup()
from django.test import Client
from deventer_intl import database as d
postmaster = int(open(os.path.join(sys.argv[1], "postmaster.pid")).readline())
client = Client(raise_request_exception=False)
first = client.get("/healthz").status_code
os.kill(postmaster, signal.SIGKILL)  # the embedded server dies under the running application
import psutil
try:
    psutil.Process(postmaster).wait(timeout=30)
except psutil.NoSuchProcess:
    pass
dead = client.get("/nl/")
again = client.get("/healthz").status_code
print(first, dead.status_code, dead["Retry-After"], again, d.embedded_running(d._pgdata()), flush=True)
"""


def test_the_application_starts_a_dead_embedded_server_again(pgdata):
    result = subprocess.run(
        [sys.executable, "-c", REVIVE, str(pgdata)],
        cwd=ROOT,
        env=embedded_env(pgdata),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["200", "503", "30", "200", "True"]
    for watchdog in watchdogs(pgdata):  # the last user exited normally: the server is stopped
        watchdog.wait(timeout=60)
    assert not database.embedded_running(pgdata)
