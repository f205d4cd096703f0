"""Indexes: built concurrently on tables in use, plainly on tables the plan creates."""

from __future__ import annotations

from dataclasses import replace

from ...model import Index
from ...model.naming import make_object_name
from .. import ops
from .context import Context
from .partitions import is_partitioned, partitioned_index_ops
from .registry import STRATEGIES, Strategy


def create_index_ops(index: Index, ctx: Context) -> list[ops.Op]:
    # PostgreSQL refuses CONCURRENTLY on a partitioned table: plan/strategies/partitions.py
    out = partitioned_index_ops(index, ctx) or [ops.CreateIndex(
        index, concurrently=ctx.is_existing(index.table_id) and not is_partitioned(ctx.desired, index.table_id))]
    if index.comment is not None:
        out.append(ops.SetComment(index.id, index.comment))
    return out


def drop_index_ops(index: Index, ctx: Context) -> list[ops.Op]:
    if index.table_id in ctx.dropped_tables:
        return []
    # On a table in use, DROP INDEX CONCURRENTLY waits for readers instead of blocking them.
    # (not on a partitioned index: "cannot drop partitioned index concurrently")
    concurrently = ctx.is_existing(index.table_id) and not is_partitioned(ctx.current, index.table_id)
    return [ops.DropIndex(index, concurrently=concurrently)]


def replace_index_ops(old: Index, new: Index, ctx: Context) -> list[ops.Op]:
    """Build the new index under a temporary name, then drop the old one and take its name, so
    the table is never without the index (and a unique one never without its guarantee)."""
    if not old.valid:
        # An INVALID index (a failed CREATE INDEX CONCURRENTLY) guarantees nothing and is not
        # used by the planner: dropped first (CONCURRENTLY: it backs no constraint, or it would
        # be a constraint here), then built again under its own name.
        return drop_index_ops(old, ctx) + create_index_ops(new, ctx)
    identity = _keeps_replica_identity(old, new, ctx)
    if (not ctx.is_existing(new.table_id) or new.table_id in ctx.reshaped_tables or _used_by_foreign_key(old, ctx)
            or is_partitioned(ctx.desired, new.table_id)):
        if identity:
            # The dropped index takes the REPLICA IDENTITY marker with it, and a table whose
            # identity index is gone behaves as NOTHING (a state introspection refuses). So the
            # table goes REPLICA IDENTITY FULL first (the whole old row: still identifies it),
            # and USING INDEX again once the new index exists.
            full = ops.SetReplicaIdentity(old.schema, old.table, identity="full", old_index=old.name)
            return [full, *drop_index_ops(old, ctx), *create_index_ops(new, ctx), _replica_identity(new)]
        return drop_index_ops(old, ctx) + create_index_ops(new, ctx)
    temp = replace(new, name=make_object_name(new.name[:40], "", "schemadiff_new"), comment=None)
    out: list[ops.Op] = [
        ops.CreateIndex(temp, concurrently=True),
        # the identity moves to the new index before the old one is dropped (the table never
        # behaves as NOTHING); the marker stays on the index through the rename
        *([_replica_identity(temp, old.name)] if identity else []),
        ops.DropIndex(old, concurrently=True),
        ops.RenameIndex(new, old_name=temp.name),
    ]
    if new.comment is not None:
        out.append(ops.SetComment(new.id, new.comment))
    return out


def _keeps_replica_identity(old: Index, new: Index, ctx: Context) -> bool:
    """The table's REPLICA IDENTITY uses this index before and after: the table's own change
    sets no identity (nothing changed there), so the index replacement must."""
    before, after = ctx.current.get(old.table_id), ctx.desired.get(new.table_id)
    return (getattr(before, "replica_index", None) == old.name
            and getattr(after, "replica_index", None) == new.name
            and getattr(after, "replica_identity", None) == "index")


def _replica_identity(index: Index, old_name: str | None = None) -> ops.Op:
    return ops.SetReplicaIdentity(index.schema, index.table, identity="index", index=index.name,
                                  old_index=old_name)


def _used_by_foreign_key(index: Index, ctx: Context) -> bool:
    return any(c.kind == "f" and index.id in c.depends_on for c in ctx.current.of_kind("constraint"))


def alter_index_ops(old: Index, new: Index, fields: tuple[str, ...]) -> list[ops.Op]:
    """Only storage parameters and the comment change in place (diff/indexes.py)."""
    out: list[ops.Op] = []
    if "parameters" in fields:
        wanted, had = dict(new.parameters), dict(old.parameters)
        changed = tuple((k, v) for k, v in new.parameters if had.get(k) != v)
        out.append(ops.SetIndexParameters(new, set=changed, reset=tuple(k for k in had if k not in wanted)))
    return out + ([ops.SetComment(new.id, new.comment)] if "comment" in fields else [])


def _rename(old: Index, new: Index, ctx: Context) -> list[ops.Op]:
    comment = [ops.SetComment(new.id, new.comment)] if old.comment != new.comment else []
    return [ops.RenameIndex(new, old.name), *comment]


STRATEGIES.register("index", Strategy(
    create=create_index_ops, drop=drop_index_ops,
    alter=lambda old, new, fields, ctx: alter_index_ops(old, new, fields), replace=replace_index_ops,
    rename=_rename))
