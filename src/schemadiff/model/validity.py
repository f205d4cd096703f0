"""Validity, the one piece of state a catalog holds beside an index's or constraint's text.

`Index.valid` is false for the leftover of a failed CREATE INDEX CONCURRENTLY; `Constraint.validated`
is false for NOT VALID (and for a key whose index is INVALID). The text comparison of
canonical/settle.py looks at definitions with validity set aside, then puts the real state back:
a scratch rebuild makes every index valid, so it cannot tell a state difference from none.
"""

from __future__ import annotations

from dataclasses import replace

from .constraints import Constraint
from .indexes import Index


def validity(obj) -> bool | None:
    """The object's validity, or None for kinds that have none."""
    if isinstance(obj, Index):
        return obj.valid
    if isinstance(obj, Constraint):
        return obj.validated
    return None


def with_validity(obj, valid: bool | None):
    """`obj` with its validity set to `valid` (unchanged for kinds without one, or for None)."""
    if valid is None:
        return obj
    if isinstance(obj, Index):
        return replace(obj, valid=valid)
    if isinstance(obj, Constraint):
        return replace(obj, validated=valid)
    return obj


def as_valid(obj):
    """`obj` as though it were valid: for comparing definitions alone."""
    return with_validity(obj, True if validity(obj) is not None else None)
