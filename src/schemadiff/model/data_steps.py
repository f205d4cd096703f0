"""Data steps: SQL declared under `data:` that moves rows once, beside the structural change.

Not catalog objects: a step's state is a row of `schemadiff.data_steps` (its name and the hash of
the SQL that ran), so steps travel beside the Database model rather than inside it, and the
fingerprint of the schema never depends on which steps ran.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .ids import ObjectId

KIND = "data_step"  # ObjectId.kind of a step's operations (never a key of a Database)


@dataclass(frozen=True, slots=True)
class DataStep:
    name: str
    sql: str  # rendered: a template's output, exactly what runs
    rollback: str | None = None
    # (line in `file`, text) of each statement of `sql` and of `rollback`, split by PostgreSQL's
    # parser: each runs as its own statement, headed by a comment naming the step and line
    statements: tuple[tuple[int | None, str], ...] = ()
    rollback_statements: tuple[tuple[int | None, str], ...] = ()
    after: tuple[str, ...] = ()  # `table`, `schema.table`, `table.column`, a function or another step
    before: tuple[str, ...] = ()
    # where it is declared, for messages and the comment heading its SQL; not part of the step
    file: str = field(default="schema.yaml", compare=False)
    line: int | None = field(default=None, compare=False)  # the first line of its SQL in `file`

    @property
    def id(self) -> ObjectId:
        return ObjectId(KIND, "", self.name)

    @property
    def sha256(self) -> str:
        """What makes the step the same step: the SQL it runs (the rollback may be corrected)."""
        return sql_hash(self.sql)

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True, slots=True)
class Recorded:
    """A row of schemadiff.data_steps: a step that ran."""

    name: str
    sha256: str
    migration: int | None = None  # the schemadiff.history id of the apply that ran it
    has_rollback: bool = True


def sql_hash(sql: str) -> str:
    return hashlib.sha256(sql.encode("utf-8")).hexdigest()
