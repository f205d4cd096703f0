"""Operations grouped by the object they touch, in execution order: how a reviewer reads a plan."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import ObjectId
from ...plan import Plan
from ...plan.ops import Op


@dataclass
class ObjectGroup:
    target: ObjectId
    ops: list[Op] = field(default_factory=list)

    @property
    def action(self) -> str:
        actions = {op.action for op in self.ops}
        if actions == {"create"}:
            return "create"
        if actions == {"drop"}:
            return "drop"
        return "alter"

    @property
    def symbol(self) -> str:
        return {"create": "+", "drop": "-", "alter": "~"}[self.action]


def grouped(plan: Plan) -> list[ObjectGroup]:
    """One group per table (with its constraints and indexes) or other object, in first-touch order."""
    groups: dict[ObjectId, ObjectGroup] = {}
    for op in plan.ops:
        key = op.table if op.target.kind in ("constraint", "index") and op.table is not None else op.target
        groups.setdefault(key, ObjectGroup(key)).ops.append(op)
    return list(groups.values())


def lock_text(op: Op) -> str:
    """`ACCESS EXCLUSIVE on public.orders, SHARE ROW EXCLUSIVE on public.customers` ('' for none)."""
    return ", ".join(lock.display() for lock in op.locks())
