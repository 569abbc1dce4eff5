"""The database bootstrap: DATABASE_URL wins; otherwise the embedded server, shared by processes."""

import os
import subprocess
import sys
from pathlib import Path

from deventer_intl import database

ROOT = Path(__file__).resolve().parents[2]


def test_database_url_wins(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://portal:geheim@db.example.org:5433/portal")
    config = database.database_config()
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.example.org",
        5433,
        "portal",
        "portal",
    )


def test_socket_dir_is_read_from_the_uri():
    assert database.socket_dir("postgresql://postgres@/postgres?host=/tmp/pg") == "/tmp/pg"


SCRIPT = """
import sys
from deventer_intl import database as d
import psycopg
uri = d.embedded_server_uri()
d.ensure_database(uri, "shared")
with psycopg.connect(uri, dbname="shared", autocommit=True) as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS t (v int)")
    conn.execute("INSERT INTO t VALUES (1)")
    rows = conn.execute("SELECT count(*) FROM t").fetchone()[0]
postmaster = open(sys.argv[1] + "/postmaster.pid").readline().strip()
print(rows, postmaster, flush=True)
if len(sys.argv) > 2:
    sys.stdin.readline()  # hold the server until told to go
"""


def test_a_second_process_shares_the_running_server_and_nothing_is_lost(tmp_path):
    pgdata = str(tmp_path / "pgdata")
    env = {**os.environ, "EMBEDDED_PGDATA": pgdata}
    env.pop("DATABASE_URL", None)
    first = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, pgdata, "hold"],
        cwd=ROOT,
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        rows_first, postmaster_first = first.stdout.readline().split()
        second = subprocess.run(
            [sys.executable, "-c", SCRIPT, pgdata], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert second.returncode == 0, second.stderr
        rows_second, postmaster_second = second.stdout.split()
        assert postmaster_second == postmaster_first, "the second process must reuse the running server"
        assert (rows_first, rows_second) == ("1", "2")
    finally:
        first.communicate("go\n", timeout=60)
    assert first.returncode == 0
    # The last user stopped the server; a new start finds every row again.
    third = subprocess.run(
        [sys.executable, "-c", SCRIPT, pgdata], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert third.returncode == 0, third.stderr
    assert third.stdout.split()[0] == "3"
