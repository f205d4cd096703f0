"""Views: CREATE OR REPLACE when columns are only appended (plan/view_rebuilds.py decides);
materialized views have no OR REPLACE: a new query drops and creates one, while its storage
parameters and populated state change in place."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("view", Comparer(settles_text=True))
COMPARERS.register("matview", Comparer(frozenset({"definition", "columns"}), settles_text=True))
