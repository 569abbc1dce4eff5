#!/usr/bin/env python
"""``make loadtest``: locust, headless, against ``make serve`` (bin/serve.py) on the bench data.

1. ``bin/bench.py --loadtest-data``: the bench database (``DATABASE_URL`` + ``_bench``, or the embedded one),
   its data, and the load test's logins (an ambassador, a partner representative, a subsidy scheme).
2. ``bin/serve.py`` on a free port against that database: production mode, a worker per core, the shared
   cache (``REDIS_URL`` when set), plus the bench's floor view so it is measured in the same run.
3. locust (bin/locustfile.py): ``LOADTEST_USERS`` (32) users for ``LOADTEST_SECONDS`` (60) s; anonymous
   visitors, ambassadors editing and posting updates, a partner representative applying, visitors registering.
4. Prints requests, failures, req/s and p50/p95/p99 per page next to the floor view, writes
   ``bench-results/loadtest_stats.csv`` and ``bench-results/loadtest.md``; exits non-zero on any failure.
"""

from __future__ import annotations

import csv
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS = BASE_DIR / "bench-results"
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"loadtest: make serve exited ({process.returncode}); see {RESULTS / 'serve.log'}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("loadtest: make serve did not answer /healthz in time")


def table(stats_csv: Path) -> str:
    with open(stats_csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = ["page", "requests", "failures", "req/s", "p50 ms", "p95 ms", "p99 ms"]
    lines = [header]
    for row in sorted(rows, key=lambda row: (row["Name"] == "Aggregated", -float(row["Requests/s"] or 0))):
        lines.append(
            [
                f"{row['Type']} {row['Name']}".strip() if row["Name"] != "Aggregated" else "all",
                row["Request Count"],
                row["Failure Count"],
                f"{float(row['Requests/s']):.1f}",
                row["50%"],
                row["95%"],
                row["99%"],
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    users = os.environ.get("LOADTEST_USERS", "32")
    seconds = os.environ.get("LOADTEST_SECONDS", "60")
    prepared = subprocess.run(
        [sys.executable, "bin/bench.py", "--loadtest-data"], cwd=BASE_DIR, capture_output=True, text=True
    )
    if prepared.returncode:
        sys.stderr.write(prepared.stderr)
        return prepared.returncode
    data = json.loads(prepared.stdout.strip().splitlines()[-1])
    env = dict(os.environ, SERVE_APP="bench:wsgi_app()", PORT=str(free_port()), HOST=HOST)
    if data["database_url"]:
        env["DATABASE_URL"] = data["database_url"]
    else:
        env["EMBEDDED_DB_NAME"] = "deventer_intl_bench"
    port = int(env["PORT"])
    load_before = os.getloadavg()[0]
    with open(RESULTS / "serve.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "bin/serve.py"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for(port, server)
            print(f"loadtest: make serve on {HOST}:{port}; locust with {users} users for {seconds} s …", flush=True)
            locust = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "locust",
                    "-f",
                    "bin/locustfile.py",
                    "--headless",
                    "--users",
                    users,
                    "--spawn-rate",
                    users,
                    "--run-time",
                    f"{seconds}s",
                    "--host",
                    f"http://{HOST}:{port}",
                    "--csv",
                    str(RESULTS / "loadtest"),
                    "--only-summary",
                    "--stop-timeout",
                    "10",
                    "--loglevel",
                    "WARNING",
                ],
                cwd=BASE_DIR,
                env=dict(os.environ, LOADTEST_DATA=json.dumps(data)),
            )
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    text = "\n".join(
        [
            "# Load test",
            "",
            f"- {users} users for {seconds} s (locust headless) against make serve ({os.cpu_count()} CPUs, a worker "
            f"per core, cache: {'Redis' if os.environ.get('REDIS_URL') else 'the database cache'}), bench data; "
            f"load average before {load_before:.2f} (other processes share this machine)",
            "- locust runs on the same CPUs as gunicorn and PostgreSQL",
            "",
            table(RESULTS / "loadtest_stats.csv"),
            "",
        ]
    )
    (RESULTS / "loadtest.md").write_text(text)
    print(text)
    return locust.returncode


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *args: (_ for _ in ()).throw(KeyboardInterrupt()))
    sys.exit(main())
