"""Schemas and extensions: altered in place (comment, an extension's schema)."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("extension", Comparer())
COMPARERS.register("schema", Comparer())
