"""Policies: ALTER POLICY changes roles and expressions only."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("policy", Comparer(frozenset({"command", "permissive"}), settles_text=True))
