"""Operations of data steps: run a step's SQL and record it; undo it and forget it. Both run in
the main transaction, so the rows and the record commit together or not at all."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId
from ...model.data_steps import DataStep
from .base import IRREVERSIBLE, Hazard, Lock, LockMode, Op


@dataclass(frozen=True)
class RunDataStep(Op):
    step: DataStep
    writes: tuple[ObjectId, ...] = ()  # the tables its statements write (locks shown in the plan)
    lock_mode = LockMode.ROW_EXCLUSIVE  # INSERT/UPDATE/DELETE's lock, on each table it writes
    action = "alter"

    @property
    def target(self) -> ObjectId:
        return self.step.id

    def locks(self) -> tuple[Lock, ...]:
        return tuple(Lock(LockMode.ROW_EXCLUSIVE, t) for t in self.writes)

    def hazards(self) -> tuple[tuple[Hazard, str], ...]:
        if self.step.rollback is not None:
            return ()
        return ((IRREVERSIBLE, f"data step {self.step.name!r} has no rollback: `schemadiff rollback` "
                               "leaves the rows it changed as they are"),)

    def describe(self) -> str:
        return f"run data step {self.step.name}"


@dataclass(frozen=True)
class UndoDataStep(Op):
    """Only for a step with `rollback:`; one without is named in the rollback plan's notes."""

    step: DataStep
    writes: tuple[ObjectId, ...] = ()
    lock_mode = LockMode.ROW_EXCLUSIVE
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.step.id

    def locks(self) -> tuple[Lock, ...]:
        return tuple(Lock(LockMode.ROW_EXCLUSIVE, t) for t in self.writes)

    def describe(self) -> str:
        return f"undo data step {self.step.name}"
