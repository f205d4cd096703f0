"""What `schemadiff status` reports: the last migration, how far it got, what it left behind."""

from __future__ import annotations

import psycopg

from ..sqlfiles import query_text
from . import history, leftovers
from .locking import LOCK_KEY


def status_lines(conn: psycopg.Connection) -> list[str]:
    """Read-only: the last history row in a few lines, then the leftovers in the catalog."""
    history.upgrade(conn)  # an older schemadiff's table lacks the progress columns
    entry = history.last(conn)
    if entry is None:
        lines = ["No migration recorded in schemadiff.history."]
    else:
        lines = _entry_lines(entry, _lock_free(conn))
    found = leftovers.found_in_catalog(conn)
    lines.append("Leftovers: " + ("; ".join(found) if found else "none (no INVALID index, NOT VALID "
                                  "constraint or *_schemadiff helper)"))
    return lines


def _lock_free(conn: psycopg.Connection) -> bool:
    """No session holds the migration lock, so no schemadiff run is in progress."""
    row = conn.execute(query_text(__package__, "migration_lock_held"), (LOCK_KEY,)).fetchone()
    return row[0] == 0


def _entry_lines(e: history.Entry, lock_free: bool) -> list[str]:
    shown = e.status
    if e.status == "running" and lock_free:
        shown = "interrupted (its process is gone; the next plan, apply or rollback records it and cleans up)"
    when = e.applied_at.strftime("%Y-%m-%d %H:%M:%S %Z") if e.applied_at else "?"
    lines = [f"Last migration: #{e.id} ({e.kind}) {shown}, started {when} by {e.applied_by}",
             f"  summary: {e.summary}"]
    total = len(e.forward_batches)
    if e.status != "applied" and total:
        lines.append(f"  progress: {e.done_batches} of {total} steps done")
        if e.done_batches < total and e.status != "rolled_back":
            left = e.forward_batches[e.done_batches].statements[-1].splitlines()[0][:120]
            lines.append(f"  next step: {left}" + (f" (and {total - e.done_batches - 1} more)"
                                                   if total - e.done_batches > 1 else ""))
    if e.error:
        lines.append(f"  error: {e.error}")
    if e.cleanup:
        lines.append(f"  cleaned up: {e.cleanup}")
    if e.status in ("failed", "interrupted"):
        lines.append("  `schemadiff apply` finishes it; `schemadiff rollback` undoes what it applied")
    return lines
