"""The strategy of each kind: how a create, drop, alter, replace or rename of one of its objects
becomes typed operations. Each family module registers one; strategies/__init__.py dispatches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...model import DbObject
from ...model.kinds import Registry
from .. import ops
from .context import Context

Ops = list[ops.Op]


@dataclass(frozen=True)
class Strategy:
    create: Callable[[DbObject, Context], Ops]
    drop: Callable[[DbObject, Context], Ops]
    alter: Callable[[DbObject, DbObject, tuple[str, ...], Context], Ops]
    # None: a replace is the drop, then the create
    replace: Callable[[DbObject, DbObject, Context], Ops] | None = None
    # None: the kind is never paired as a rename (diff/matching.py pairs constraints and indexes)
    rename: Callable[[DbObject, DbObject, Context], Ops] | None = None


STRATEGIES: Registry[Strategy] = Registry("plan", "strategy")


def with_comment(obj, *created: ops.Op) -> Ops:
    """The operations creating `obj`, then COMMENT ON when it has a comment."""
    comment = [ops.SetComment(obj.id, obj.comment)] if obj.comment is not None else []
    return [*created, *comment]


def comment_change(new, fields: tuple[str, ...]) -> Ops:
    return [ops.SetComment(new.id, new.comment)] if "comment" in fields else []
