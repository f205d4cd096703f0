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
    options = set(fields) - {"comment", "owned_by", "unlogged"}
    out: list[ops.Op] = [ops.AlterSequence(old, new)] if options else []
    if "owned_by" in fields:
        out.append(ops.SetSequenceOwner(new))
    if "unlogged" in fields and not owner_changes_persistence(new, ctx):
        out.append(ops.SetSequenceLogged(new, unlogged=new.unlogged))
    return out + comment_change(new, fields)


def owner_changes_persistence(seq: Sequence, ctx: Context) -> bool:
    """The owning table goes SET LOGGED / UNLOGGED in this plan: that changes the sequences it
    owns as well, and the table's strategy sets any that must differ from it afterwards."""
    if seq.owned_by is None:
        return False
    tid = table_id(seq.schema, seq.owned_by[0])
    before, after = ctx.current.get(tid), ctx.desired.get(tid)
    return before is not None and after is not None and before.unlogged != after.unlogged


def owned_sequences_after_set_logged(table, ctx: Context) -> list[ops.Op]:
    """After ALTER TABLE SET LOGGED / UNLOGGED, which took every sequence the table owns along:
    set back those declared otherwise."""
    return [ops.SetSequenceLogged(s, unlogged=s.unlogged) for s in ctx.desired.of_kind("sequence")
            if s.schema == table.schema and s.owned_by and s.owned_by[0] == table.name
            and s.unlogged != table.unlogged]


STRATEGIES.register("sequence", Strategy(create=_create, drop=_drop, alter=_alter))
