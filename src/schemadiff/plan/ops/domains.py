"""Operations on domains."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Domain, ObjectId
from .base import CHECK_SCAN, LOCKS_TABLE, LockMode, Op, Phase


@dataclass(frozen=True)
class _DomainOp(Op):
    domain: Domain

    @property
    def target(self) -> ObjectId:
        return self.domain.id


@dataclass(frozen=True)
class CreateDomain(_DomainOp):
    lock_mode = LockMode.NONE
    action = "create"


@dataclass(frozen=True)
class DropDomain(_DomainOp):
    lock_mode = LockMode.NONE
    action = "drop"


@dataclass(frozen=True)
class SetDomainDefault(_DomainOp):
    """ALTER DOMAIN SET / DROP DEFAULT (the default of `domain`, None to drop it)."""

    lock_mode = LockMode.NONE

    def describe(self) -> str:
        what = f"set default {self.domain.default}" if self.domain.default else "drop default"
        return f"{what} on {self.target.display()}"


@dataclass(frozen=True)
class SetDomainNotNull(_DomainOp):
    """ALTER DOMAIN SET / DROP NOT NULL; SET checks every column of the domain's type."""

    lock_mode = LockMode.SHARE

    def hazards(self):
        if self.domain.not_null:
            return ((LOCKS_TABLE, f"SET NOT NULL on domain {self.domain.name} scans every "
                                  "column of that type under lock"),)
        return ()

    def describe(self) -> str:
        return f"{'set' if self.domain.not_null else 'drop'} not null on {self.target.display()}"


@dataclass(frozen=True)
class AddDomainCheck(_DomainOp):
    """ADD CONSTRAINT ... NOT VALID: existing values are checked by ValidateDomainCheck."""

    name: str = ""
    definition: str = ""  # `CHECK (...)`
    not_valid: bool = False

    @property
    def lock_mode(self) -> LockMode:  # type: ignore[override]
        # Added valid, every column of the type is checked under SHARE; NOT VALID checks nothing.
        return LockMode.NONE if self.not_valid else LockMode.SHARE

    def describe(self) -> str:
        suffix = " NOT VALID" if self.not_valid else ""
        return f"add check {self.name} to {self.target.display()}{suffix}"


@dataclass(frozen=True)
class ValidateDomainCheck(_DomainOp):
    """VALIDATE CONSTRAINT, after the main transaction like a table's (a scan of every column
    of the domain's type)."""

    lock_mode = LockMode.SHARE
    name: str = ""
    phase = Phase.AFTER

    def hazards(self):
        return ((CHECK_SCAN, f"validates {self.name} against every column of domain "
                             f"{self.domain.name}"),)

    def describe(self) -> str:
        return f"validate check {self.name} on {self.target.display()}"


@dataclass(frozen=True)
class DropDomainCheck(_DomainOp):
    lock_mode = LockMode.NONE
    name: str = ""

    def describe(self) -> str:
        return f"drop check {self.name} from {self.target.display()}"
