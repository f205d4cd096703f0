"""Aggregates from their catalog rows."""

from __future__ import annotations

from ..model import Aggregate
from .catalog import READERS, Reader, Row

_FIELDS = ("schema", "name", "signature", "sfunc", "stype", "finalfunc", "combinefunc",
           "initcond", "parallel", "comment")


def aggregates(rows: list[Row]) -> list[Aggregate]:
    return [Aggregate(**{f: r[f] for f in _FIELDS}) for r in rows]


READERS.register("aggregate", Reader("aggregates", aggregates))
