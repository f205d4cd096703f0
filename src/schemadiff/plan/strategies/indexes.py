"""Indexes: built concurrently on tables in use, plainly on tables the plan creates."""

from __future__ import annotations

from ...model import Index
from .. import ops
from .context import Context


def create_index_ops(index: Index, ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = [ops.CreateIndex(index, concurrently=ctx.is_existing(index.table_id))]
    if index.comment is not None:
        out.append(ops.SetComment(index.id, index.comment))
    return out


def drop_index_ops(index: Index, ctx: Context) -> list[ops.Op]:
    if index.table_id in ctx.dropped_tables:
        return []
    # Plain DROP INDEX: no scan, a brief lock bounded by lock_timeout; dropping concurrently would
    # split the main transaction whenever the same table also changes.
    return [ops.DropIndex(index)]


def alter_index_ops(old: Index, new: Index, fields: tuple[str, ...]) -> list[ops.Op]:
    return [ops.SetComment(new.id, new.comment)] if "comment" in fields else []
