"""Run a recorded migration's batches: progress after each commit, clean-up when it stops.

After every committed batch the history row holds how many batches are done and the database's
fingerprint then, so the next apply knows exactly what is left. When a batch fails or a signal
stops the run, the helper objects that are still only helpers (apply/ownership.py) are dropped:
the committed batches stay, and the database is left in a state `plan` understands."""

from __future__ import annotations

import psycopg

from ..errors import DatabaseError, SchemaDiffError
from ..introspect import introspect
from ..model import Database, fingerprint
from ..render import Batch
from . import history, leftovers
from .executor import Progress, Timeouts, run_batches
from .interrupts import Interrupted, stoppable
from .ownership import Owned


def state(conn: psycopg.Connection, *, refuse: bool = True) -> str:
    """The fingerprint of the database as it is now. `refuse=False` where the state is only
    recorded (a stopped run, a finished rollback): a feature the model cannot hold must not keep
    the record of a failure from being written (the next plan refuses it anyway)."""
    return fingerprint(introspect(conn, refuse=refuse))


def run_tracked(conn: psycopg.Connection, entry_id: int, batches: list[Batch], owned: list[dict],
                timeouts: Timeouts, progress: Progress | None = None, *,
                refuse_between: bool = True) -> Database | None:
    """Run `batches` for history row `entry_id`; on failure or interrupt clean up, record, raise.

    Returns the database as the last batch left it (None when there was none): read for its
    fingerprint anyway, it is what the caller verifies, without reading the catalog again.
    `refuse_between=False`: the reads after batches other than the last skip the unsupported-feature
    refusal (introspect): for batches schemadiff rendered alone (no data step), which cannot create
    what it refuses; the last read keeps it, so anything another session added meanwhile is still
    refused before the run is verified. The fingerprints are the same either way."""
    total, done, reached = len(batches), 0, None

    def committed(n: int) -> None:
        nonlocal done, reached
        done = n  # committed: should the read below fail, the clean-up must not treat it as undone
        reached = introspect(conn, refuse=refuse_between or n == total)
        history.progress(conn, entry_id, n, fingerprint(reached))
        if n < total:
            stop.check()

    with stoppable(conn) as stop:
        try:
            run_batches(conn, batches, timeouts, progress, committed=committed)
        except SchemaDiffError as exc:
            stop.conn = None  # from here on a signal no longer cancels: the clean-up must finish
            # a first signal during a step that then fails on its own is still a failure
            cancelled = stop.signals >= 2 and not isinstance(exc, Interrupted)
            if cancelled:
                exc = Interrupted(f"interrupted by {stop.name} (the step in flight was cancelled)")
            status = "interrupted" if isinstance(exc, Interrupted) else "failed"
            try:
                error = stopped(conn, entry_id, owned, done, total, exc, status, timeouts.lock_timeout)
            except psycopg.Error as lost:
                error = _lost(lost, done, total)
            raise error from None
        except psycopg.Error as exc:  # the connection itself is gone: the next run recovers
            raise _lost(exc, done, total) from None
    return reached


def _lost(exc: psycopg.Error, done: int, total: int) -> DatabaseError:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return DatabaseError(f"lost the database connection during step {done + 1} of {total} ({first}); "
                         "the next plan or apply cleans up and records it")


def clean(conn: psycopg.Connection, owned: list[dict], done: int,
          lock_timeout: str = leftovers.DEFAULT_LOCK_TIMEOUT) -> tuple[list[str], list[str]]:
    """Drop the helpers left when batches before `done` committed and batch `done` did not, each
    waiting at most `lock_timeout` for its locks (leftovers.remove)."""
    pending = [o for o in map(Owned.from_json, owned) if o.pending(done, done)]
    return leftovers.remove(conn, pending, lock_timeout)


def cleanup_text(removed: list[str], failed: list[str]) -> str:
    parts = []
    if removed:
        parts.append("removed " + ", ".join(removed))
    if failed:
        parts.append("could not remove " + ", ".join(failed) + " (the next plan or apply retries)")
    return "; ".join(parts)


def stopped(conn: psycopg.Connection, entry_id: int, owned: list[dict], done: int, total: int,
            exc: SchemaDiffError, status: str,
            lock_timeout: str = leftovers.DEFAULT_LOCK_TIMEOUT) -> SchemaDiffError:
    """Clean up after a run that stopped at batch `done`; record it; the error to raise."""
    removed, failed = clean(conn, owned, done, lock_timeout)
    tidy = cleanup_text(removed, failed)
    # done == total: every step committed, and what failed is the read after the last one
    where = f"step {done + 1} of {total}" if done < total else f"the catalog read after step {total} of {total}"
    history.finish(conn, entry_id, status, error=f"{where}: {exc}", cleanup=tidy or None, state=state(conn, refuse=False))
    kept = {0: "nothing was applied", 1: "step 1 stays applied"}.get(done, f"steps 1-{done} stay applied")
    after = f"{kept}{'; ' + tidy if tidy else ''}"
    if status == "interrupted":
        return Interrupted(f"migration #{entry_id} {exc} before {where}; {after}. "
                           "`schemadiff apply` finishes it, `schemadiff rollback` undoes it")
    error = DatabaseError(f"migration #{entry_id} failed at {where}: {exc}; {after}")
    error.hint = getattr(exc, "hint", "") or "fix the cause and run apply again, or `schemadiff rollback` to undo"
    return error
