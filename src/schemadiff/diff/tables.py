"""Column-level differences of a table that exists on both sides."""

from __future__ import annotations

from dataclasses import fields

from ..model import Column, Table
from .changes import AddColumn, AlterColumn, Change, DropColumn, RenameColumn
from .objects import COMPARERS, Comparer

_COLUMN_FIELDS = tuple(f.name for f in fields(Column) if f.compare and f.name != "name")


def column_changes(old: Table, new: Table, renamed: dict[str, str], displaced: dict | None = None) -> list[Change]:
    """Changes turning table `old` (renames already applied to it) into `new`.

    `renamed` maps old column names to new ones, for the RenameColumn changes; `displaced` the
    columns dropped to free a name for a rename."""
    displaced = displaced or {}
    out: list[Change] = [RenameColumn(new, o, n, displaced.get(n)) for o, n in sorted(renamed.items())]
    for col in old.columns:
        if new.column(col.name) is None:
            out.append(DropColumn(old, col))
    for col in new.columns:
        before = old.column(col.name)
        if before is None:
            out.append(AddColumn(new, col))
        elif before != col:
            changed = tuple(f for f in _COLUMN_FIELDS if getattr(before, f) != getattr(col, f))
            out.append(AlterColumn(new, before, col, changed))
    return out


def table_field_changes(old: Table, new: Table) -> tuple[str, ...]:
    """Table-level fields (not columns) that differ."""
    names = ("comment", "rls_enabled", "rls_forced", "unlogged", "options", "replica_identity",
             "replica_index", "partition_by", "partition_of", "inherits")
    return tuple(f for f in names if getattr(old, f) != getattr(new, f))


COMPARERS.register("table", Comparer(settles_text=True))  # column defaults, checks, generated
