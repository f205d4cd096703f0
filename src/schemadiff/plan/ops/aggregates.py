"""Operations on aggregates."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Aggregate, ObjectId
from .base import LockMode, Op


@dataclass(frozen=True)
class _AggregateOp(Op):
    aggregate: Aggregate

    @property
    def target(self) -> ObjectId:
        return self.aggregate.id


@dataclass(frozen=True)
class CreateAggregate(_AggregateOp):
    lock_mode = LockMode.NONE
    action = "create"


@dataclass(frozen=True)
class DropAggregate(_AggregateOp):
    lock_mode = LockMode.NONE
    action = "drop"
