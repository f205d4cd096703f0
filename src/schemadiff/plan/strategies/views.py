"""Views: CREATE OR REPLACE when Postgres allows it, else drop and create."""

from __future__ import annotations

from ...model import View
from .. import ops
from .registry import STRATEGIES, Strategy, comment_change, with_comment



def create_ops(view: View, rebuilt: bool = False) -> list[ops.Op]:
    return with_comment(view, ops.CreateView(view, rebuilt))


def drop_ops(view: View) -> list[ops.Op]:
    return [ops.DropView(view)]


def replace_ops(old: View, new: View) -> list[ops.Op]:
    return drop_ops(old) + create_ops(new, rebuilt=True)


def alter_ops(old: View, new: View, fields: tuple[str, ...]) -> list[ops.Op]:
    query_changed = bool(old.query_fields & set(fields))
    if query_changed and not old.replaceable_by(new):
        return replace_ops(old, new)  # plan/view_rebuilds.py has normally made this a Replace
    out: list[ops.Op] = [ops.ReplaceView(old, new)] if query_changed else []
    if new.materialized:
        out += _matview_storage_ops(old, new) if "options" in fields else []
        out += [ops.RefreshMatview(new, with_data=new.populated)] if "populated" in fields else []
    return out + comment_change(new, fields)


def _matview_storage_ops(old: View, new: View) -> list[ops.Op]:
    """SET the parameters that are new or changed, RESET those no longer declared."""
    keys = {e.partition("=")[0] for e in new.options}
    gone = tuple(sorted(k for k in (e.partition("=")[0] for e in old.options) if k not in keys))
    changed = tuple(e for e in new.options if e not in old.options)
    return [ops.SetMatviewStorageParameters(new, set=changed, reset=gone)]


_VIEWS = Strategy(create=lambda view, ctx: create_ops(view), drop=lambda view, ctx: drop_ops(view),
                  alter=lambda old, new, fields, ctx: alter_ops(old, new, fields),
                  replace=lambda old, new, ctx: replace_ops(old, new))
STRATEGIES.register("view", _VIEWS)
STRATEGIES.register("matview", _VIEWS)
