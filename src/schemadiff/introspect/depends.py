"""Fill each object's depends_on from the one pg_depend query."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from ..model import DbObject, ObjectId
from .catalog import Row


def edges(rows: Iterable[Row]) -> dict[ObjectId, set[ObjectId]]:
    """object -> the objects it needs, as ObjectIds."""
    needs: dict[ObjectId, set[ObjectId]] = defaultdict(set)
    for r in rows:
        src = ObjectId(r["kind"], r["schema"], r["name"], r["parent"], r.get("signature") or "")
        dst = ObjectId(r["ref_kind"], r["ref_schema"], r["ref_name"], r["ref_parent"],
                       r.get("ref_signature") or "")
        needs[src].add(dst)
    return needs


def attach(objects: list[DbObject], rows: Iterable[Row]) -> list[DbObject]:
    """The objects with depends_on set, keeping only edges between objects we report.

    Edges to what introspection skips (system objects, identity sequences, inherited
    constraints) would name vertices the planner never sees.
    """
    known = {o.id for o in objects}
    needs = edges(rows)
    return [
        dataclasses.replace(o, depends_on=frozenset(needs[o.id] & known)) if needs.get(o.id) else o
        for o in objects
    ]
