"""Sequences from their catalog rows, with default bounds folded back to None."""

from __future__ import annotations

from ..model import Sequence
from .catalog import READERS, Reader, Row

# The largest value of each sequence type; the smallest is -max - 1.
TYPE_MAX = {"smallint": 2**15 - 1, "integer": 2**31 - 1, "bigint": 2**63 - 1}


def default_bounds(data_type: str, increment: int) -> tuple[int, int]:
    """(MINVALUE, MAXVALUE) that CREATE SEQUENCE picks when none is given.

    An ascending sequence runs 1 .. type max, a descending one type min .. -1.
    """
    top = TYPE_MAX.get(data_type, TYPE_MAX["bigint"])
    return (1, top) if increment > 0 else (-top - 1, -1)


def sequence(r: Row) -> Sequence:
    low, high = default_bounds(r["data_type"], r["increment"])
    owner = r["owned_by_table"]
    return Sequence(
        schema=r["schema"], name=r["name"], data_type=r["data_type"],
        start=r["start"], increment=r["increment"],
        min_value=None if r["min_value"] == low else r["min_value"],
        max_value=None if r["max_value"] == high else r["max_value"],
        cache=r["cache"], cycle=r["cycle"],
        owned_by=(owner, r["owned_by_column"]) if owner else None,
        comment=r["comment"], unlogged=r["unlogged"],
    )


def sequences(rows: list[Row]) -> list[Sequence]:
    return [sequence(r) for r in rows]


READERS.register("sequence", Reader("sequences", sequences))
