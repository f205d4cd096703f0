"""Pure: changes -> ordered, safe operations (and the rollback, by the same machinery)."""

from __future__ import annotations

from dataclasses import replace

from ..diff import Renames, diff, rename_hints
from ..diff.hints import validity_hints
from ..model import Database, fingerprint
from .graph import order
from .body_uses import table_users
from .data_steps import ran_order, run_ops, split_not_null, undo_ops, without_rollback
from ..model.data_steps import DataStep
from .steps import Plan, count_changes, data_loss_notes
from .strategies import Context, operations
from .view_rebuilds import rebuild_dependants

__all__ = ["Plan", "make_plan", "plan_pair"]


def make_plan(current: Database, desired: Database, renames: Renames | None = None,
              run: tuple[DataStep, ...] = (), undo: tuple[DataStep, ...] = ()) -> Plan:
    """The plan turning `current` into `desired`, running the data steps `run` and undoing `undo`
    (in that order) where their tables are ready (plan/data_steps.py)."""
    renames = renames or Renames()
    changes = diff(current, desired, renames)
    from ..diff.renames import apply_renames

    moved = apply_renames(current, renames)
    ctx = _context(current, moved, desired, renames, changes)
    # views and policies in the way of a change are dropped and recreated around it
    changes = rebuild_dependants(changes, ctx, lambda ch: operations(ch, ctx))
    ctx = _with_kept_matviews(ctx, changes)
    groups = split_not_null(_dedupe([operations(ch, ctx) for ch in changes]), run) + run_ops(run) + undo_ops(undo)
    ordered = order(groups, moved, desired)
    notes = tuple(rename_hints(changes) + validity_hints(changes)) + without_rollback(undo)
    return Plan(tuple(ordered), notes, fingerprint(current), fingerprint(desired), count_changes(changes),
                _users(ordered, desired))


def _users(ops, desired: Database):
    """The functions and cron jobs using each table the plan changes, for the text plan."""
    changed = {op.table for op in ops if op.table is not None and op.table.kind == "table"}
    if not changed:
        return ()
    users = table_users(desired)
    return tuple((t, users[t]) for t in sorted(changed) if t in users)


def plan_pair(current: Database, desired: Database, renames: Renames | None = None,
              steps: tuple[DataStep, ...] = ()) -> tuple[Plan, Plan]:
    """(forward, rollback): the rollback is the plan from desired back to current; it undoes the
    pending data `steps` in the reverse of the order the forward plan runs them."""
    renames = renames or Renames()
    forward = make_plan(current, desired, renames, run=steps)
    forward = replace(forward, notes=forward.notes + data_loss_notes(forward))
    backward = make_plan(desired, current, renames.inverted(), undo=ran_order(forward.ops)[::-1])
    return forward, backward


def _context(current: Database, moved: Database, desired: Database, renames: Renames, changes) -> Context:
    from ..diff import AlterColumn, DropColumn, RenameColumn

    existing = frozenset(t.id for t in moved.tables())
    dropped = frozenset(t for t in existing if t not in desired.objects)
    reshaped = frozenset(c.id for c in changes if isinstance(c, (AlterColumn, DropColumn, RenameColumn)))
    return Context(moved, desired, existing, dropped, reshaped)


def _with_kept_matviews(ctx: Context, changes) -> Context:
    """Materialized views the plan keeps are in use like tables: an index added to one is built
    concurrently (a plain build would hold the main transaction and block REFRESH). One the plan
    drops or creates again is invisible until commit: its indexes are built in the transaction."""
    from ..diff import Drop, Replace
    from ..model.ids import table_id

    rebuilt = {ch.id for ch in changes if isinstance(ch, (Drop, Replace))}
    kept = frozenset(table_id(v.schema, v.name) for v in ctx.current.of_kind("matview") if v.id not in rebuilt)
    return replace(ctx, existing_tables=ctx.existing_tables | kept)


def _dedupe(groups):
    """The same operation from two changes (ANALYZE after two type changes) runs once."""
    seen, out = set(), []
    for group in groups:
        kept = [op for op in group if not (op in seen or seen.add(op))]
        if kept:
            out.append(kept)
    return out
