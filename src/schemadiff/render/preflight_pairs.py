"""Preflight queries that compare rows with each other: duplicates of a unique key, conflicting
pairs of an exclusion constraint. Keys come from preflight_keys.py (pglast)."""

from __future__ import annotations

from .constraints import constraint_definition
from .preflight_findings import FAILS, SAMPLES, Check
from .preflight_keys import Key, KeyPart, constraint_key


def duplicates(schema, table, key: Key, name: str, step: str) -> Check:
    """Rows sharing their key with another row: NULLs collide only under NULLS NOT DISTINCT."""
    what = f"share their key with another row ({name})"
    if any(p.opclass for p in key.parts):  # its own equality operators: a self-join (apply resolves them)
        return Check(step, FAILS, schema, table, what, _partners(key),
                     opclasses=tuple(p.opclass for p in key.parts), method=key.method)
    # a window over the key (one sort) beat a hashed GROUP BY keeping sample keys per group:
    # lower(email) over bench_preflight.py's 1M distinct keys, 3.9 s against 5.9 s (NOTES-preflight.md)
    parts = ", ".join(p.sql() for p in key.parts)
    inner = (f"SELECT {{key}} AS preflight_key, count(*) OVER (PARTITION BY {parts}) AS preflight_n "
             f"FROM {{source}} WHERE {_key_filter(key)}")
    sql = f"SELECT d.preflight_key, count(*) OVER () FROM ({inner}) d WHERE d.preflight_n > 1 LIMIT {SAMPLES}"
    return Check(step, FAILS, schema, table, what, sql)


def _key_filter(key: Key) -> str:
    """The rows the index holds (its WHERE) that can collide: all key values non-NULL unless
    NULLS NOT DISTINCT (a NULL is then equal to a NULL)."""
    terms = [] if key.nulls_not_distinct else [f"({p.sql()}) IS NOT NULL" for p in key.parts]
    return " AND ".join(terms + ([f"({key.where})"] if key.where else [])) or "true"


def _keyed_rows(key: Key) -> str:
    """A CTE of the indexed rows with their key values k0, k1, ... and a row identity."""
    values = "".join(f", {p.sql()} AS k{i}" for i, p in enumerate(key.parts))
    return (f"WITH k AS MATERIALIZED (SELECT {{key}} AS preflight_key, t.tableoid AS preflight_rel, "
            f"t.ctid AS preflight_row{values} FROM {{source}} WHERE {_key_filter(key)})")


def _partners(key: Key) -> str:
    """Rows with another row equal under each part's operator ({eq0}, ... : filled by apply)."""
    def equal(i: int, p: KeyPart) -> str:
        op = f"{{eq{i}}}" if p.opclass else "="
        same = f"a.k{i} {op} b.k{i}"
        return f"({same} OR (a.k{i} IS NULL AND b.k{i} IS NULL))" if key.nulls_not_distinct else same
    match = " AND ".join(equal(i, p) for i, p in enumerate(key.parts))
    return (f"{_keyed_rows(key)} SELECT a.preflight_key, count(*) OVER () FROM k a WHERE EXISTS (SELECT 1 "
            f"FROM k b WHERE (b.preflight_rel, b.preflight_row) <> (a.preflight_rel, a.preflight_row) "
            f"AND {match}) LIMIT {SAMPLES}")


def exclusion(con, step: str) -> Check:
    """Pairs of rows the constraint's operators say conflict (a self-join; each pair once: the
    operators of an exclusion constraint are commutative). NULL never conflicts."""
    key = constraint_key(constraint_definition(con))
    match = " AND ".join(f"a.k{i} {p.operator} b.k{i}" for i, p in enumerate(key.parts))
    sql = (f"{_keyed_rows(key)} SELECT a.preflight_key || ' with ' || b.preflight_key, count(*) OVER () "
           f"FROM k a JOIN k b ON (a.preflight_rel, a.preflight_row) < (b.preflight_rel, b.preflight_row) "
           f"AND {match} LIMIT {SAMPLES}")
    return Check(step, FAILS, con.schema, con.table, f"conflict under {con.name}", sql, unit="pairs of rows")
