"""SQL for enum types."""

from __future__ import annotations

from ..plan import ops
from ..quoting import ident, literal, qualified
from ..model import Index
from .registry import renders, statements
from .comments import COMMENT_TARGETS, by_qualified_name


@renders(ops.CreateEnum)
def _create_enum(op: ops.CreateEnum) -> list[str]:
    values = ", ".join(literal(v) for v in op.enum.values)
    return [f"CREATE TYPE {qualified(op.enum.schema, op.enum.name)} AS ENUM ({values})"]


@renders(ops.DropEnum)
def _drop_enum(op: ops.DropEnum) -> list[str]:
    return [f"DROP TYPE {qualified(op.enum.schema, op.enum.name)}"]


@renders(ops.AddEnumValue)
def _add_enum_value(op: ops.AddEnumValue) -> list[str]:
    # IF NOT EXISTS makes the step safe to re-run after an interrupted apply.
    where = ""
    if op.before is not None:
        where = f" BEFORE {literal(op.before)}"
    elif op.after is not None:
        where = f" AFTER {literal(op.after)}"
    name = qualified(op.enum.schema, op.enum.name)
    return [f"ALTER TYPE {name} ADD VALUE IF NOT EXISTS {literal(op.value)}{where}"]


@renders(ops.RenameEnumValue)
def _rename_enum_value(op: ops.RenameEnumValue) -> list[str]:
    name = qualified(op.enum.schema, op.enum.name)
    return [f"ALTER TYPE {name} RENAME VALUE {literal(op.old_value)} TO {literal(op.new_value)}"]


def _retired_name(name: str) -> str:
    return f"{name[:40]}__schemadiff_old"


@renders(ops.RecreateEnum)
def _recreate_enum(op: ops.RecreateEnum) -> list[str]:
    old, new = op.old, op.new
    retired = _retired_name(old.name)
    out = [f"ALTER TYPE {qualified(old.schema, old.name)} RENAME TO {ident(retired)}"]
    out += _create_enum(ops.CreateEnum(new))
    for dependant in op.dependants:
        out += statements(_drop_of(dependant))
    target = qualified(new.schema, new.name)
    for schema, table, column, is_array, default in op.columns:
        tbl, col = qualified(schema, table), ident(column)
        cast = f"{target}[]" if is_array else target
        through = "text[]" if is_array else "text"
        if default is not None:
            out.append(f"ALTER TABLE {tbl} ALTER COLUMN {col} DROP DEFAULT")
        out.append(f"ALTER TABLE {tbl} ALTER COLUMN {col} TYPE {cast} USING {col}::{through}::{cast}")
        if default is not None:
            out.append(f"ALTER TABLE {tbl} ALTER COLUMN {col} SET DEFAULT {default}")
    for dependant in op.dependants:
        out += statements(_create_of(dependant))
    out.append(f"DROP TYPE {qualified(old.schema, retired)}")
    return out


def _drop_of(obj) -> ops.Op:
    return ops.DropIndex(obj) if isinstance(obj, Index) else ops.DropConstraint(obj)


def _create_of(obj) -> ops.Op:
    return ops.CreateIndex(obj) if isinstance(obj, Index) else ops.AddConstraint(obj)


COMMENT_TARGETS.register("enum", by_qualified_name("TYPE"))
