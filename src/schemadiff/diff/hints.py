"""Drops plus adds that look like renames: the plan says so, because the data would be lost."""

from __future__ import annotations

from .changes import AddColumn, Change, Create, Drop, DropColumn


def rename_hints(changes: list[Change]) -> list[str]:
    """Human notes for likely undeclared renames (same table, same type; or a table with the same columns)."""
    notes = []
    added = [c for c in changes if isinstance(c, AddColumn) and c.existing_table]
    for drop in (c for c in changes if isinstance(c, DropColumn)):
        for add in added:
            if add.table.id == drop.table.id and add.column.type == drop.column.type:
                notes.append(
                    f"column {drop.table.name}.{drop.column.name} is dropped and {add.column.name} added with the "
                    f"same type: if this is a rename, declare `renamed_from: {drop.column.name}` or the data is lost"
                )
    created = [c.new for c in changes if isinstance(c, Create) and c.id.kind == "table"]
    for drop in (c.old for c in changes if isinstance(c, Drop) and c.id.kind == "table"):
        for new in created:
            if new.schema == drop.schema and new.columns == drop.columns:
                notes.append(
                    f"table {drop.name} is dropped and {new.name} created with the same columns: if this is a "
                    f"rename, declare `renamed_from: {drop.name}` or the rows are lost"
                )
    return notes


def validity_hints(changes: list[Change]) -> list[str]:
    """Notes for an INVALID index or key rebuilt, and a NOT VALID constraint validated or made so."""
    from .changes import Alter, Replace
    from ..model.validity import validity

    notes = []
    for ch in changes:
        if not isinstance(ch, (Alter, Replace)) or validity(ch.old) is None or validity(ch.old) == validity(ch.new):
            continue
        what = f"{ch.old.id.kind} {ch.old.name}"
        index_backed = ch.old.id.kind == "index" or getattr(ch.old, "kind", "") in ("p", "u", "x")
        if index_backed:  # only the rebuild of an INVALID one gets here (diff/objects.py)
            notes.append(f"{what} is INVALID (a failed or interrupted concurrent build) and enforces nothing: "
                         "it is dropped and built again; the rollback keeps the rebuilt one, since no "
                         "statement makes an index INVALID on purpose")
        elif not validity(ch.old):
            notes.append(f"{what} is NOT VALID and is wanted valid: VALIDATE checks the existing rows "
                         "and fails if one violates it (declare `valid: false` to leave them unchecked)")
        else:
            notes.append(f"{what} becomes NOT VALID: dropped and added again NOT VALID (no scan), so "
                         "existing rows are no longer guaranteed to satisfy it")
    return notes
