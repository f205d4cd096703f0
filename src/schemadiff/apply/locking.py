"""A session advisory lock so two deploys never interleave."""

from __future__ import annotations

import time
from contextlib import contextmanager

import psycopg

from ..errors import SchemaDiffError
from ..sqlfiles import query_text

# A fixed 64-bit key: "schemadiff" as bytes, folded. Same key in every database of a server is
# fine: advisory locks are per database.
LOCK_KEY = int.from_bytes(b"schemadff", "big") % (2**63)


class LockBusy(SchemaDiffError):
    """Another schemadiff run holds the migration lock."""


@contextmanager
def migration_lock(conn: psycopg.Connection, wait_seconds: float = 30.0):
    """Hold the lock for the block; wait up to `wait_seconds`, then fail naming the holder."""
    deadline = time.monotonic() + wait_seconds
    while not conn.execute(query_text(__package__, "migration_lock_try"), (LOCK_KEY,)).fetchone()[0]:
        if time.monotonic() >= deadline:
            raise LockBusy(f"another schemadiff run holds the migration lock ({_holder(conn)})")
        time.sleep(0.5)
    try:
        yield
    finally:
        conn.execute(query_text(__package__, "migration_lock_release"), (LOCK_KEY,))


def _holder(conn: psycopg.Connection) -> str:
    row = conn.execute(query_text(__package__, "migration_lock_holder"), (LOCK_KEY,)).fetchone()
    return f"pid {row[0]}, {row[1] or 'unknown application'}" if row else "holder unknown"
