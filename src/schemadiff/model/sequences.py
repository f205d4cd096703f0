"""Standalone sequences (and the ones a serial column owns)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, sequence_id
from .kinds import register_kind


@dataclass(frozen=True, slots=True)
class Sequence:
    schema: str
    name: str
    data_type: str = "bigint"
    start: int = 1
    increment: int = 1
    min_value: int | None = None  # None: the type's default bound
    max_value: int | None = None
    cache: int = 1
    cycle: bool = False
    owned_by: tuple[str, str] | None = None  # (table, column) in the same schema
    comment: str | None = None
    # CREATE UNLOGGED SEQUENCE (15+). An owned sequence follows its table: CREATE UNLOGGED TABLE
    # and ALTER TABLE SET LOGGED/UNLOGGED change the sequences the table owns too.
    unlogged: bool = False
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return sequence_id(self.schema, self.name)


register_kind("sequence", Sequence, family="sequences", rank=50)
