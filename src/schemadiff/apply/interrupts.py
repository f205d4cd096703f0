"""SIGINT/SIGTERM while a migration runs: stop between steps, never in the middle of one.

The first signal asks the executor to stop after the step in flight commits (a step is one
transaction, or one CONCURRENTLY statement); the second cancels the statement in flight, whose
transaction PostgreSQL rolls back. Either way the migration cleans up its helper objects and is
recorded as `interrupted`. Handlers are installed only while batches run."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager

import psycopg

from ..errors import SchemaDiffError

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(SchemaDiffError):
    """The user (or a deploy system) asked the migration to stop."""


class StopRequest:
    """What the signal handlers saw; `check()` raises Interrupted once a stop was asked for."""

    def __init__(self, conn: psycopg.Connection | None) -> None:
        self.conn = conn
        self.signals = 0
        self.name = ""

    def handle(self, signum, _frame) -> None:
        self.signals += 1
        self.name = signal.Signals(signum).name
        if self.signals == 1:
            sys.stderr.write(f"{self.name}: stopping after the current step (send it again to cancel the step)\n")
        elif self.conn is not None:
            sys.stderr.write(f"{self.name}: cancelling the current step\n")
            self.conn.cancel_safe(timeout=5.0)

    @property
    def requested(self) -> bool:
        return self.signals > 0

    def check(self, _n: int = 0) -> None:
        if self.requested:
            raise Interrupted(f"interrupted by {self.name}")


@contextmanager
def stoppable(conn: psycopg.Connection | None):
    """Catch SIGINT/SIGTERM for the block (main thread only: Python allows no handler elsewhere)."""
    stop = StopRequest(conn)
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {s: signal.signal(s, stop.handle) for s in _SIGNALS}
    try:
        yield stop
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
