"""Aggregates: every option but the comment drops and creates the aggregate (CREATE OR REPLACE
AGGREGATE cannot change the state type, and a drop and create is the one path for all)."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("aggregate", Comparer(frozenset(
    {"sfunc", "stype", "finalfunc", "combinefunc", "initcond", "parallel"})))
