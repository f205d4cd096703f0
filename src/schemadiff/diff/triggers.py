"""Triggers: no ALTER TRIGGER beyond a rename, so any change drops and creates them."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("trigger", Comparer(frozenset({"definition", "table"}), settles_text=True))
