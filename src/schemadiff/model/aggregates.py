"""Aggregates (`CREATE AGGREGATE`): a state function over a state type, optionally finished,
combined in parallel plans and started from an initial condition."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId
from .kinds import register_kind


def aggregate_id(schema: str, name: str, signature: str) -> ObjectId:
    """Aggregates overload like functions: the input argument types are part of the identity."""
    return ObjectId("aggregate", schema, name, signature=signature)


@dataclass(frozen=True, slots=True)
class Aggregate:
    schema: str
    name: str
    signature: str  # input argument types, as oidvectortypes() prints them
    sfunc: str  # regproc text with search_path='': qualified unless in pg_catalog
    stype: str  # format_type() text
    finalfunc: str | None = None
    combinefunc: str | None = None
    initcond: str | None = None  # the text INITCOND takes (agginitval)
    parallel: str = "unsafe"  # "safe", "restricted" or "unsafe"
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return aggregate_id(self.schema, self.name, self.signature)


# After functions (its support functions come first), before tables and views that use it.
register_kind("aggregate", Aggregate, family="aggregates", rank=65)
