"""Indexes: there is no ALTER INDEX for the definition; an INVALID one is rebuilt."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("index", Comparer(frozenset({"body", "unique", "table", "valid"}), settles_text=True))
