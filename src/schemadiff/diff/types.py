"""Enums: values are added or renamed in place; plan/strategies/types.py rebuilds the rest."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("enum", Comparer())
