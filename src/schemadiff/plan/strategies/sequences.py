"""Sequences: create (with their owner), drop unless a dropped column takes them, alter in place."""

from __future__ import annotations

from ...model import Sequence
from ...model.ids import table_id
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


def _create(seq: Sequence, ctx: Context) -> list[ops.Op]:
    owner = [ops.SetSequenceOwner(seq)] if seq.owned_by else []
    return with_comment(seq, ops.CreateSequence(seq), *owner)


def _drop(seq: Sequence, ctx: Context) -> list[ops.Op]:
    # A sequence owned by a column goes away with that column or table.
    owner = seq.owned_by and ctx.current.get(table_id(seq.schema, seq.owned_by[0]))
    if owner and (owner.id in ctx.dropped_tables or _column_dropped(ctx, owner.id, seq.owned_by[1])):
        return []
    return [ops.DropSequence(seq)]


def _column_dropped(ctx: Context, table, column: str) -> bool:
    desired = ctx.desired.get(table)
    return desired is None or desired.column(column) is None


def _alter(old: Sequence, new: Sequence, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = [ops.AlterSequence(old, new)] if set(fields) - {"comment", "owned_by"} else []
    if "owned_by" in fields:
        out.append(ops.SetSequenceOwner(new))
    return out + comment_change(new, fields)


STRATEGIES.register("sequence", Strategy(create=_create, drop=_drop, alter=_alter))
