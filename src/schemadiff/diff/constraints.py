"""Constraints: no ALTER for a definition; a key whose text only moved with a column rename is
the same key."""

from __future__ import annotations

from dataclasses import replace

from ..model import Constraint
from ..sqltree import constraint_parts
from .objects import COMPARERS, Comparer


def key_shape(c: Constraint) -> tuple | None:
    """A primary, unique or foreign key as structure: kind, columns, referenced table and columns,
    and everything else its definition says (read from the parse tree), with the INCLUDE column
    names left out: a declared column rename moves those too."""
    if c.kind not in ("p", "u", "f"):
        return None
    parts = constraint_parts(c.definition)
    return (c.kind, c.columns, c.ref_table, c.ref_columns, replace(parts, include=len(parts.include)))


def _same_meaning(old: Constraint, new: Constraint, changed: tuple[str, ...]) -> tuple[str, ...]:
    shape = key_shape(new)
    if "definition" in changed and shape is not None and key_shape(old) == shape:
        changed = tuple(f for f in changed if f != "definition")  # same key, names moved by a rename
    if "validated" in changed and not new.validated and new.kind not in ("f", "c"):
        # A key or exclusion whose index is INVALID as the wanted state: only the rollback of its
        # rebuild asks for one, and nothing makes an index INVALID on purpose; the valid one is
        # kept (the plan's notes say so).
        changed = tuple(f for f in changed if f != "validated")
    return changed


def _validity_replaces(old: Constraint, new: Constraint, changed: tuple[str, ...]) -> bool:
    """A validity change VALIDATE CONSTRAINT cannot make: nothing turns a valid constraint NOT
    VALID again (dropped and added NOT VALID: no scan), and a key or exclusion constraint whose
    index is INVALID is rebuilt (VALIDATE only exists for FK and CHECK)."""
    return "validated" in changed and (not new.validated or new.kind not in ("f", "c"))


COMPARERS.register("constraint", Comparer(
    frozenset({"definition", "kind", "columns", "ref_table", "ref_columns"}), settles_text=True,
    same_meaning=_same_meaning, also_replaces=_validity_replaces))
