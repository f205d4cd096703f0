"""Functions and procedures from their catalog rows."""

from __future__ import annotations

from ..model import Function
from ..model.routines import declared_cost, declared_rows
from .catalog import READERS, Reader, Row


def function(r: Row) -> Function:
    return Function(
        schema=r["schema"], name=r["name"], signature=r["signature"], kind=r["kind"],
        arguments=r["arguments"], result=r["result"], language=r["language"], body=r["body"],
        volatility=r["volatility"], strict=r["strict"], security_definer=r["security_definer"],
        config=tuple(r["config"]), comment=r["comment"], parallel=r["parallel"],
        # a procedure's procost is whatever CREATE PROCEDURE set; it takes no COST clause
        cost=None if r["kind"] == "p" else declared_cost(r["cost"]),
        rows=declared_rows(r["rows"], r["returns_set"]), leakproof=r["leakproof"],
    )


def functions(rows: list[Row]) -> list[Function]:
    return [function(r) for r in rows]


READERS.register("function", Reader("functions", functions))  # functions and procedures
