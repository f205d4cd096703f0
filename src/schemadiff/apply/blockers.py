"""Who blocks apply's backend: a second connection samples pg_blocking_pids while a statement runs.

Why sample during the wait rather than look afterwards: when lock_timeout fires the failed
statement's lock request is gone, so pg_blocking_pids(our pid) is empty, and pg_locks only shows
who *holds* locks on the table. That misses a blocker that is itself queued ahead of us (a
waiting request blocks later conflicting ones) and requires knowing which table and mode the
statement wanted. Sampling pg_locks (our ungranted request) joined with pg_blocking_pids (holders
and queued-ahead waiters alike) while we wait gives both exactly. The connection is opened on the
first sample, so steps that never wait as long as one interval never open it.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from ..sqlfiles import query_text


@dataclass(frozen=True)
class Blocker:
    """A session holding (or queued ahead for) a lock we wait for."""

    pid: int
    application_name: str
    state: str
    xact_seconds: float | None  # how long its transaction has been open

    def describe(self) -> str:
        parts = [self.application_name or "no application_name", self.state or "unknown state"]
        if self.xact_seconds is not None:
            parts.append(f"transaction open {self.xact_seconds:.0f} s")
        return f"pid {self.pid} ({', '.join(parts)})"


_MODE_WORDS = re.compile(r"(?<!^)(?=[A-Z])")


def mode_label(pg_mode: str) -> str:
    """pg_locks' `AccessExclusiveLock` as the documentation names it: `ACCESS EXCLUSIVE`."""
    return _MODE_WORDS.sub(" ", pg_mode.removesuffix("Lock")).upper()


@dataclass(frozen=True)
class Sample:
    """What our backend was waiting for when last seen waiting, and who was in the way."""

    locktype: str  # relation, virtualxid (CONCURRENTLY waiting for older transactions), ...
    relation: str  # schema-qualified (the watcher runs with an empty search_path)
    mode: str  # ACCESS EXCLUSIVE
    blockers: tuple[Blocker, ...]
    since: float  # time.monotonic() at the start of the statement


def sample_from(rows: list[tuple], since: float) -> Sample | None:
    """Build a Sample from the rows of queries/lock_blockers.sql (None when we were not waiting)."""
    if not rows:
        return None
    locktype, relation, mode = rows[0][:3]
    blockers = tuple(dict.fromkeys(Blocker(r[3], r[4], r[5], r[6]) for r in rows))
    return Sample(locktype, relation or "", mode_label(mode), blockers, since)


class BlockerWatch:
    """A daemon thread that samples who blocks `pid` while `begin()` ... `end()` brackets a statement."""

    def __init__(self, conninfo: str, pid: int, interval: float = 0.2) -> None:
        self._conninfo, self._pid, self._interval = conninfo, pid, interval
        self._guard = threading.Lock()
        self._since: float | None = None
        self._seen: Sample | None = None
        self._on_sample: Callable[[Sample], None] | None = None
        self._stop = threading.Event()
        self._conn: psycopg.Connection | None = None
        self._broken = False
        self._thread = threading.Thread(target=self._loop, name="schemadiff-lock-watch", daemon=True)
        self._thread.start()

    @classmethod
    def of(cls, conn: psycopg.Connection, interval: float = 0.2) -> BlockerWatch:
        """A watcher for `conn`'s backend, connecting with the same parameters (password included)."""
        params = conn.info.get_parameters()
        if conn.info.password:
            params["password"] = conn.info.password
        params["application_name"] = "schemadiff lock watch"
        return cls(psycopg.conninfo.make_conninfo(**params), conn.info.backend_pid, interval)

    def begin(self, on_sample: Callable[[Sample], None] | None = None) -> None:
        """A statement starts: forget the last sample; `on_sample` sees each new one (from the thread)."""
        with self._guard:
            self._since, self._seen, self._on_sample = time.monotonic(), None, on_sample

    def end(self) -> Sample | None:
        """The statement ended: the last time it was seen waiting, if it was."""
        with self._guard:
            self._since, self._on_sample = None, None
            return self._seen

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if self._conn is not None:
            self._conn.close()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            with self._guard:
                since, notify = self._since, self._on_sample
            if since is None or self._broken or time.monotonic() - since < self._interval:
                continue
            found = self._sample(since)
            if found is None:
                continue
            with self._guard:
                if self._since != since:
                    continue  # the statement ended while we looked
                self._seen = found
            if notify is not None:
                notify(found)

    def _sample(self, since: float) -> Sample | None:
        try:
            if self._conn is None:
                self._conn = psycopg.connect(self._conninfo, autocommit=True)
                self._conn.execute(query_text(__package__, "lock_watch_session"))
            rows = self._conn.execute(query_text(__package__, "lock_blockers"), (self._pid,)).fetchall()
            return sample_from(rows, since)
        except psycopg.Error:
            # The report is a courtesy: a watcher that cannot connect (connection limit, pg_hba)
            # must never fail the apply. Waits are then reported without their blocker.
            self._broken = True
            return None
