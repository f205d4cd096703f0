"""Constraints: NOT VALID then VALIDATE, and UNIQUE/PK through a concurrent index, on tables in use."""

from __future__ import annotations

from ...model import Constraint, Index
from ...model.indexes import IndexKey
from .. import ops
from .context import Context
from .partitions import partitioned_needs_plain_add
from .registry import STRATEGIES, Strategy


def create_constraint_ops(c: Constraint, ctx: Context) -> list[ops.Op]:
    out = _add_ops(c, ctx)
    if c.comment is not None:
        out.append(ops.SetComment(c.id, c.comment))
    return out


def _add_ops(c: Constraint, ctx: Context) -> list[ops.Op]:
    if not c.validated and c.kind in ("f", "c"):
        # Declared NOT VALID: added so, and never validated (existing rows may break it).
        return [ops.AddConstraint(c, not_valid=True)]
    if not ctx.is_existing(c.table_id):
        return [ops.AddConstraint(c)]
    if partitioned_needs_plain_add(c, ctx):
        return [ops.AddConstraint(c, scans=True)]
    if c.kind in ("f", "c"):
        return [ops.AddConstraint(c, not_valid=True), ops.ValidateConstraint(c)]
    if c.kind in ("u", "p"):
        index = unique_index_for(c)
        if index is not None:
            return [ops.CreateIndex(index, concurrently=True), ops.AddConstraintUsingIndex(c, index.name)]
    return [ops.AddConstraint(c, scans=True)]


def unique_index_for(c: Constraint) -> Index | None:
    """The index `CREATE UNIQUE INDEX CONCURRENTLY` must build so the constraint can adopt it
    (its storage parameters with it: USING INDEX keeps the index as built); None for a key
    WITHOUT OVERLAPS, whose index is a GiST one no plain unique index stands for (the constraint
    is then added plainly, with its scan)."""
    if c.without_overlaps:
        return None
    return Index(c.schema, c.name, c.table, True, keys=tuple(IndexKey.of(col) for col in c.columns),
                 include=c.include, nulls_not_distinct=c.nulls_not_distinct,
                 parameters=c.parameters)


def drop_constraint_ops(c: Constraint, ctx: Context) -> list[ops.Op]:
    # A constraint goes with its table, except a foreign key to another table: dropped first,
    # it frees the referenced table (and breaks cycles of tables that reference each other).
    if c.table_id in ctx.dropped_tables and (c.kind != "f" or c.ref_table_id == c.table_id):
        return []
    return [ops.DropConstraint(c)]


def alter_constraint_ops(old: Constraint, new: Constraint, fields: tuple[str, ...]) -> list[ops.Op]:
    # Only NOT VALID -> valid, storage parameters and the comment reach here (diff/constraints.py replaces the other way round):
    # VALIDATE scans under SHARE UPDATE EXCLUSIVE, after the main transaction.
    out: list[ops.Op] = [ops.ValidateConstraint(new)] if "validated" in fields else []
    if "parameters" in fields:
        out.append(_set_index_parameters(old, new))
    return out + ([ops.SetComment(new.id, new.comment)] if "comment" in fields else [])


def _set_index_parameters(old: Constraint, new: Constraint) -> ops.SetIndexParameters:
    """ALTER INDEX SET / RESET on the key's index (named as its constraint): no rebuild, as for
    an index of its own (plan/strategies/indexes.py)."""
    wanted, had = dict(new.parameters), dict(old.parameters)
    index = Index(new.schema, new.name, new.table, new.kind != "x", keys=(), parameters=new.parameters)
    return ops.SetIndexParameters(index, set=tuple((k, v) for k, v in new.parameters if had.get(k) != v),
                                  reset=tuple(k for k in had if k not in wanted))


def _rename(old: Constraint, new: Constraint, ctx: Context) -> list[ops.Op]:
    comment = [ops.SetComment(new.id, new.comment)] if old.comment != new.comment else []
    return [ops.RenameConstraint(new, old.name), *comment]


STRATEGIES.register("constraint", Strategy(
    create=create_constraint_ops, drop=drop_constraint_ops,
    alter=lambda old, new, fields, ctx: alter_constraint_ops(old, new, fields), rename=_rename))
