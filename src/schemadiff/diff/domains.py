"""Domains: a new base type drops and creates the domain; checks and defaults alter in place."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("domain", Comparer(frozenset({"base_type"}), settles_text=True))
