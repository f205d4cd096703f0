"""Constraints: compared field by field; only the storage parameters of a key's index, the
comment and NOT VALID -> valid change in place, every other field replaces the constraint."""

from __future__ import annotations

from dataclasses import fields

from ..model import Constraint
from .objects import COMPARERS, Comparer

# Every field of the definition: no ALTER TABLE changes one (ALTER CONSTRAINT ... DEFERRABLE
# exists for foreign keys only, and is left to a replace like the rest, one path for all kinds).
IN_PLACE = frozenset({"comment", "validated", "parameters"})
REPLACED_ON = frozenset(f.name for f in fields(Constraint) if f.compare) - IN_PLACE


def _same_meaning(old: Constraint, new: Constraint, changed: tuple[str, ...]) -> tuple[str, ...]:
    if "validated" in changed and not new.validated and new.kind not in ("f", "c"):
        # A key or exclusion whose index is INVALID as the wanted state: only the rollback of its
        # rebuild asks for one, and nothing makes an index INVALID on purpose; the valid one is
        # kept (the plan's notes say so).
        changed = tuple(f for f in changed if f != "validated")
    return changed


def _validity_replaces(old: Constraint, new: Constraint, changed: tuple[str, ...]) -> bool:
    """A validity change VALIDATE CONSTRAINT cannot make: nothing turns a valid constraint NOT
    VALID again (dropped and added NOT VALID: no scan), and a key or exclusion constraint whose
    index is INVALID is rebuilt (VALIDATE only exists for FK and CHECK)."""
    return "validated" in changed and (not new.validated or new.kind not in ("f", "c"))


COMPARERS.register("constraint", Comparer(
    REPLACED_ON, settles_text=True, same_meaning=_same_meaning, also_replaces=_validity_replaces))
