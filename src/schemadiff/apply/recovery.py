"""The next run after a killed one: recognise it, record it truthfully, remove what it left.

A `running` history row is alive only while its process holds the migration lock (a session
advisory lock, released by PostgreSQL when the backend ends, also after SIGKILL). So whoever
holds the lock and still sees a `running` row knows its process is gone: the row becomes
`interrupted`, and the helpers its in-flight step had not finished are dropped (the same rule as
after a failure, apply/ownership.py). Recovery is idempotent: a helper that could not be dropped
(a lock timeout) is tried again by the next run."""

from __future__ import annotations

import psycopg

from ..db.connect import connect
from ..render import Batch
from . import history
from .leftovers import DEFAULT_LOCK_TIMEOUT
from .locking import LockBusy, migration_lock
from .tracked import clean, cleanup_text, state

DEAD = "its process ended before it finished (killed, or its connection was lost)"


def recover_url(url: str, wait_seconds: float, lock_timeout: str = DEFAULT_LOCK_TIMEOUT) -> list[str]:
    """Recover `url`'s stopped migrations; lines to report (empty when there was nothing). Each
    clean-up drop waits at most `lock_timeout` for its locks (apply's, leftovers.remove)."""
    with connect(url, autocommit=True) as conn:
        if not history.exists(conn):
            return []
        try:
            with migration_lock(conn, wait_seconds=wait_seconds):
                history.upgrade(conn)
                return recover(conn, lock_timeout)
        except LockBusy:  # a live run: report it, touch nothing
            return ["another schemadiff run holds the migration lock; stopped migrations were not examined"]


def recover(conn: psycopg.Connection, lock_timeout: str = DEFAULT_LOCK_TIMEOUT) -> list[str]:
    """Under the migration lock: mark dead runs interrupted and clean what they and a stopped
    last run left behind."""
    lines = [_dead(conn, entry, lock_timeout) for entry in history.running(conn)]
    last = history.last(conn)
    if last is not None and last.status in ("failed", "interrupted"):
        removed, failed = clean(conn, last.owned, last.done_batches, lock_timeout)
        if removed or failed:
            history.finish(conn, last.id, last.status, cleanup=cleanup_text(removed, failed), state=state(conn, refuse=False))
            lines.append(f"migration #{last.id} ({last.status}): {cleanup_text(removed, failed)}")
    return lines


def _dead(conn: psycopg.Connection, entry: history.Entry, lock_timeout: str) -> str:
    removed, failed = clean(conn, entry.owned, entry.done_batches, lock_timeout)
    tidy = cleanup_text(removed, failed)
    total = len(entry.forward_batches)
    error = f"step {entry.done_batches + 1} of {total}: {DEAD}"
    history.finish(conn, entry.id, "interrupted", error=error, cleanup=tidy or None, state=state(conn, refuse=False))
    return (f"migration #{entry.id} ({entry.kind}, backend pid {entry.pid}) was interrupted after step "
            f"{entry.done_batches} of {total}; recorded as interrupted{'; ' + tidy if tidy else ''}")


def resumable(conn: psycopg.Connection, fingerprint_from: str, fingerprint_to: str) -> history.Entry | None:
    """The stopped apply whose remaining batches lead from this state to this target, if any."""
    last = history.last(conn)
    if last is None or last.kind != "apply" or last.status not in ("failed", "interrupted"):
        return None
    if last.progress_fingerprint != fingerprint_from or last.fingerprint_after != fingerprint_to:
        return None
    return last if 0 < last.done_batches < len(last.forward_batches) else None


def remaining(entry: history.Entry) -> list[Batch]:
    return list(entry.forward_batches[entry.done_batches:])
