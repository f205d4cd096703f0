"""User-defined types: enums."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, enum_id
from .kinds import register_kind


@dataclass(frozen=True, slots=True)
class EnumType:
    schema: str
    name: str
    values: tuple[str, ...]
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return enum_id(self.schema, self.name)


register_kind("enum", EnumType, family="types", rank=30)
