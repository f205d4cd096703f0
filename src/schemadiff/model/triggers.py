"""Triggers on tables (internal triggers, such as those enforcing foreign keys, are not modelled)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, table_id
from .kinds import register_kind


def trigger_id(schema: str, table: str, name: str) -> ObjectId:
    """Trigger names are unique per table, so the table is part of the identity."""
    return ObjectId("trigger", schema, name, parent=table)


@dataclass(frozen=True, slots=True)
class Trigger:
    schema: str
    table: str  # in the same schema, as Postgres requires
    name: str
    # pg_get_triggerdef() with search_path='': every name qualified, so it runs as it stands.
    definition: str
    comment: str | None = None
    # (schema, name) of the trigger function: known from tgfoid or from schema.yaml, and needed
    # to order the trigger after its function before any catalog has recorded the dependency.
    function: tuple[str, str] | None = field(default=None, compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return trigger_id(self.schema, self.table, self.name)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)


register_kind("trigger", Trigger, family="triggers", rank=120)
