"""Changes -> typed operations, choosing the safe form of each (one module per family)."""

from __future__ import annotations

from ...diff import (
    AddColumn, Alter, AlterColumn, Change, Create, Drop, DropColumn, RenameColumn, RenameObject, RenameTable,
    Replace,
)
from ...model import Constraint, EnumType, Index, Table
from .. import ops
from . import constraints, indexes, namespaces, tables, types
from .context import Context
from . import cron  # pg_cron jobs
from . import dispatch_views, security  # views, policies, grants, domains, row-level security
from ...model import CronJob
from . import routines  # functions, procedures, triggers
from ...diff import RebuildDefaults
from ...model import Function, Trigger

__all__ = ["Context", "operations"]


def operations(change: Change, ctx: Context) -> list[ops.Op]:
    """The operations of one change, in the order they must run among themselves."""
    handler = _HANDLERS[type(change)]
    return handler(change, ctx)


def _create(change: Create, ctx: Context) -> list[ops.Op]:
    obj = change.new
    if isinstance(obj, Table):
        return tables.create_table_ops(obj) + security.rls_create_ops(obj)
    if isinstance(obj, dispatch_views.KINDS):  # views, policies, grants, domains
        return dispatch_views.create(obj, ctx)
    if isinstance(obj, Constraint):
        return constraints.create_constraint_ops(obj, ctx)
    if isinstance(obj, Index):
        return indexes.create_index_ops(obj, ctx)
    if isinstance(obj, EnumType):
        out: list[ops.Op] = [ops.CreateEnum(obj)]
        return out + ([ops.SetComment(obj.id, obj.comment)] if obj.comment is not None else [])
    if isinstance(obj, CronJob):
        return cron.create_ops(obj)
    if isinstance(obj, (Function, Trigger)):
        return routines.create_ops(obj, ctx)
    return namespaces.create_ops(obj)


def _drop(change: Drop, ctx: Context) -> list[ops.Op]:
    obj = change.old
    if isinstance(obj, Table):
        return [ops.DropTable(obj)]
    if isinstance(obj, dispatch_views.KINDS):  # views, policies, grants, domains
        return dispatch_views.drop(obj, ctx)
    if isinstance(obj, Constraint):
        return constraints.drop_constraint_ops(obj, ctx)
    if isinstance(obj, Index):
        return indexes.drop_index_ops(obj, ctx)
    if isinstance(obj, EnumType):
        return [ops.DropEnum(obj)]
    if isinstance(obj, CronJob):
        return cron.drop_ops(obj)
    if isinstance(obj, (Function, Trigger)):
        return routines.drop_ops(obj, ctx)
    return namespaces.drop_ops(obj, ctx)


def _alter(change: Alter, ctx: Context) -> list[ops.Op]:
    old, new, fields = change.old, change.new, change.fields
    if isinstance(new, Table):
        comment = [ops.SetComment(new.id, new.comment)] if "comment" in fields else []
        return comment + security.rls_alter_ops(old, new, fields)
    if isinstance(new, dispatch_views.KINDS):  # views, policies, grants, domains
        return dispatch_views.alter(old, new, fields, ctx)
    if isinstance(new, Constraint):
        return constraints.alter_constraint_ops(old, new, fields)
    if isinstance(new, Index):
        return indexes.alter_index_ops(old, new, fields)
    if isinstance(new, EnumType):
        return types.enum_ops(old, new, ctx)
    if isinstance(new, CronJob):
        return cron.alter_ops(old, new, fields)
    if isinstance(new, (Function, Trigger)):
        return routines.alter_ops(old, new, fields)
    return namespaces.alter_ops(old, new, fields)


def _rename_object(change: RenameObject, ctx: Context) -> list[ops.Op]:
    old, new = change.old, change.new
    out: list[ops.Op] = (
        [ops.RenameConstraint(new, old.name)] if isinstance(new, Constraint) else [ops.RenameIndex(new, old.name)]
    )
    if old.comment != new.comment:
        out.append(ops.SetComment(new.id, new.comment))
    return out


def _replace(change: Replace, ctx: Context) -> list[ops.Op]:
    if isinstance(change.new, Index):
        return indexes.replace_index_ops(change.old, change.new, ctx)
    if isinstance(change.new, dispatch_views.KINDS):  # views, policies, grants, domains
        return dispatch_views.replace(change.old, change.new, ctx)
    return _drop(Drop(change.old), ctx) + _create(Create(change.new), ctx)


_HANDLERS = {
    Replace: _replace,
    RenameObject: _rename_object,
    Create: _create,
    Drop: _drop,
    Alter: _alter,
    RenameTable: lambda c, ctx: tables.rename_table_ops(c),
    RenameColumn: lambda c, ctx: tables.rename_column_ops(c),
    AddColumn: lambda c, ctx: tables.add_column_ops(c),
    DropColumn: lambda c, ctx: tables.drop_column_ops(c),
    AlterColumn: tables.alter_column_ops,
    RebuildDefaults: routines.rebuild_defaults_ops,  # defaults calling a function rebuilt around it
}
