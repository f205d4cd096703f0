"""Schemas and extensions."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, extension_id, schema_id
from .kinds import register_kind


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return schema_id(self.name)


@dataclass(frozen=True, slots=True)
class Extension:
    name: str
    schema: str = "public"
    # The version is not compared: the desired side cannot know which version a server ships.
    version: str | None = field(default=None, compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return extension_id(self.name)


register_kind("extension", Extension, family="namespaces", rank=10)
register_kind("schema", Schema, family="namespaces", rank=20)
