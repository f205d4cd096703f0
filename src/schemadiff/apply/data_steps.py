"""schemadiff.data_steps, read: which data steps ran (the table itself: apply/history.py)."""

from __future__ import annotations

from dataclasses import replace

import psycopg

from ..db.connect import connect
from ..errors import SpecError
from ..model.data_steps import Recorded
from ..plan.ops import RunDataStep, UndoDataStep
from ..render.data_steps import headed
from ..sqlfiles import query_text


def recorded(conn: psycopg.Connection) -> dict[str, Recorded]:
    """Every step that ran, by name (none before the first apply that had one)."""
    if not _exists(conn):
        return {}
    rows = conn.execute(query_text(__package__, "data_steps_recorded")).fetchall()
    return {r[0]: Recorded(*r) for r in rows}


def _exists(conn: psycopg.Connection) -> bool:
    return conn.execute(query_text(__package__, "data_steps_exists")).fetchone()[0]


def recorded_at(url: str) -> dict[str, Recorded]:
    """`recorded` on a read-only connection of its own (plan never writes the target)."""
    with connect(url, autocommit=True, read_only=True) as conn:
        return recorded(conn)


def kept(conn: psycopg.Connection, migrations: list[int]) -> list[str]:
    """The steps those migrations ran that have no rollback: a rollback leaves their rows."""
    if not migrations or not _exists(conn):
        return []
    rows = conn.execute(query_text(__package__, "data_steps_kept"), (migrations,)).fetchall()
    return [r[0] for r in rows]


def failing_step(plan, message: str) -> SpecError | None:
    """When `message` (a statement's failure) quotes the heading of a data step's statement
    (render/data_steps.py), the SpecError naming that step and the statement's line."""
    for op in plan.ops:
        if not isinstance(op, (RunDataStep, UndoDataStep)):
            continue
        undo = isinstance(op, UndoDataStep)
        what = "rollback of data step" if undo else "data step"
        statements = op.step.rollback_statements if undo else op.step.statements
        for (line, _), heading in zip(statements, headed(op.step, statements, what)):
            if f"(while running: {heading.splitlines()[0]}" in message:
                reason = message.split(" (while running:")[0]
                key = f"data.{op.step.name}.{'rollback' if undo else 'sql'}"
                return SpecError(f"{what} {op.step.name!r} failed in the scratch database: {reason}",
                                 op.step.file, line, key)
    return None


def behind_steps(plan, findings: tuple) -> tuple:
    """Preflight findings corrected for the data steps: a step certain to fail on today's rows
    is not certain once a data step running before it has written that table (a backfill before
    SET NOT NULL); it is then marked not checked, and the apply itself is the check."""
    order = {op.describe(): i for i, op in enumerate(plan.ops)}
    runs = [(i, op) for i, op in enumerate(plan.ops) if isinstance(op, RunDataStep)]
    out = []
    for f in findings:
        first = next((op for i, op in runs if i < order.get(f.step, -1)
                      and any(t.name == f.table for t in op.writes)), None)
        if f.fails and first is not None:
            f = replace(f, unchecked=f"data step {first.step.name} writes {f.table} first")
        out.append(f)
    return tuple(out)
