"""Indexes that do not back a constraint (those belong to the constraint)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, index_id, table_id
from .kinds import register_kind


@dataclass(frozen=True, slots=True)
class Index:
    schema: str
    name: str
    table: str  # in the same schema, as Postgres requires
    unique: bool
    # Everything after `ON table `: `USING btree (a, lower(b) DESC) INCLUDE (c) WHERE (d IS NULL)`,
    # as pg_get_indexdef() prints it with search_path=''.
    body: str
    comment: str | None = None
    # False for the leftover of an interrupted CREATE INDEX CONCURRENTLY: it is rebuilt.
    valid: bool = True
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return index_id(self.schema, self.name)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)


register_kind("index", Index, family="indexes", rank=90)
