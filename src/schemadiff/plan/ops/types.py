"""Operations on enum types."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Constraint, EnumType, Index, ObjectId
from ...model.ids import table_id
from .base import DELETES_DATA, LOCKS_TABLE, TABLE_REWRITE, Lock, LockMode, Op, Phase


@dataclass(frozen=True)
class CreateEnum(Op):
    lock_mode = LockMode.NONE
    enum: EnumType
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.enum.id


@dataclass(frozen=True)
class DropEnum(Op):
    lock_mode = LockMode.NONE
    enum: EnumType
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.enum.id


@dataclass(frozen=True)
class AddEnumValue(Op):
    """ALTER TYPE ... ADD VALUE: committed before the main transaction, because a value added in
    a transaction cannot be used (default, check, insert) until that transaction commits."""

    lock_mode = LockMode.NONE
    enum: EnumType
    value: str
    before: str | None = None
    after: str | None = None
    phase = Phase.BEFORE

    @property
    def target(self) -> ObjectId:
        return self.enum.id

    def describe(self) -> str:
        return f"add value {self.value!r} to {self.target.display()}"


@dataclass(frozen=True)
class RecreateEnum(Op):
    """Values removed or reordered: Postgres cannot do it in place. Rename the old type, create the
    new one, convert every column through text (a rewrite), drop the old type."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old: EnumType
    new: EnumType
    # (schema, table, column, is_array, default_or_None) of every column using the type
    columns: tuple[tuple[str, str, str, bool, str | None], ...] = ()
    # Indexes and CHECK constraints whose expressions hold a constant of the type (a partial
    # index `WHERE state = 'new'`): PostgreSQL cannot rebuild them once the column has the new
    # type and the constant the renamed old one, so they are dropped first and made again after
    # (plainly: the table is rewritten under ACCESS EXCLUSIVE anyway).
    dependants: tuple[Index | Constraint, ...] = ()

    @staticmethod
    def needed(old: EnumType, new: EnumType) -> bool:
        """A value removed or reordered: ADD VALUE cannot express it, the type is made anew."""
        kept = [v for v in new.values if v in old.values]
        return kept != list(old.values)

    def locks(self) -> tuple[Lock, ...]:
        tables = dict.fromkeys(table_id(s, t) for s, t, *_ in self.columns)
        return tuple(Lock(self.lock_mode, t) for t in tables)

    @property
    def target(self) -> ObjectId:
        return self.new.id

    def hazards(self):
        out = []
        removed = [v for v in self.old.values if v not in self.new.values]
        if self.columns:
            out.append((TABLE_REWRITE, "rewrites every table with a column of this type"))
            out.append((LOCKS_TABLE, "ACCESS EXCLUSIVE on those tables while they are rewritten"))
        if removed:
            out.append((DELETES_DATA, f"removes values {removed}: fails if any row still holds one"))
        return tuple(out)

    def describe(self) -> str:
        return f"recreate {self.target.display()} with values {list(self.new.values)}"


@dataclass(frozen=True)
class RenameEnumValue(Op):
    lock_mode = LockMode.NONE
    enum: EnumType
    old_value: str
    new_value: str

    @property
    def target(self) -> ObjectId:
        return self.enum.id
