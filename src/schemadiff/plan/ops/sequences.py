"""Operations on sequences."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId, Sequence
from .base import DELETES_DATA, Lock, LockMode, Op


@dataclass(frozen=True)
class CreateSequence(Op):
    lock_mode = LockMode.NONE
    sequence: Sequence
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.sequence.id


@dataclass(frozen=True)
class DropSequence(Op):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    sequence: Sequence
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.sequence.id

    def hazards(self):
        # Its current value is data: re-creating it restarts at START and reissues used numbers.
        return ((DELETES_DATA, f"drops sequence {self.sequence.name} and its current value"),)


@dataclass(frozen=True)
class AlterSequence(Op):
    lock_mode = LockMode.SHARE_ROW_EXCLUSIVE
    old: Sequence
    new: Sequence

    @property
    def target(self) -> ObjectId:
        return self.new.id


@dataclass(frozen=True)
class SetSequenceOwner(Op):
    """OWNED BY runs after the owning table exists (the sequence is created before it)."""

    lock_mode = LockMode.SHARE_ROW_EXCLUSIVE  # on the sequence (nextval waits); ACCESS SHARE on the table
    sequence: Sequence

    @property
    def target(self) -> ObjectId:
        return self.sequence.id

    def locks(self) -> tuple[Lock, ...]:
        owner = (Lock(LockMode.ACCESS_SHARE, self.table),) if self.table is not None else ()
        return (Lock(self.lock_mode, self.target),) + owner

    @property
    def table(self) -> ObjectId | None:
        """The owning table: OWNED BY must run after it (and its column) exist."""
        owner = self.sequence.owned_by
        return ObjectId("table", self.sequence.schema, owner[0]) if owner else None

    def describe(self) -> str:
        owner = f"{self.sequence.owned_by[0]}.{self.sequence.owned_by[1]}" if self.sequence.owned_by else "none"
        return f"set owner of {self.target.display()} to {owner}"


@dataclass(frozen=True)
class SetSequenceLogged(Op):
    """ALTER SEQUENCE ... SET LOGGED / UNLOGGED (15+): rewrites the sequence's one row under
    ACCESS EXCLUSIVE (nextval waits a moment); no table is touched."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    sequence: Sequence
    unlogged: bool = False

    @property
    def target(self) -> ObjectId:
        return self.sequence.id

    def describe(self) -> str:
        word = "unlogged" if self.unlogged else "logged"
        return f"set sequence {self.sequence.schema}.{self.sequence.name} {word}"
