"""Sequences: ALTER SEQUENCE changes every field, the data type included (AS)."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("sequence", Comparer())
