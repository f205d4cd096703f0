"""Column-level shorthands expanded into the table-level blocks they stand for.

Shared by the validation rules (which need the names Postgres will choose) and by to_model.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.naming import default_constraint_name
from .columns import ColumnReferenceSpec
from .constraints import (
    CheckSpec, ExclusionSpec, ForeignKeySpec, ForeignKeyTarget, PrimaryKeySpec, UniqueSpec,
)
from .indexes import IndexSpec
from .paths import Path
from .tables import TableSpec

ConstraintSpec = PrimaryKeySpec | UniqueSpec | CheckSpec | ForeignKeySpec | ExclusionSpec

KIND = {PrimaryKeySpec: "p", UniqueSpec: "u", CheckSpec: "c", ForeignKeySpec: "f",
        ExclusionSpec: "x"}


@dataclass(frozen=True)
class Named:
    """A constraint or index with its final name and where it was written (table-relative)."""

    name: str
    spec: ConstraintSpec | IndexSpec
    path: Path

    @property
    def kind(self) -> str:
        return KIND.get(type(self.spec), "i")


def primary_keys(table: str, spec: TableSpec) -> list[Named]:
    """Every primary key written for the table (a valid table has at most one)."""
    out = []
    if spec.primary_key is not None:
        name = spec.primary_key.name or default_constraint_name(table, (), "p")
        out.append(Named(name, spec.primary_key, ("primary_key",)))
    for col, column in spec.columns.items():
        if column.primary_key:
            name = default_constraint_name(table, (), "p")
            out.append(Named(name, PrimaryKeySpec(columns=[col]), ("columns", col, "primary_key")))
    return out


def constraints(table: str, spec: TableSpec) -> list[Named]:
    """Every constraint of the table, column-level shorthands included."""
    out = primary_keys(table, spec)
    out += [Named(n, u, ("unique", n)) for n, u in spec.unique.items() if u.where is None]
    out += [Named(n, c, ("checks", n)) for n, c in spec.checks.items()]
    out += [Named(n, f, ("foreign_keys", n)) for n, f in spec.foreign_keys.items()]
    out += [Named(n, x, ("exclusions", n)) for n, x in spec.exclusions.items()]
    for col, column in spec.columns.items():
        path = ("columns", col)
        if column.unique:
            name = default_constraint_name(table, (col,), "u")
            out.append(Named(name, UniqueSpec(columns=[col]), path + ("unique",)))
        if column.check is not None:
            name = default_constraint_name(table, (col,), "c")
            out.append(Named(name, CheckSpec(expression=column.check), path + ("check",)))
        if column.references is not None:
            name = default_constraint_name(table, (col,), "f")
            out.append(Named(name, _foreign_key(col, column.references), path + ("references",)))
    return out


def _foreign_key(col: str, ref: ColumnReferenceSpec) -> ForeignKeySpec:
    target = ForeignKeyTarget(schema=ref.schema_, table=ref.table,
                              columns=[ref.column] if ref.column else None)
    return ForeignKeySpec(
        columns=[col], references=target, on_delete=ref.on_delete, on_update=ref.on_update,
        match=ref.match, deferrable=ref.deferrable, initially_deferred=ref.initially_deferred,
        valid=ref.valid,
    )


def indexes(spec: TableSpec) -> list[Named]:
    """Every index of the table, including `unique` entries with `where` (partial indexes)."""
    out = [Named(n, i, ("indexes", n)) for n, i in spec.indexes.items()]
    for name, u in spec.unique.items():
        if u.where is not None:
            index = IndexSpec(columns=u.columns, unique=True, where=u.where,
                              nulls_not_distinct=u.nulls_not_distinct, **{"with": u.with_},
                              comment=u.comment)
            out.append(Named(name, index, ("unique", name)))
    return out


def primary_key_columns(table: str, spec: TableSpec) -> tuple[str, ...]:
    keys = primary_keys(table, spec)
    return tuple(keys[0].spec.columns) if keys else ()


def owned_by_candidates(text: str, tables: dict[str, TableSpec]) -> list[tuple[str, str]]:
    """The (table, column) pairs `table.column` can mean; names may contain dots themselves."""
    splits = [(text[:i], text[i + 1:]) for i, ch in enumerate(text) if ch == "."]
    return [(t, c) for t, c in splits if t in tables and c in tables[t].columns]
