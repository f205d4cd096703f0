"""Edges for views and policies: dropped before anything changes what they read, created after.

The generic edges order drops after the users of what they drop and creates after the
creates they need; a view also needs its columns' *changes* (an ALTER COLUMN TYPE, a DROP
COLUMN) to wait for its drop and to be done before it is created again.
"""

from __future__ import annotations

from ..model import Database
from .dependencies import requirements
from .ops import Phase

# Policies too: one can read another table's columns (in a subquery), which the table edges of
# its own table do not cover.
_VIEW_KINDS = ("view", "matview", "policy")


def dependant_edges(nodes, by_target, current: Database, desired: Database, edges) -> None:
    for n in nodes:
        if n.op.target.kind not in _VIEW_KINDS:
            continue
        if n.op.action == "drop":
            _drop_first(n, by_target, current, edges)
        else:
            _create_after(n, by_target, desired, edges)


def _drop_first(n, by_target, current: Database, edges) -> None:
    view = current.get(n.op.target)
    for dep in requirements(view, current) if view is not None else ():
        for other in by_target[dep]:
            if other.op.action != "drop":
                edges[n.index].add(other.index)


def _create_after(n, by_target, desired: Database, edges) -> None:
    view = desired.get(n.op.target)
    for dep in requirements(view, desired) if view is not None else ():
        for other in by_target[dep]:
            # Steps after the main transaction (ANALYZE, validations) need not hold it back.
            if other.op.action != "drop" and other.op.phase != Phase.AFTER and other.index != n.index:
                edges[other.index].add(n.index)
