"""Table constraints from their catalog rows."""

from __future__ import annotations

from ..model import Constraint
from .catalog import READERS, Reader, Row


def constraint(r: Row) -> Constraint:
    ref = (r["ref_schema"], r["ref_table"]) if r["ref_table"] is not None else None
    return Constraint(
        schema=r["schema"], table=r["table"], name=r["name"], kind=r["kind"],
        definition=r["definition"], columns=tuple(r["columns"]),
        ref_table=ref, ref_columns=tuple(r["ref_columns"]),
        comment=r["comment"], validated=r["validated"],
    )


def constraints(rows: list[Row]) -> list[Constraint]:
    return [constraint(r) for r in rows]


READERS.register("constraint", Reader("constraints", constraints))
