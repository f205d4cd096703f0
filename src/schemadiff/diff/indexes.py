"""Indexes: a change of the definition rebuilds; storage parameters and the comment change in
place (ALTER INDEX ... SET / RESET); an INVALID one is rebuilt."""

from __future__ import annotations

from dataclasses import replace

from ..model import Index, ObjectId
from .identifiers import rename_identifier
from .objects import COMPARERS, Comparer

# Every field of the definition but the storage parameters: no ALTER INDEX changes them.
REBUILT_ON = frozenset({"table", "unique", "method", "keys", "include", "predicate",
                        "nulls_not_distinct", "valid"})


def _same_meaning(old: Index, new: Index, changed: tuple[str, ...]) -> tuple[str, ...]:
    """An INVALID index as the wanted state: only the rollback of its rebuild asks for one, and no
    statement makes an index INVALID on purpose. The valid index is kept instead, which enforces
    what the broken one was meant to (the plan's notes say so). Storage parameters in another
    order are the same parameters."""
    same_parameters = sorted(old.parameters) == sorted(new.parameters)
    return tuple(f for f in changed if not (f == "valid" and not new.valid)
                 and not (f == "parameters" and same_parameters))


def renamed_columns(index: Index, table: ObjectId, columns: dict[str, str]) -> Index:
    """The index as Postgres re-prints it once its table's columns `old -> new` were renamed."""
    def text(t: str | None) -> str | None:
        for old, new in columns.items():
            t = rename_identifier(t, old, new) if t is not None else None
        return t

    keys = tuple(replace(k, column=columns.get(k.column, k.column), expression=text(k.expression))
                 for k in index.keys)
    return replace(index, table=table.name, keys=keys, predicate=text(index.predicate),
                   include=tuple(columns.get(c, c) for c in index.include))


COMPARERS.register("index", Comparer(REBUILT_ON, settles_text=True, same_meaning=_same_meaning))
