"""SQL for aggregates."""

from __future__ import annotations

from ..plan import ops
from ..quoting import literal, qualified
from .comments import COMMENT_TARGETS
from .registry import renders


def _signature(on) -> str:
    """`app.total(integer)`; an aggregate of no arguments is `(*)`."""
    return f"{qualified(on.schema, on.name)}({on.signature or '*'})"


@renders(ops.CreateAggregate)
def _create_aggregate(op: ops.CreateAggregate) -> list[str]:
    a = op.aggregate
    # sfunc, stype, finalfunc and combinefunc are catalog text (regproc, format_type) or the
    # user's SQL type / function names, like a column's type.
    options = [f"SFUNC = {a.sfunc}", f"STYPE = {a.stype}"]
    if a.finalfunc:
        options.append(f"FINALFUNC = {a.finalfunc}")
    if a.combinefunc:
        options.append(f"COMBINEFUNC = {a.combinefunc}")
    if a.initcond is not None:
        options.append(f"INITCOND = {literal(a.initcond)}")
    if a.parallel != "unsafe":
        options.append(f"PARALLEL = {a.parallel.upper()}")
    return [f"CREATE AGGREGATE {_signature(a)} ({', '.join(options)})"]


@renders(ops.DropAggregate)
def _drop_aggregate(op: ops.DropAggregate) -> list[str]:
    return [f"DROP AGGREGATE {_signature(op.aggregate)}"]


COMMENT_TARGETS.register("aggregate", lambda on: f"AGGREGATE {_signature(on)}")
