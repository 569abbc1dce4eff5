#!/usr/bin/env python
"""``make serve``: the portal in production mode on this machine.

DEBUG off, ``DJANGO_ENV=production`` (so the settings refuse to start unsafe, exactly as on a server, and say
how to set what is missing), static files collected with the manifest storage and served compressed by
whitenoise with far-future caching, gunicorn with sync workers (``WEB_CONCURRENCY``, default one per CPU
core), against ``DATABASE_URL`` or, when it is unset, the embedded PostgreSQL (this script starts it and keeps
it running while gunicorn serves).

For a local trial it fills in what a real server must set itself, and says so:
- ``SECRET_KEY``: a random key generated once into ``var/secret-key`` (mode 600, never committed);
- ``ALLOWED_HOSTS``: ``127.0.0.1,localhost``;
- ``SECURE_SSL_REDIRECT=0``: there is no TLS proxy in front here (cookies stay Secure; browsers accept
  them on localhost).
Any value set in the environment wins, and an unsafe one (``DEBUG=1``, a short key, ``ALLOWED_HOSTS=*``)
stops it. ``HOST``/``PORT`` choose the address (``make serve PORT=8001`` runs a second instance).
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlparse

BASE_DIR = Path(__file__).resolve().parent.parent
KEY_FILE = BASE_DIR / "var" / "secret-key"


def say(text: str) -> None:
    print(f"serve: {text}", flush=True)


def local_secret_key() -> str:
    if not KEY_FILE.exists():
        KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
        KEY_FILE.write_text(secrets.token_urlsafe(64))
        KEY_FILE.chmod(0o600)
        say(f"generated a SECRET_KEY for local use in {KEY_FILE.relative_to(BASE_DIR)}")
    return KEY_FILE.read_text().strip()


def embedded_database_url() -> str:
    """Start (or join) the embedded PostgreSQL and name it as a DATABASE_URL for the workers."""
    sys.path.insert(0, str(BASE_DIR))
    from deventer_intl.database import DEFAULT_NAME, embedded_server_uri, ensure_database, socket_dir

    uri = embedded_server_uri()  # stays up while this process lives
    name = os.environ.get("EMBEDDED_DB_NAME", DEFAULT_NAME)
    ensure_database(uri, name)
    parsed = urlparse(uri)
    host = quote(socket_dir(uri), safe="")
    return f"postgres://{parsed.username or 'postgres'}@{host}:{parsed.port or 5432}/{name}"


def manage(*args: str, env: dict) -> None:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env)
    if result.returncode:
        say(f"manage.py {' '.join(args)} failed; not starting.")
        sys.exit(result.returncode)


def main() -> int:
    env = dict(os.environ)
    env["DJANGO_ENV"] = "production"
    env.setdefault("DJANGO_SETTINGS_MODULE", "deventer_intl.settings")
    env.setdefault("DEBUG", "0")
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = local_secret_key()
    if not env.get("ALLOWED_HOSTS"):
        env["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
        say("ALLOWED_HOSTS unset: answering 127.0.0.1 and localhost only")
    if not env.get("SECURE_SSL_REDIRECT"):
        env["SECURE_SSL_REDIRECT"] = "0"
        say("SECURE_SSL_REDIRECT=0: plain http on this machine (behind a TLS proxy, set it to 1)")
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = embedded_database_url()
        say("DATABASE_URL unset: using the embedded PostgreSQL (var/pgdata)")
    host, port = env.get("HOST", "127.0.0.1"), env.get("PORT", "8000")

    # The settings' production check runs first: an unsafe configuration stops here with what to set.
    check = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if check.returncode:
        lines = check.stderr.strip().splitlines() or ["manage.py check failed"]
        say("refusing to start: " + lines[-1].split("ImproperlyConfigured: ", 1)[-1])
        return 1
    manage("createcachetable", env=env)
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("collectstatic", "--noinput", "-v", "0", env=env)  # production mode: the manifest storage
    workers = int(env.get("WEB_CONCURRENCY") or 0) or os.cpu_count() or 1
    say(f"gunicorn with {workers} sync workers at http://{host}:{port}/ (Ctrl+C stops it)")
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        # make loadtest serves the same site plus the bench's floor view (bin/bench.py's wsgi_app).
        env.get("SERVE_APP", "deventer_intl.wsgi"),
        "--pythonpath",
        f"{BASE_DIR / 'bin'},{BASE_DIR}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--bind",
        f"{host}:{port}",
        "--access-logfile",
        "-" if env.get("SERVE_ACCESS_LOG") else "/dev/null",
        "--timeout",
        "60",
    ]
    process = subprocess.Popen(command, cwd=BASE_DIR, env=env)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.send_signal(signal.SIGTERM)
        return process.wait()


def _terminate(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    sys.exit(main())
