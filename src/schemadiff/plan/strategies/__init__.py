"""Changes -> typed operations, choosing the safe form of each. Each family module registers the
strategy of its kinds (registry.py); this module only dispatches by the change's class."""

from __future__ import annotations

from ...diff import (
    AddColumn, Alter, AlterColumn, Change, Create, Drop, DropColumn, RebuildDefaults, RenameColumn,
    RenameObject, RenameTable, Replace,
)
from .. import ops
from . import constraints, cron, domains, grants, indexes, namespaces, policies, routines  # strategies
from . import aggregates, collations, default_privileges, sequences, tables, triggers, types, views  # strategies
from .context import Context
from .registry import STRATEGIES

STRATEGIES.require_complete()  # a kind without a strategy fails here, not at its first plan

__all__ = ["Context", "operations"]


def operations(change: Change, ctx: Context) -> list[ops.Op]:
    """The operations of one change, in the order they must run among themselves."""
    handler = _HANDLERS[type(change)]
    return handler(change, ctx)


def _create(change: Create, ctx: Context) -> list[ops.Op]:
    return STRATEGIES[change.new.id.kind].create(change.new, ctx)


def _drop(change: Drop, ctx: Context) -> list[ops.Op]:
    return STRATEGIES[change.old.id.kind].drop(change.old, ctx)


def _alter(change: Alter, ctx: Context) -> list[ops.Op]:
    return STRATEGIES[change.new.id.kind].alter(change.old, change.new, change.fields, ctx)


def _replace(change: Replace, ctx: Context) -> list[ops.Op]:
    strategy = STRATEGIES[change.new.id.kind]
    if strategy.replace is not None and change.old.id.kind == change.new.id.kind:
        return strategy.replace(change.old, change.new, ctx)
    return _drop(Drop(change.old), ctx) + _create(Create(change.new), ctx)


def _rename_object(change: RenameObject, ctx: Context) -> list[ops.Op]:
    rename = STRATEGIES[change.new.id.kind].rename
    if rename is None:
        raise TypeError(f"{change.new.id.display()} cannot be renamed in place")
    return rename(change.old, change.new, ctx)


_HANDLERS = {
    Replace: _replace,
    RenameObject: _rename_object,
    Create: _create,
    Drop: _drop,
    Alter: _alter,
    RenameTable: lambda c, ctx: tables.rename_table_ops(c),
    RenameColumn: lambda c, ctx: tables.rename_column_ops(c),
    AddColumn: lambda c, ctx: tables.add_column_ops(c, ctx),
    DropColumn: lambda c, ctx: tables.drop_column_ops(c),
    AlterColumn: tables.alter_column_ops,
    RebuildDefaults: routines.rebuild_defaults_ops,  # defaults calling a function rebuilt around it
}
