"""Operations on collations."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Collation, ObjectId
from .base import LockMode, Op


@dataclass(frozen=True)
class _CollationOp(Op):
    collation: Collation

    @property
    def target(self) -> ObjectId:
        return self.collation.id


@dataclass(frozen=True)
class CreateCollation(_CollationOp):
    lock_mode = LockMode.NONE
    action = "create"


@dataclass(frozen=True)
class DropCollation(_CollationOp):
    lock_mode = LockMode.NONE
    action = "drop"
