"""The embedded server stops by itself after an idle period, so nothing lingers.

`plan` leaves the project's server running so the next command starts fast (db/embedded.py);
a watchdog started beside it stops it once nobody has used it for a while. "Used" means another
client is connected, or sessions other than the watchdog's own were opened since the last look
(pg_stat_database.sessions, PostgreSQL 14+, counts clients that came and went between looks, and
unlike transaction counts it ignores autovacuum).

    SCHEMADIFF_EMBEDDED_IDLE=30m   the default; `90s`, `2h`, or `0` to keep the server running
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

IDLE_ENV = "SCHEMADIFF_EMBEDDED_IDLE"
DEFAULT_IDLE = "30m"
WATCHDOG_FILE = "idle-watchdog.pid"  # beside pgdata, in .schemadiff/
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}
_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", re.IGNORECASE)

_OWN_SESSIONS_PER_LOOK = 1  # each look is one short connection


def idle_limit(text: str | None = None) -> float | None:
    """Seconds of idleness before the server stops (None: never), from SCHEMADIFF_EMBEDDED_IDLE."""
    text = os.environ.get(IDLE_ENV, DEFAULT_IDLE) if text is None else text
    match = _DURATION.fullmatch(text)
    if match is None:
        from ..errors import DatabaseError

        raise DatabaseError(f"{IDLE_ENV}={text!r} is not a duration", hint="for example 90s, 30m, 2h or 0")
    seconds = float(match[1]) * _UNITS[match[2].lower()]
    return seconds or None


def ensure_watchdog(pgdata: Path, admin_url: str) -> None:
    """Start the watchdog for the server on `pgdata` unless one already watches it."""
    limit = idle_limit()
    if limit is None:
        return
    pid_file = pgdata.parent / WATCHDOG_FILE
    if _alive(pid_file):
        return
    proc = subprocess.Popen(
        [sys.executable, "-m", "schemadiff.db.embedded_idle", str(pgdata), admin_url, str(limit)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # outlives this command; a Ctrl-C in the terminal never reaches it
    )
    pid_file.write_text(f"{proc.pid}\n")


def _alive(pid_file: Path) -> bool:
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def watch(pgdata: Path, admin_url: str, limit: float) -> None:
    """Poll until the server has been idle for `limit` seconds, then stop it (or exit when it
    stopped some other way)."""
    import psycopg

    from ..sqlfiles import query_text
    from .embedded import is_running, stop_server

    poll = max(0.5, min(limit / 4, 30.0))
    last_busy, seen = time.monotonic(), None
    while is_running(pgdata):
        try:
            with psycopg.connect(admin_url, autocommit=True, application_name="schemadiff idle watchdog",
                                 connect_timeout=5) as conn:
                clients, sessions = conn.execute(query_text(__package__, "activity")).fetchone()
        except psycopg.Error:
            return  # stopping or gone: nothing left to watch
        busy = clients > 0 or (seen is not None and sessions - seen > _OWN_SESSIONS_PER_LOOK)
        seen = sessions
        now = time.monotonic()
        if busy:
            last_busy = now
        elif now - last_busy >= limit:
            stop_server(pgdata)
            return
        time.sleep(poll)


if __name__ == "__main__":  # started by ensure_watchdog: python -m schemadiff.db.embedded_idle PGDATA URL SECONDS
    watch(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]))
