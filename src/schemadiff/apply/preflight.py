"""Run the preflight queries (render/preflight.py) on the target, on a read-only connection.

Bounded: each query has its own statement_timeout (a timeout is "not checked", never an error),
and a table whose reltuples exceed the threshold is read through TABLESAMPLE SYSTEM, its counts
scaled up and marked as estimates."""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from ..db.connect import connect
from ..model import Database
from ..plan import Plan
from ..quoting import qualified
from ..render.preflight import Check, Finding, checks_for, query_sql, renamed_tables
from ..render.sessions import statement_timeout_setting
from ..sqlfiles import query_text


@dataclass(frozen=True)
class Limits:
    statement_timeout_ms: int = 5000  # per query
    sample_above: float = 1_000_000  # reltuples above which the table is sampled
    sample_percent: float = 1.0


def preflight(url: str, plan: Plan, current: Database, limits: Limits = Limits()) -> tuple[Finding, ...]:
    """Every check of every step of `plan`, run read-only on the target."""
    renamed = renamed_tables(plan)
    checks = _distinct(c for op in plan.ops for c in checks_for(op, current, renamed))
    if not checks:
        return ()
    with connect(url, autocommit=True, read_only=True, application_name="schemadiff preflight") as conn:
        conn.execute(statement_timeout_setting(int(limits.statement_timeout_ms)))
        return tuple(_run(conn, c, limits) for c in checks)


def _distinct(checks) -> list[Check]:
    """One query per question: a primary key's NOT NULL and the SET NOT NULL before it ask the same."""
    seen: dict[tuple, Check] = {}
    for c in checks:
        seen.setdefault((c.schema, c.table, c.sql), c)
    return list(seen.values())


def _run(conn: psycopg.Connection, check: Check, limits: Limits) -> Finding:
    base = Finding(check.step, check.kind, check.table, check.what, unit=check.unit)
    percent = _sample_percent(conn, check, limits)
    try:
        sql = query_sql(check, percent, _equality(conn, check))
        count, samples = _notice(conn, sql) if check.notice else _rows(conn, sql)
    except LookupError as exc:
        return _with(base, unchecked=str(exc))
    except psycopg.errors.QueryCanceled:
        return _with(base, unchecked="timed out")
    except psycopg.Error as exc:  # e.g. the referenced table does not exist yet
        return _with(base, unchecked=(exc.diag.message_primary or str(exc)).splitlines()[0])
    if percent:
        count = round(count * 100 / percent)
    return _with(base, count=count, samples=tuple(samples), estimate=bool(percent))


def _with(finding: Finding, **changes) -> Finding:
    return Finding(**{**finding.__dict__, **changes})


def _rows(conn, sql: str) -> tuple[int, list[str]]:
    rows = conn.execute(sql).fetchall()
    return (rows[0][1] if rows else 0), [r[0] for r in rows if r[0] is not None]  # no key: a count


def _notice(conn, sql: str) -> tuple[int, list[str]]:
    """A DO block reports `preflight [count, [keys]]` in a NOTICE."""
    heard: list[str] = []

    def hear(diag) -> None:
        if (diag.message_primary or "").startswith("preflight "):
            heard.append(diag.message_primary.removeprefix("preflight "))

    conn.add_notice_handler(hear)
    try:
        conn.execute(sql)
    finally:
        conn.remove_notice_handler(hear)
    count, keys = json.loads(heard[-1]) if heard else (0, [])
    return int(count), list(keys or [])


def _sample_percent(conn, check: Check, limits: Limits) -> float | None:
    """The sample size for a table above the threshold (by pg_class.reltuples), else None."""
    row = conn.execute(query_text(__package__, "table_reltuples"),
                       (qualified(check.schema, check.table),)).fetchone()
    if row is None or row[0] is None or row[0] <= limits.sample_above:
        return None
    return limits.sample_percent


def _equality(conn, check: Check) -> tuple[str | None, ...]:
    """Per key part, the equality operator (btree strategy 3) of its explicit operator class."""
    if not check.opclasses:
        return ()
    if check.method != "btree":  # only btree can be unique in PostgreSQL (amcanunique)
        raise LookupError(f"a unique index using {check.method}")
    return tuple(_opclass_equality(conn, oc) if oc else None for oc in check.opclasses)


def _opclass_equality(conn, opclass: tuple[str, ...]) -> str:
    schema, name = (None, opclass[0]) if len(opclass) == 1 else opclass
    row = conn.execute(query_text(__package__, "opclass_equality"), {"schema": schema, "name": name}).fetchone()
    if row is None:
        raise LookupError(f"operator class {'.'.join(opclass)} has no btree equality on the target")
    return row[0]
