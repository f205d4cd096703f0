"""What `schemadiff server status` reports about the project's embedded server."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .embedded import DATABASE, data_dir, is_running
from .embedded_idle import idle_limit


@dataclass(frozen=True)
class EmbeddedStatus:
    data_dir: Path
    running: bool
    pid: int | None = None
    started: float | None = None  # epoch seconds
    socket_dir: str | None = None
    port: int | None = None
    version: str | None = None
    idle_limit: float | None = None  # seconds; None: never stops by itself

    @property
    def url(self) -> str | None:
        if not self.running or self.socket_dir is None:
            return None
        return f"postgresql://postgres@/{DATABASE}?host={quote(self.socket_dir, safe='')}&port={self.port}"

    def lines(self) -> list[str]:
        """The status as a person reads it."""
        if not self.running:
            where = "" if self.data_dir.exists() else " (never started here)"
            return [f"embedded PostgreSQL: stopped{where}", f"data directory: {self.data_dir}"]
        idle = "never (SCHEMADIFF_EMBEDDED_IDLE=0)" if self.idle_limit is None else \
            f"after {int(self.idle_limit)} s without a client"
        return [f"embedded PostgreSQL {self.version}: running, pid {self.pid}, up {_since(self.started)}",
                f"data directory: {self.data_dir}", f"url: {self.url}", f"stops by itself: {idle}",
                f"log: {self.data_dir / 'log'}"]


def embedded_status(project_dir: Path) -> EmbeddedStatus:
    """Read postmaster.pid and PG_VERSION; never starts anything."""
    pgdata = data_dir(project_dir)
    if not is_running(pgdata):
        return EmbeddedStatus(pgdata, False)
    fields = (pgdata / "postmaster.pid").read_text().splitlines()
    version = (pgdata / "PG_VERSION").read_text().strip()
    return EmbeddedStatus(pgdata, True, pid=int(fields[0]), started=float(fields[2]), port=int(fields[3]),
                          socket_dir=fields[4] or None, version=version, idle_limit=idle_limit())


def log_tail(project_dir: Path, lines: int) -> list[str]:
    """The last `lines` lines of the server's log ([] when there is none)."""
    log = data_dir(project_dir) / "log"
    try:
        return log.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return []


def _since(started: float | None) -> str:
    if started is None:
        return "?"
    seconds = int(time.time() - started)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"
