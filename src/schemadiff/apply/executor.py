"""Run batches against a database: timeouts on every statement, bounded retries on lock timeouts,
concurrent index builds that resume cleanly after an interruption."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from psycopg import errors as pgerrors

from ..errors import DatabaseError
from ..render import Batch
from ..render.leftovers import drop_index
from ..sqlfiles import query_text
from .leftovers import detach_state, finalize_detach
from .lock_waits import LOCK_NOT_AVAILABLE, LockWaits, Timeouts, _with_retries  # noqa: F401 (re-exported)

Progress = Callable[[int, int, str], None]


def run_batches(conn: psycopg.Connection, batches: list[Batch], timeouts: Timeouts, progress: Progress | None = None,
                *, first: int = 0, committed: Callable[[int], None] | None = None) -> None:
    """Execute every batch from index `first` in order on an autocommit connection; raise
    DatabaseError on failure. `committed(n)` runs after batch n (1-based) commits: it records
    progress, and may raise to stop (an interrupt)."""
    total = len(batches)
    with LockWaits(conn, timeouts) as waits:  # lock_timeout, retries, who blocks us: lock_waits.py
        for n, batch in enumerate(batches[first:], first + 1):
            if progress:
                progress(n, total, batch.statements[0].splitlines()[0][:100])
            waits.run(lambda: _run_one(conn, batch), blocks_writers=batch.blocks_writers)
            if committed:
                committed(n)


def _run_one(conn: psycopg.Connection, batch: Batch) -> None:
    current = batch.statements[0]
    try:
        if batch.transactional:
            with conn.transaction():
                for current in batch.statements:
                    conn.execute(current)
        else:
            if batch.detach is not None and _detach_resumed(conn, batch.detach):
                return
            if batch.index is not None:
                _clear_invalid_index(conn, *batch.index)
                if _index_exists(conn, *batch.index):
                    return  # a previous, interrupted apply already built it
            for current in batch.statements:
                conn.execute(current)  # one statement per execute: CONCURRENTLY refuses implicit transactions
    except pgerrors.LockNotAvailable:
        raise
    except psycopg.Error as exc:
        raise _database_error(exc, current) from None


def _detach_resumed(conn: psycopg.Connection, detach: tuple[str, str, str, str]) -> bool:
    """True when a previous, interrupted run detached the partition already (now finished here
    if it was left pending): DETACH ... CONCURRENTLY would be refused on either."""
    if detach_state(conn, *detach) is False:
        return False
    finalize_detach(conn, *detach)
    return True


def _database_error(exc: psycopg.Error, statement: str) -> DatabaseError:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    error = DatabaseError(f"{first} (while running: {statement.splitlines()[0][:200]})")
    error.sqlstate = exc.sqlstate  # what the caller may act on (the proof: a missing cast)
    return error


def _index_exists(conn: psycopg.Connection, schema: str, name: str) -> bool:
    return conn.execute(query_text(__package__, "index_state"), (schema, name)).fetchone() is not None


def _clear_invalid_index(conn: psycopg.Connection, schema: str, name: str) -> None:
    """An interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index that IF NOT EXISTS would
    silently accept (PITFALLS): drop it so the build runs again."""
    row = conn.execute(query_text(__package__, "index_state"), (schema, name)).fetchone()
    if row is not None and not row[0]:
        conn.execute(drop_index(schema, name))
