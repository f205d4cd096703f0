"""Constraints: no ALTER for a definition; a key whose text only moved with a column rename is
the same key."""

from __future__ import annotations

import re

from ..model import Constraint
from .objects import COMPARERS, Comparer

_COLUMN_LIST = re.compile(r"\((?:[^()\"]|\"(?:[^\"]|\"\")*\")*\)")
_REFERENCES = re.compile(r"REFERENCES .*?(?=\()")


def key_shape(c: Constraint) -> tuple | None:
    """A primary, unique or foreign key as structure: kind, columns, referenced table and columns,
    and the rest of its definition with the column lists and referenced name taken out."""
    if c.kind not in ("p", "u", "f"):
        return None
    rest = _COLUMN_LIST.sub("()", _REFERENCES.sub("REFERENCES ", c.definition))
    return (c.kind, c.columns, c.ref_table, c.ref_columns, rest)


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
