"""Operations on constraints."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Constraint, ObjectId
from .base import CHECK_SCAN, LOCKS_TABLE, Op, Phase


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
    not_valid: bool = False  # FK and CHECK on a table with rows: validated by a later step
    scans: bool = False  # added valid on an existing table: a scan under lock
    action = "create"

    def hazards(self):
        if self.scans:
            return ((LOCKS_TABLE, f"adding {self.constraint.kind_name} {self.constraint.name} scans {self.constraint.table} under lock"),)
        return ()

    def describe(self) -> str:
        suffix = " NOT VALID" if self.not_valid else ""
        return f"add {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}{suffix}"


@dataclass(frozen=True)
class ValidateConstraint(_OnConstraint):
    """VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: reads and writes continue during the scan.
    It runs after the main transaction, or the ADD's ACCESS EXCLUSIVE would still be held."""

    phase = Phase.AFTER

    def hazards(self):
        return ((CHECK_SCAN, f"validates {self.constraint.name} with a scan that does not block writes"),)

    def describe(self) -> str:
        return f"validate {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}"


@dataclass(frozen=True)
class AddConstraintUsingIndex(_OnConstraint):
    """UNIQUE/PRIMARY KEY from an index built concurrently: only a brief lock to attach it."""

    index_name: str
    action = "create"  # this is where the constraint comes into being: keys that use it wait for it
    phase = Phase.AFTER

    def describe(self) -> str:
        return f"add {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name} using index {self.index_name}"


@dataclass(frozen=True)
class DropConstraint(_OnConstraint):
    action = "drop"

    def describe(self) -> str:
        return f"drop {self.constraint.kind_name} {self.constraint.table}.{self.constraint.name}"


@dataclass(frozen=True)
class RenameConstraint(_OnConstraint):
    old_name: str
    action = "rename"

    def describe(self) -> str:
        return f"rename {self.constraint.kind_name} {self.constraint.table}.{self.old_name} to {self.constraint.name}"
