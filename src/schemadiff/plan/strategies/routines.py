"""Functions and procedures: CREATE OR REPLACE where Postgres allows it, else drop and create
(diff/routines.py adds the users that must be rebuilt around the drop)."""

from __future__ import annotations

from ...diff.routines import RebuildDefaults
from ...model import Function
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


# What ALTER FUNCTION can change; ALTER PROCEDURE only the last two.
ALTERABLE = frozenset({"volatility", "strict", "leakproof", "parallel", "cost", "rows",
                       "security_definer", "config"})


def _alter(old: Function, new: Function, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    changed = set(fields) - {"comment"}
    out: list[ops.Op] = []
    if changed and changed <= ALTERABLE:
        out.append(ops.AlterFunction(old, new))
    elif changed:
        out.append(ops.ReplaceFunction(old, new))
    return out + comment_change(new, fields)  # CREATE OR REPLACE keeps the comment


def rebuild_defaults_ops(change: RebuildDefaults, ctx: Context) -> list[ops.Op]:
    t = change.table
    drops = [ops.ReleaseColumnDefault(t.schema, t.name, column=c.name) for c in change.columns]
    again = [ops.RestoreColumnDefault(t.schema, t.name, column=c.name, default=c.default)
             for c in change.columns]
    return [*drops, *again]


STRATEGIES.register("function", Strategy(
    create=lambda fn, ctx: with_comment(fn, ops.CreateFunction(fn)),
    drop=lambda fn, ctx: [ops.DropFunction(fn)], alter=_alter))
