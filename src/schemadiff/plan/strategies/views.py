"""Views: CREATE OR REPLACE when Postgres allows it, else drop and create."""

from __future__ import annotations

from ...model import View
from .. import ops

_QUERY_FIELDS = {"definition", "columns", "options"}


def create_ops(view: View, rebuilt: bool = False) -> list[ops.Op]:
    out: list[ops.Op] = [ops.CreateView(view, rebuilt)]
    if view.comment is not None:
        out.append(ops.SetComment(view.id, view.comment))
    return out


def drop_ops(view: View) -> list[ops.Op]:
    return [ops.DropView(view)]


def replace_ops(old: View, new: View) -> list[ops.Op]:
    return drop_ops(old) + create_ops(new, rebuilt=True)


def alter_ops(old: View, new: View, fields: tuple[str, ...]) -> list[ops.Op]:
    if _QUERY_FIELDS & set(fields) and not old.replaceable_by(new):
        return replace_ops(old, new)  # plan/view_rebuilds.py has normally made this a Replace
    out: list[ops.Op] = [ops.ReplaceView(old, new)] if _QUERY_FIELDS & set(fields) else []
    if "comment" in fields:
        out.append(ops.SetComment(new.id, new.comment))
    return out
