"""Object-level comparison for every kind but tables: same id, which fields differ."""

from __future__ import annotations

from dataclasses import fields

from ..model import DbObject

# Fields whose change cannot be made in place: the object is dropped and created again.
REPLACED_ON = {
    "constraint": {"definition", "kind", "columns", "ref_table", "ref_columns"},
    "index": {"body", "unique", "table"},
    "extension": set(),
    "schema": set(),
    "enum": set(),
    "sequence": {"data_type"} - {"data_type"},  # ALTER SEQUENCE AS handles the type
}


def changed_fields(old: DbObject, new: DbObject) -> tuple[str, ...]:
    return tuple(
        f.name for f in fields(old) if f.compare and getattr(old, f.name) != getattr(new, f.name)
    )


def needs_replace(kind: str, changed: tuple[str, ...]) -> bool:
    return bool(REPLACED_ON.get(kind, set()) & set(changed))
