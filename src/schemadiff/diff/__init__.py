"""Pure: (current, desired) -> typed changes. No database, no SQL."""

from __future__ import annotations

from ..model import Database, Table
from .changes import (
    AddColumn, Alter, AlterColumn, Change, Create, Drop, DropColumn, RenameColumn, RenameObject, RenameTable,
    Replace,
)
from .matching import pair_renamed_objects, rebuild_dependent_keys
from .hints import rename_hints
from .objects import changed_fields, needs_replace
from .renames import Renames, apply_renames, declared_renames
from .routines import RebuildDefaults, rebuild_function_users
from .tables import column_changes, table_field_changes
from .partitions import with_partition_columns
from . import constraints, cron, domains, grants, indexes, namespaces, policies, sequences  # comparers
from . import aggregates, collations, default_privileges, triggers, types, views  # comparers
from .objects import COMPARERS

COMPARERS.require_complete()  # a kind without a comparer fails here, not by a silent default

__all__ = [
    "AddColumn", "Alter", "AlterColumn", "Change", "Create", "Drop", "DropColumn", "RenameColumn",
    "RenameObject", "RenameTable", "Renames", "Replace", "declared_renames", "diff", "rename_hints",
    "RebuildDefaults",
]


def diff(current: Database, desired: Database, renames: Renames | None = None) -> list[Change]:
    """Every change that turns `current` into `desired`, renames first, in a deterministic order."""
    renames = renames or Renames()
    out: list[Change] = [
        RenameTable(current.get(old), new.name) for old, new in sorted(renames.tables.items())
    ]
    moved = apply_renames(current, renames)
    # a partition attached or detached is compared with its parent's columns (diff/partitions.py)
    moved, desired = with_partition_columns(moved, desired), with_partition_columns(desired, moved)
    displaced = _displaced(current, renames)
    for oid in sorted(set(moved.objects) | set(desired.objects)):
        out += _object_changes(moved.get(oid), desired.get(oid), renames, displaced.get(oid, {}))
    out = rebuild_dependent_keys(pair_renamed_objects(out), moved)
    return rebuild_function_users(out, moved, desired)  # diff/routines.py


def _displaced(current: Database, renames: Renames) -> dict:
    from .renames import displaced_columns

    out = {}
    for table in current.tables():
        new_id = renames.tables.get(table.id, table.id)
        found = displaced_columns(table, new_id, renames)
        if found:
            out[new_id] = found
    return out


def _object_changes(old, new, renames: Renames, displaced: dict) -> list[Change]:
    if old is None:
        return [Create(new)]
    if new is None:
        return [Drop(old)]
    if isinstance(new, Table):
        return _table_changes(old, new, renames, displaced)
    changed = changed_fields(old, new)
    if not changed:
        return []
    if needs_replace(old, new, changed):
        return [Replace(old, new)]
    return [Alter(old, new, changed)]


def _table_changes(old: Table, new: Table, renames: Renames, displaced: dict) -> list[Change]:
    renamed = {o: n for (t, o), n in renames.columns.items() if t == new.id}
    out: list[Change] = []
    fields = table_field_changes(old, new)  # comment, row-level security flags
    if fields:
        out.append(Alter(old, new, fields))
    return out + column_changes(old, new, renamed, displaced)
