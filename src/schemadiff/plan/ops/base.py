"""What every operation shares: its target, its action, how and when it may run, its hazards."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import ClassVar

from ...model import ObjectId


class Hazard(str):
    """A hazard code; the message lives beside it on the step."""


DELETES_DATA = Hazard("deletes_data")
TABLE_REWRITE = Hazard("table_rewrite")
LOCKS_TABLE = Hazard("locks_table")
INDEX_BUILD = Hazard("index_build")
IRREVERSIBLE = Hazard("irreversible_data")
CHECK_SCAN = Hazard("validation_scan")
SECURITY = Hazard("security")  # grants to PUBLIC, policies that allow everything, ...


class LockMode(IntEnum):
    """PostgreSQL's table-level lock modes, weakest first ("Explicit Locking", table 13.2)."""

    NONE = 0  # no lock on a table or view (catalog-only objects: functions, types, grants, ...)
    ACCESS_SHARE = 1
    ROW_SHARE = 2
    ROW_EXCLUSIVE = 3
    SHARE_UPDATE_EXCLUSIVE = 4
    SHARE = 5
    SHARE_ROW_EXCLUSIVE = 6
    EXCLUSIVE = 7
    ACCESS_EXCLUSIVE = 8

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")

    @property
    def blocks_writers(self) -> bool:
        """SHARE and stronger conflict with ROW EXCLUSIVE (INSERT/UPDATE/DELETE). A request waiting
        in the lock queue blocks every later request it conflicts with, so these are the modes whose
        wait stalls writers; SHARE UPDATE EXCLUSIVE and weaker can wait without harm."""
        return self >= LockMode.SHARE


@dataclass(frozen=True)
class Lock:
    """The lock a step takes on one table or view."""

    mode: LockMode
    relation: ObjectId

    def display(self) -> str:
        name = f"{self.relation.schema}.{self.relation.name}"
        if self.relation.kind == "domain":  # ALTER DOMAIN checks every column of that type
            return f"{self.mode.label} on every table with a column of domain {name}"
        return f"{self.mode.label} on {name}"


class Phase(IntEnum):
    """When a step may run relative to the main transaction (a tie-break of the graph, never an order
    by itself: edges always win)."""

    BEFORE = 0  # enum values must be committed before anything can use them
    MAIN = 1  # the one transaction
    AFTER = 2  # outside the transaction: concurrent builds, validations, steps needing their own lock


@dataclass(frozen=True)
class Op:
    """A typed operation. Subclasses are frozen dataclasses holding model objects (raw names)."""

    action: ClassVar[str] = "alter"  # create | drop | alter | rename
    phase: ClassVar[Phase] = Phase.MAIN
    concurrent: ClassVar[bool] = False  # must run alone, in autocommit, one statement
    # The table-level lock the step takes on `table` (else on `target`). Every concrete class
    # declares its own (tests/unit/plan/test_op_locks.py), checked against pg_locks on PG 15/18.
    lock_mode: ClassVar[LockMode] = LockMode.NONE

    @property
    def target(self) -> ObjectId:
        raise NotImplementedError

    @property
    def table(self) -> ObjectId | None:
        """The table whose lock this operation takes, if any (for edges and lock hazards)."""
        return None

    def hazards(self) -> tuple[tuple[Hazard, str], ...]:
        return ()

    def locks(self) -> tuple[Lock, ...]:
        """The table locks this step takes, strongest first (shown in the plan, used by apply)."""
        if self.lock_mode == LockMode.NONE:
            return ()
        return (Lock(self.lock_mode, self.table or self.target),)

    @property
    def destructive(self) -> bool:
        return any(code == DELETES_DATA for code, _ in self.hazards())

    def describe(self) -> str:
        """One line for the text plan."""
        return f"{self.action} {self.target.display()}"
