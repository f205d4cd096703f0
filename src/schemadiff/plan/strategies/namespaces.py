"""Schemas, extensions and sequences: create, drop, alter in place."""

from __future__ import annotations

from ...model import Extension, Schema, Sequence
from .. import ops
from .context import Context


def create_ops(obj) -> list[ops.Op]:
    if isinstance(obj, Schema):
        out: list[ops.Op] = [ops.CreateSchema(obj)] if obj.name != "public" else []
    elif isinstance(obj, Extension):
        return [ops.CreateExtension(obj)]
    elif isinstance(obj, Sequence):
        out = [ops.CreateSequence(obj)]
        if obj.owned_by:
            out.append(ops.SetSequenceOwner(obj))
    else:
        raise TypeError(obj)
    if obj.comment is not None:
        out.append(ops.SetComment(obj.id, obj.comment))
    return out


def drop_ops(obj, ctx: Context) -> list[ops.Op]:
    if isinstance(obj, Schema):
        return [ops.DropSchema(obj)] if obj.name != "public" else []
    if isinstance(obj, Extension):
        return [ops.DropExtension(obj)]
    if isinstance(obj, Sequence):
        # A sequence owned by a column goes away with that column or table.
        owner = obj.owned_by and ctx.current.get(obj.id.__class__("table", obj.schema, obj.owned_by[0]))
        if owner and (owner.id in ctx.dropped_tables or _column_dropped(ctx, owner.id, obj.owned_by[1])):
            return []
        return [ops.DropSequence(obj)]
    raise TypeError(obj)


def _column_dropped(ctx: Context, table_id, column: str) -> bool:
    desired = ctx.desired.get(table_id)
    return desired is None or desired.column(column) is None


def alter_ops(old, new, fields: tuple[str, ...]) -> list[ops.Op]:
    out: list[ops.Op] = []
    if isinstance(new, Sequence):
        if set(fields) - {"comment", "owned_by"}:
            out.append(ops.AlterSequence(old, new))
        if "owned_by" in fields:
            out.append(ops.SetSequenceOwner(new))
    if isinstance(new, Extension) and "schema" in fields:
        out.append(ops.SetExtensionSchema(new))
    if "comment" in fields:
        out.append(ops.SetComment(new.id, new.comment))
    return out
