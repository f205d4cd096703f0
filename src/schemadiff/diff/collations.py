"""Collations: nothing but the comment can change in place (ALTER COLLATION only renames,
moves or refreshes the version), so any other change drops and creates the collation."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("collation", Comparer(
    frozenset({"provider", "locale", "lc_collate", "lc_ctype", "deterministic"})))
