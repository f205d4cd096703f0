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


def _same_key(old: Constraint, new: Constraint, changed: tuple[str, ...]) -> tuple[str, ...]:
    shape = key_shape(new)
    if "definition" in changed and shape is not None and key_shape(old) == shape:
        return tuple(f for f in changed if f != "definition")  # same key, names moved by a rename
    return changed


COMPARERS.register("constraint", Comparer(
    frozenset({"definition", "kind", "columns", "ref_table", "ref_columns"}), settles_text=True,
    same_meaning=_same_key))
