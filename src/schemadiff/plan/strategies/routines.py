"""Functions, procedures and triggers: CREATE OR REPLACE where Postgres allows it, else drop and
create (diff/routines.py adds the users that must be rebuilt around the drop)."""

from __future__ import annotations

from ...diff.routines import RebuildDefaults
from ...model import Function, Trigger
from .. import ops
from .context import Context


def create_ops(obj: Function | Trigger, ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = [ops.CreateFunction(obj) if isinstance(obj, Function) else ops.CreateTrigger(obj)]
    if obj.comment is not None:
        out.append(ops.SetComment(obj.id, obj.comment))
    return out


def drop_ops(obj: Function | Trigger, ctx: Context) -> list[ops.Op]:
    if isinstance(obj, Function):
        return [ops.DropFunction(obj)]
    if obj.table_id in ctx.dropped_tables:
        return []  # DROP TABLE takes its triggers with it
    return [ops.DropTrigger(obj)]


def alter_ops(old: Function | Trigger, new: Function | Trigger, fields: tuple[str, ...]) -> list[ops.Op]:
    out: list[ops.Op] = []
    if isinstance(new, Function) and set(fields) - {"comment"}:
        out.append(ops.ReplaceFunction(old, new))  # CREATE OR REPLACE keeps the comment
    if "comment" in fields:
        out.append(ops.SetComment(new.id, new.comment))
    return out


def rebuild_defaults_ops(change: RebuildDefaults, ctx: Context) -> list[ops.Op]:
    t = change.table
    drops = [ops.ReleaseColumnDefault(t.schema, t.name, column=c.name) for c in change.columns]
    again = [ops.RestoreColumnDefault(t.schema, t.name, column=c.name, default=c.default)
             for c in change.columns]
    return [*drops, *again]
