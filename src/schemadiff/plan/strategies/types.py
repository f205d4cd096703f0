"""Enum changes: append/insert values in place; anything else recreates the type."""

from __future__ import annotations

from ...model import EnumType, Table
from ...model.ids import table_id
from ...quoting import ident
from .. import ops
from .context import Context
from .grants import create_ops as grant_ops
from .registry import STRATEGIES, Strategy, with_comment


def enum_ops(old: EnumType, new: EnumType, ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = []
    if old.values != new.values:
        out += _values_ops(old, new, ctx)
    if old.comment != new.comment or (ops.RecreateEnum.needed(old, new) and new.comment is not None):
        out.append(ops.SetComment(new.id, new.comment))  # a recreated type has no comment yet
    return out


def _values_ops(old: EnumType, new: EnumType, ctx: Context) -> list[ops.Op]:
    if ops.RecreateEnum.needed(old, new):
        columns = _columns_using(old, ctx)
        return [ops.RecreateEnum(old, new, columns, _rebuilt_around(old, ctx)), *_set_again(columns, ctx),
                *_privileges_again(new, ctx)]
    out = []
    for pos, value in enumerate(new.values):
        if value in old.values:
            continue
        following = [v for v in new.values[pos + 1:] if v in old.values]
        if following:
            out.append(ops.AddEnumValue(new, value, before=following[0]))
        else:
            out.append(ops.AddEnumValue(new, value))
    return out


def _set_again(columns, ctx: Context) -> list[ops.Op]:
    """ALTER COLUMN ... TYPE gives a column its new type's storage and no compression (an array of
    the enum can have both): what the desired column declares is set again after the rebuild."""
    out: list[ops.Op] = []
    for schema, table, name, _, _ in columns:
        desired = ctx.desired.get(table_id(schema, table))
        col = desired.column(name) if desired is not None else None
        if col is not None and col.compression is not None:
            out.append(ops.SetColumnCompression(schema, table, column=name, compression=col.compression))
        if col is not None and col.storage is not None:
            out.append(ops.SetColumnStorage(schema, table, column=name, storage=col.storage))
    return out


def _privileges_again(new: EnumType, ctx: Context) -> list[ops.Op]:
    """The new type starts with the default ACL (USAGE to PUBLIC) and no grants: every desired
    grant on it is made again right after it, in its transaction, as for a new type (no window in
    which PUBLIC may use a type schema.yaml revokes). The grant strategy leaves these alone."""
    out: list[ops.Op] = []
    for grant in ctx.desired.of_kind("grant"):
        if grant.object_id == new.id:
            out += grant_ops(grant)
    return out


def type_names(enum: EnumType) -> set[str]:
    """How format_type() may print this type with search_path='' (quoted only when needed)."""
    def maybe(name: str) -> set[str]:
        return {name, ident(name)}

    return {f"{s}.{n}" for s in maybe(enum.schema) for n in maybe(enum.name)}


def _columns_using(enum: EnumType, ctx: Context):
    names = type_names(enum)
    out = []
    for table in ctx.current.tables():
        if table.id in ctx.dropped_tables:
            continue
        for col in _enum_columns(table, names):
            out.append(col)
    return tuple(out)


def _rebuilt_around(enum: EnumType, ctx: Context) -> tuple:
    """Unchanged indexes and CHECK constraints that hold a constant of the type (pg_depend says
    so); one the plan changes anyway is left to its own change."""
    found = [i for i in ctx.current.of_kind("index")] + \
        [c for c in ctx.current.of_kind("constraint") if c.kind == "c"]
    return tuple(o for o in found if enum.id in o.depends_on and o.table_id not in ctx.dropped_tables
                 and ctx.desired.get(o.id) == o)


def _enum_columns(table: Table, names: set[str]):
    for col in table.columns:
        base = col.type[:-2] if col.type.endswith("[]") else col.type
        if base in names:
            yield (table.schema, table.name, col.name, col.type.endswith("[]"), col.default)


STRATEGIES.register("enum", Strategy(
    create=lambda enum, ctx: with_comment(enum, ops.CreateEnum(enum)),
    drop=lambda enum, ctx: [ops.DropEnum(enum)],
    alter=lambda old, new, fields, ctx: enum_ops(old, new, ctx)))
