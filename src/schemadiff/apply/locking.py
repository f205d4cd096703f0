"""A session advisory lock so two deploys never interleave."""

from __future__ import annotations

import time
from contextlib import contextmanager

import psycopg

from ..errors import SchemaDiffError

# A fixed 64-bit key: "schemadiff" as bytes, folded. Same key in every database of a server is
# fine: advisory locks are per database.
LOCK_KEY = int.from_bytes(b"schemadff", "big") % (2**63)


class LockBusy(SchemaDiffError):
    """Another schemadiff run holds the migration lock."""


@contextmanager
def migration_lock(conn: psycopg.Connection, wait_seconds: float = 30.0):
    """Hold the lock for the block; wait up to `wait_seconds`, then fail naming the holder."""
    deadline = time.monotonic() + wait_seconds
    while not conn.execute("SELECT pg_try_advisory_lock(%s)", (LOCK_KEY,)).fetchone()[0]:
        if time.monotonic() >= deadline:
            raise LockBusy(f"another schemadiff run holds the migration lock ({_holder(conn)})")
        time.sleep(0.5)
    try:
        yield
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))


def _holder(conn: psycopg.Connection) -> str:
    row = conn.execute(
        "SELECT a.pid, a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
        "WHERE l.locktype = 'advisory' AND l.objid = (%s::bigint & 4294967295)::oid AND l.granted LIMIT 1",
        (LOCK_KEY,),
    ).fetchone()
    return f"pid {row[0]}, {row[1] or 'unknown application'}" if row else "holder unknown"
