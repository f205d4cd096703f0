"""How objects of one kind are compared: each family module of diff/ registers a Comparer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from ..model import DbObject
from ..model.kinds import Registry


@dataclass(frozen=True)
class Comparer:
    """What diff needs to know about a kind.

    replaced_on: fields whose change cannot be made in place (the object is dropped and created);
    settles_text: the kind holds SQL text that two catalogs may store differently for one meaning,
      so canonical/settle.py re-reads both sides through the scratch database before a change;
    same_meaning: drops from the changed fields those that differ only in form (a key whose
      definition text moved with a column rename), or None;
    also_replaces: a rule beyond the fields, whether a change needs a replace (a constraint made
      NOT VALID: nothing un-validates one in place), or None.
    """

    replaced_on: frozenset[str] = frozenset()
    settles_text: bool = False
    same_meaning: Callable[[DbObject, DbObject, tuple[str, ...]], tuple[str, ...]] | None = None
    also_replaces: Callable[[DbObject, DbObject, tuple[str, ...]], bool] | None = None


COMPARERS: Registry[Comparer] = Registry("diff", "comparer")


def changed_fields(old: DbObject, new: DbObject) -> tuple[str, ...]:
    changed = tuple(
        f.name for f in fields(old) if f.compare and getattr(old, f.name) != getattr(new, f.name)
    )
    refine = COMPARERS[new.id.kind].same_meaning
    return refine(old, new, changed) if refine and changed else changed


def needs_replace(old: DbObject, new: DbObject, changed: tuple[str, ...]) -> bool:
    comparer = COMPARERS[new.id.kind]
    if comparer.replaced_on & set(changed):
        return True
    return comparer.also_replaces is not None and comparer.also_replaces(old, new, changed)
