"""Indexes: there is no ALTER INDEX for the definition; an INVALID one is rebuilt."""

from __future__ import annotations

from ..model import Index
from .objects import COMPARERS, Comparer


def _same_meaning(old: Index, new: Index, changed: tuple[str, ...]) -> tuple[str, ...]:
    """An INVALID index as the wanted state: only the rollback of its rebuild asks for one, and no
    statement makes an index INVALID on purpose. The valid index is kept instead, which enforces
    what the broken one was meant to (the plan's notes say so)."""
    return tuple(f for f in changed if not (f == "valid" and not new.valid))


COMPARERS.register("index", Comparer(frozenset({"body", "unique", "table", "valid"}), settles_text=True,
                                     same_meaning=_same_meaning))
