"""Operations on constraints."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Constraint, ObjectId
from .base import CHECK_SCAN, LOCKS_TABLE, Lock, LockMode, Op, Phase


@dataclass(frozen=True)
class _OnConstraint(Op):
    """An operation on one constraint, which locks its table."""

    constraint: Constraint

    @property
    def target(self) -> ObjectId:
        return self.constraint.id

    @property
    def table(self) -> ObjectId:
        return self.constraint.table_id


@dataclass(frozen=True)
class AddConstraint(_OnConstraint):
    lock_mode = LockMode.ACCESS_EXCLUSIVE  # a FOREIGN KEY: SHARE ROW EXCLUSIVE on both tables
    not_valid: bool = False  # FK and CHECK on a table with rows: validated by a later step
    scans: bool = False  # added valid on an existing table: a scan under lock
    action = "create"

    def hazards(self):
        if self.scans:
            return ((LOCKS_TABLE, f"adding {self.constraint.kind_name} {self.constraint.name} scans {self.constraint.table} under lock"),)
        return ()

    def locks(self) -> tuple[Lock, ...]:
        if self.constraint.kind == "f":
            return _with_referenced(self.constraint, LockMode.SHARE_ROW_EXCLUSIVE, LockMode.SHARE_ROW_EXCLUSIVE)
        return super().locks()

    @property
    def rebinds(self) -> bool:
        """PostgreSQL picks a foreign key's referenced key when it is added: a key this plan drops
        must be gone first, or the new foreign key binds to it again and the drop fails
        (plan/graph.py: _user_edges)."""
        return self.constraint.kind == "f"

    def describe(self) -> str:
        suffix = " NOT VALID" if self.not_valid else ""
        return f"add {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}{suffix}"


@dataclass(frozen=True)
class ValidateConstraint(_OnConstraint):
    """VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: reads and writes continue during the scan.
    It runs after the main transaction, or the ADD's ACCESS EXCLUSIVE would still be held."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE  # a FOREIGN KEY: ROW SHARE on the referenced table
    phase = Phase.AFTER

    @property
    def rebinds(self) -> bool:
        """A foreign key's validation follows its ADD (AddConstraint.rebinds)."""
        return self.constraint.kind == "f"

    def locks(self) -> tuple[Lock, ...]:
        if self.constraint.kind == "f":
            return _with_referenced(self.constraint, self.lock_mode, LockMode.ROW_SHARE)
        return super().locks()

    def hazards(self):
        return ((CHECK_SCAN, f"validates {self.constraint.name} with a scan that does not block writes"),)

    def describe(self) -> str:
        return f"validate {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}"


@dataclass(frozen=True)
class AddConstraintUsingIndex(_OnConstraint):
    """UNIQUE/PRIMARY KEY from an index built concurrently: only a brief lock to attach it."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    index_name: str
    action = "create"  # this is where the constraint comes into being: keys that use it wait for it
    phase = Phase.AFTER

    def describe(self) -> str:
        return f"add {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name} using index {self.index_name}"


@dataclass(frozen=True)
class DropConstraint(_OnConstraint):
    lock_mode = LockMode.ACCESS_EXCLUSIVE  # a FOREIGN KEY: on both tables (its triggers go)
    action = "drop"

    def locks(self) -> tuple[Lock, ...]:
        if self.constraint.kind == "f":
            return _with_referenced(self.constraint, self.lock_mode, self.lock_mode)
        return super().locks()

    def describe(self) -> str:
        return f"drop {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}"


@dataclass(frozen=True)
class RenameConstraint(_OnConstraint):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old_name: str
    action = "rename"

    def describe(self) -> str:
        return f"rename {self.constraint.kind_name} {self.constraint.table}.{self.old_name} to {self.constraint.name}"


def _with_referenced(c: Constraint, own: LockMode, referenced: LockMode) -> tuple[Lock, ...]:
    """A foreign key's lock on its own table and on the table it references (once if the same)."""
    out = (Lock(own, c.table_id),)
    ref = c.ref_table_id
    return out if ref is None or ref == c.table_id else out + (Lock(referenced, ref),)
