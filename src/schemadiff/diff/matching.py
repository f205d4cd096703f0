"""Constraints and indexes that only changed name are renamed, not rebuilt.

Matching is on the whole definition within one table (every field of the constraint but its
name and comment, or the index's whole definition), so it never guesses: the object is the same in every respect but its
name. Rebuilding a primary key that foreign keys rely on would be slow, locking and pointless.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Constraint, Index
from .changes import Change, Create, Drop, RenameObject, Replace


def _signature(obj) -> tuple | None:
    if isinstance(obj, Constraint):
        return ("constraint", replace(obj, name="", comment=None))
    if isinstance(obj, Index):  # an INVALID index is never renamed into a valid one's place
        return ("index", obj.schema, obj.definition, obj.valid)
    return None


def pair_renamed_objects(changes: list[Change]) -> list[Change]:
    drops = {}
    for ch in changes:
        sig = _signature(ch.old) if isinstance(ch, Drop) else None
        if sig is not None:
            drops.setdefault(sig, []).append(ch)
    out, used = [], set()
    for ch in changes:
        sig = _signature(ch.new) if isinstance(ch, Create) else None
        candidates = [d for d in drops.get(sig, []) if id(d) not in used] if sig else []
        if candidates:
            used.add(id(candidates[0]))
            out.append(RenameObject(candidates[0].old, ch.new))
        else:
            out.append(ch)
    return [ch for ch in out if id(ch) not in used]


def rebuild_dependent_keys(changes: list[Change], current) -> list[Change]:
    """A foreign key relying on a key or unique index that is replaced or dropped must be dropped
    first and added again after (Postgres refuses to drop what it depends on)."""
    touched = {ch.id for ch in changes if isinstance(ch, (Replace, Drop))}
    changed = {ch.id for ch in changes}
    extra: list[Change] = []
    for fk in current.of_kind("constraint"):
        if fk.kind == "f" and fk.id not in changed and fk.depends_on & (touched - {fk.ref_table_id}):
            extra.append(Replace(fk, fk))
    return changes + extra
