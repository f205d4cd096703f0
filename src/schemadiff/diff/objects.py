"""Object-level comparison for every kind but tables: same id, which fields differ."""

from __future__ import annotations

import re
from dataclasses import fields

from ..model import Constraint, DbObject, Index

# Fields whose change cannot be made in place: the object is dropped and created again.
REPLACED_ON = {
    "constraint": {"definition", "kind", "columns", "ref_table", "ref_columns"},
    "index": {"body", "unique", "table", "valid"},
    "extension": set(),
    "schema": set(),
    "enum": set(),
    "sequence": {"data_type"} - {"data_type"},  # ALTER SEQUENCE AS handles the type
    "cron_job": set(),  # cron.alter_job changes any field in place (the name is the identity)
    # CREATE OR REPLACE cannot change the result type, rename an argument, drop a default or
    # turn a function into a procedure; anything else it can.
    "function": {"arguments", "result", "kind"},
    "trigger": {"definition", "table"},  # no ALTER TRIGGER beyond a rename: drop and create
    # views: CREATE OR REPLACE when columns are only appended (plan/view_rebuilds.py decides)
    "view": set(),
    "matview": {"definition", "columns"},  # no OR REPLACE for materialized views
    "policy": {"command", "permissive"},  # ALTER POLICY changes roles and expressions only
    "domain": {"base_type"},
    "grant": set(),  # GRANT / REVOKE the difference
}


def changed_fields(old: DbObject, new: DbObject) -> tuple[str, ...]:
    changed = tuple(
        f.name for f in fields(old) if f.compare and getattr(old, f.name) != getattr(new, f.name)
    )
    shape = key_shape(new) if isinstance(new, Constraint) else None
    if "definition" in changed and shape is not None and key_shape(old) == shape:
        changed = tuple(f for f in changed if f != "definition")  # same key, names moved by a rename
    return tuple(f for f in changed if not _unbuildable_invalidity(new, f))


def _unbuildable_invalidity(new: DbObject, field: str) -> bool:
    """An INVALID index (or a key whose index is INVALID) as the wanted state: only the rollback
    of its rebuild asks for one, and no statement makes an index INVALID on purpose. The valid
    index is kept instead, which enforces what the broken one was meant to (plan notes say so)."""
    if isinstance(new, Index):
        return field == "valid" and not new.valid
    if isinstance(new, Constraint):
        return field == "validated" and not new.validated and new.kind not in ("f", "c")
    return False


_COLUMN_LIST = re.compile(r"\((?:[^()\"]|\"(?:[^\"]|\"\")*\")*\)")
_REFERENCES = re.compile(r"REFERENCES .*?(?=\()")


def key_shape(c: Constraint) -> tuple | None:
    """A primary, unique or foreign key as structure: kind, columns, referenced table and columns,
    and the rest of its definition with the column lists and referenced name taken out."""
    if c.kind not in ("p", "u", "f"):
        return None
    rest = _COLUMN_LIST.sub("()", _REFERENCES.sub("REFERENCES ", c.definition))
    return (c.kind, c.columns, c.ref_table, c.ref_columns, rest)


def needs_replace(kind: str, changed: tuple[str, ...]) -> bool:
    return bool(REPLACED_ON.get(kind, set()) & set(changed))


def validity_replaces(old: DbObject, new: DbObject, changed: tuple[str, ...]) -> bool:
    """A constraint's validity change that VALIDATE CONSTRAINT cannot make: nothing turns a valid
    constraint NOT VALID again (dropped and added NOT VALID: no scan), and a key or exclusion
    constraint whose index is INVALID is rebuilt (VALIDATE only exists for FK and CHECK)."""
    if "validated" not in changed or not isinstance(new, Constraint):
        return False
    return not new.validated or new.kind not in ("f", "c")
