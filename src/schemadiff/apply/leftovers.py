"""Remove the helper objects a stopped migration left, and find any in the catalog."""

from __future__ import annotations

import psycopg

from ..quoting import ident, qualified
from ..render.partitions import detach_finalize
from .ownership import Owned

_CONSTRAINT = """
SELECT c.convalidated FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = %s AND t.relname = %s AND c.conname = %s
"""
_DOMAIN_CHECK = """
SELECT c.convalidated FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid
JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = %s AND t.typname = %s AND c.conname = %s
"""
# A partition's detach state: pending (inhdetachpending), attached, or None once detached.
_DETACH = """
SELECT i.inhdetachpending FROM pg_inherits i
JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE n.nspname = %s AND c.relname = %s AND pn.nspname = %s AND p.relname = %s
"""
_INDEX = """
SELECT i.indisvalid, EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s
"""


def remove(conn: psycopg.Connection, owned: list[Owned]) -> tuple[list[str], list[str]]:
    """Drop each of `owned` that exists; return (what was removed, what could not be, with why)."""
    removed, failed = [], []
    # a pending detach first: FINALIZE adds a CHECK of its own unless the helper check is still there
    for item in sorted(owned, key=lambda o: o.kind != "detach"):
        try:
            if _drop(conn, item):
                removed.append(item.describe())
        except psycopg.Error as exc:  # a lock timeout: the next plan or apply tries again
            failed.append(f"{item.describe()} ({str(exc).strip().splitlines()[0]})")
    return removed, failed


def _drop(conn: psycopg.Connection, item: Owned) -> bool:
    """Drop `item` if it is still only a helper. Decided from the catalog, not from the recorded
    progress: a step may have committed just before its process died, unrecorded."""
    if item.kind == "detach":
        return finalize_detach(conn, item.parent_schema, item.parent, item.schema, item.name)
    if item.kind == "index":
        row = conn.execute(_INDEX, (item.schema, item.name)).fetchone()
        # INVALID: a build that stopped. Valid and not yet adopted by its constraint: a helper.
        if row is None or row[1] or (row[0] and not item.helper):
            return False
        # CONCURRENTLY: no lock that blocks writers; the connection is in autocommit
        conn.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {qualified(item.schema, item.name)}")
        return True
    query, target = (_CONSTRAINT, "TABLE") if item.kind == "constraint" else (_DOMAIN_CHECK, "DOMAIN")
    row = conn.execute(query, (item.schema, item.parent, item.name)).fetchone()
    if row is None or (row[0] and not item.helper):  # validated, and part of the target: done
        return False
    conn.execute(f"ALTER {target} {qualified(item.schema, item.parent)} DROP CONSTRAINT IF EXISTS {ident(item.name)}")
    return True


def detach_state(conn: psycopg.Connection, parent_schema: str, parent: str, schema: str, table: str) -> bool | None:
    """True: a DETACH ... CONCURRENTLY of it is pending; False: still a partition; None: detached."""
    row = conn.execute(_DETACH, (schema, table, parent_schema, parent)).fetchone()
    return None if row is None else bool(row[0])


def finalize_detach(conn: psycopg.Connection, parent_schema: str, parent: str, schema: str, table: str) -> bool:
    """An interrupted DETACH ... CONCURRENTLY leaves the partition pending, which PostgreSQL lets
    only FINALIZE finish (a second DETACH is refused, ATTACH too): finish it, as the migration
    meant to. Same locks as the detach's second transaction; autocommit, as PostgreSQL requires."""
    if not detach_state(conn, parent_schema, parent, schema, table):
        return False
    conn.execute(detach_finalize(parent_schema, parent, schema, table))
    return True


_FOUND = """
SELECT 'INVALID index ' || n.nspname || '.' || c.relname FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT i.indisvalid
UNION ALL
SELECT 'NOT VALID constraint ' || n.nspname || '.' || coalesce(t.relname, ty.typname) || '.' || c.conname
  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
  LEFT JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_type ty ON ty.oid = c.contypid
  WHERE NOT c.convalidated
UNION ALL
SELECT 'helper constraint ' || n.nspname || '.' || c.conname FROM pg_constraint c
  JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.conname LIKE '%%\\_schemadiff' AND c.convalidated
UNION ALL
SELECT 'helper relation ' || n.nspname || '.' || c.relname FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relname LIKE '%%\\_schemadiff' AND n.nspname <> 'schemadiff'
ORDER BY 1
"""


def found_in_catalog(conn: psycopg.Connection) -> list[str]:
    """INVALID indexes, NOT VALID constraints and `*_schemadiff` helpers present now (a report:
    a NOT VALID constraint schema.yaml declares is listed too)."""
    return [r[0] for r in conn.execute(_FOUND).fetchall()]
