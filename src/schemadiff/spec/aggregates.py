"""Documents for aggregates (`aggregates:` in a schema; the key is `name(argument types)`)."""

from __future__ import annotations

from typing import Literal

from ..model import Aggregate
from .fields import Spec, SqlText, SqlType
from .routines import routine_name


class AggregateSpec(Spec):
    sfunc: SqlText
    stype: SqlType
    finalfunc: SqlText | None = None
    combinefunc: SqlText | None = None
    initcond: SqlText | None = None
    parallel: Literal["safe", "restricted", "unsafe"] = "unsafe"
    comment: SqlText | None = None


def aggregate_signature(key: str) -> str:
    """The argument types of an `aggregates:` key: `total(integer)` -> `integer`."""
    if routine_name(key) == key:  # no parenthesised part: an aggregate of no arguments is `(*)`
        return ""
    return key[key.find("(") + 1: key.rfind(")")].strip()


def aggregate(schema: str, key: str, a: AggregateSpec) -> Aggregate:
    return Aggregate(schema, routine_name(key), aggregate_signature(key), a.sfunc, a.stype,
                     a.finalfunc, a.combinefunc, a.initcond, a.parallel, a.comment)


def dump_aggregate(a: Aggregate) -> dict:
    """The `aggregates:` entry of a model aggregate; defaults left out."""
    block = {"sfunc": a.sfunc, "stype": a.stype, "finalfunc": a.finalfunc,
             "combinefunc": a.combinefunc, "initcond": a.initcond,
             "parallel": a.parallel if a.parallel != "unsafe" else None, "comment": a.comment}
    return {k: v for k, v in block.items() if v is not None}


def dump_key(a: Aggregate) -> str:
    return f"{a.name}({a.signature})"
