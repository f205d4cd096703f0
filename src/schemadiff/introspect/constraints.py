"""Table constraints from their catalog rows."""

from __future__ import annotations

from ..model import Constraint
from .catalog import READERS, Reader, Row


_NOT_VALID = " NOT VALID"


def definition(r: Row) -> str:
    """pg_get_constraintdef() without the ` NOT VALID` ruleutils appends when !convalidated: the
    same constraint valid or not has one definition, and `validated` says which it is."""
    text = r["definition"]
    return text[: -len(_NOT_VALID)] if text.endswith(_NOT_VALID) else text


def constraint(r: Row) -> Constraint:
    ref = (r["ref_schema"], r["ref_table"]) if r["ref_table"] is not None else None
    return Constraint(
        schema=r["schema"], table=r["table"], name=r["name"], kind=r["kind"],
        definition=definition(r), columns=tuple(r["columns"]),
        ref_table=ref, ref_columns=tuple(r["ref_columns"]),
        comment=r["comment"], validated=r["validated"],
    )


def constraints(rows: list[Row]) -> list[Constraint]:
    return [constraint(r) for r in rows]


READERS.register("constraint", Reader("constraints", constraints))
