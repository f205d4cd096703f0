"""Remove the helper objects a stopped migration left, and find any in the catalog."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from ..render.leftovers import drop_constraint, drop_index
from ..render.partitions import detach_finalize
from ..sqlfiles import query_text
from .lock_waits import Timeouts
from .ownership import Owned

DEFAULT_LOCK_TIMEOUT = Timeouts().lock_timeout


def remove(conn: psycopg.Connection, owned: list[Owned],
           lock_timeout: str = DEFAULT_LOCK_TIMEOUT) -> tuple[list[str], list[str]]:
    """Drop each of `owned` that exists; return (what was removed, what could not be, with why).

    Each drop waits for its locks at most `lock_timeout` (a run's own, else apply's default): a
    DROP or FINALIZE queued behind a long transaction would hold up every reader and writer of the
    table meanwhile. What times out is left for the next plan or apply, which tries again."""
    removed, failed = [], []
    pending: set[tuple[str, str]] = set()  # partitions whose detach is still pending
    with _waiting_at_most(conn, lock_timeout):
        # a pending detach first: FINALIZE adds a CHECK of its own unless the helper check is still there
        for item in sorted(owned, key=lambda o: o.kind != "detach"):
            if item.kind == "constraint" and (item.schema, item.parent) in pending:
                continue  # that helper stays until the detach is finished, for the reason above
            try:
                if _drop(conn, item):
                    removed.append(item.describe())
            except psycopg.Error as exc:  # a lock timeout: the next plan or apply tries again
                failed.append(f"{item.describe()} ({str(exc).strip().splitlines()[0]})")
                if item.kind == "detach":
                    pending.add((item.schema, item.name))
    return removed, failed


@contextmanager
def _waiting_at_most(conn: psycopg.Connection, lock_timeout: str) -> Iterator[None]:
    """The session's lock_timeout set for the block, and put back after it."""
    before = conn.execute(query_text(__package__, "lock_timeout_ms")).fetchone()[0]
    conn.execute(query_text(__package__, "lock_timeout_set"), (lock_timeout,))
    try:
        yield
    finally:
        conn.execute(query_text(__package__, "lock_timeout_set"), (f"{before}ms",))


def _drop(conn: psycopg.Connection, item: Owned) -> bool:
    """Drop `item` if it is still only a helper. Decided from the catalog, not from the recorded
    progress: a step may have committed just before its process died, unrecorded."""
    if item.kind == "detach":
        return finalize_detach(conn, item.parent_schema, item.parent, item.schema, item.name)
    if item.kind == "index":
        row = conn.execute(query_text(__package__, "leftover_index"), (item.schema, item.name)).fetchone()
        # INVALID: a build that stopped. Valid and not yet adopted by its constraint: a helper.
        if row is None or row[1] or (row[0] and not item.helper):
            return False
        conn.execute(drop_index(item.schema, item.name))
        return True
    on_domain = item.kind != "constraint"  # a domain's check, not a table's constraint
    query = (query_text(__package__, "leftover_domain_check") if on_domain
             else query_text(__package__, "leftover_constraint"))
    row = conn.execute(query, (item.schema, item.parent, item.name)).fetchone()
    if row is None or (row[0] and not item.helper):  # validated, and part of the target: done
        return False
    conn.execute(drop_constraint(on_domain, item.schema, item.parent, item.name))
    return True


def detach_state(conn: psycopg.Connection, parent_schema: str, parent: str, schema: str, table: str) -> bool | None:
    """True: a DETACH ... CONCURRENTLY of it is pending; False: still a partition; None: detached."""
    row = conn.execute(query_text(__package__, "detach_state"), (schema, table, parent_schema, parent)).fetchone()
    return None if row is None else bool(row[0])


def finalize_detach(conn: psycopg.Connection, parent_schema: str, parent: str, schema: str, table: str) -> bool:
    """An interrupted DETACH ... CONCURRENTLY leaves the partition pending, which PostgreSQL lets
    only FINALIZE finish (a second DETACH is refused, ATTACH too): finish it, as the migration
    meant to. Same locks as the detach's second transaction; autocommit, as PostgreSQL requires."""
    if not detach_state(conn, parent_schema, parent, schema, table):
        return False
    conn.execute(detach_finalize(parent_schema, parent, schema, table))
    return True


def found_in_catalog(conn: psycopg.Connection) -> list[str]:
    """INVALID indexes, NOT VALID constraints and `*_schemadiff` helpers present now (a report:
    a NOT VALID constraint schema.yaml declares is listed too)."""
    return [r[0] for r in conn.execute(query_text(__package__, "leftovers_found")).fetchall()]
