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

    @property
    def target(self) -> ObjectId:
        raise NotImplementedError

    @property
    def table(self) -> ObjectId | None:
        """The table whose lock this operation takes, if any (for edges and lock hazards)."""
        return None

    def hazards(self) -> tuple[tuple[Hazard, str], ...]:
        return ()

    @property
    def destructive(self) -> bool:
        return any(code == DELETES_DATA for code, _ in self.hazards())

    def describe(self) -> str:
        """One line for the text plan."""
        return f"{self.action} {self.target.display()}"
