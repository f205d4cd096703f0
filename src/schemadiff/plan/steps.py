"""A plan: ordered operations with their hazards, and how they group into transactions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import ObjectId
from .ops import DELETES_DATA, Op, Phase


@dataclass(frozen=True)
class Plan:
    ops: tuple[Op, ...]
    notes: tuple[str, ...] = ()
    fingerprint_from: str = ""  # the state this plan was computed from (apply refuses others)
    fingerprint_to: str = ""  # the state it reaches
    counts: tuple[tuple[str, int], ...] = ()  # objects created / altered / dropped, from the diff
    # changed table -> the functions and cron jobs whose bodies use it (plan/body_uses.py)
    users: tuple[tuple[ObjectId, tuple[str, ...]], ...] = ()
    # what the read-only checks on the target's rows found (render/preflight.py Finding), set at plan time
    preflight: tuple = ()

    def users_of(self, table: ObjectId) -> tuple[str, ...]:
        return dict(self.users).get(table, ())

    @property
    def empty(self) -> bool:
        return not self.ops

    @property
    def destructive(self) -> bool:
        return any(op.destructive for op in self.ops)

    def hazards(self) -> list[tuple[Op, str, str]]:
        return [(op, code, msg) for op in self.ops for code, msg in op.hazards()]

    def summary(self) -> Counter:
        """How many objects are created, altered and dropped (each object counted once; helper
        objects such as a temporary index are not objects of the schema)."""
        return Counter(dict(self.counts)) if self.ops else Counter()

    def summary_line(self) -> str:
        c = self.summary()
        line = f"{c['create']} to create, {c['alter']} to alter, {c['drop']} to drop"
        return line + "".join(self._data_step_counts())

    def _data_step_counts(self) -> list[str]:
        """Data steps are no schema objects (the diff does not count them), but a reviewer must
        see from the summary alone that the plan writes rows."""
        from .ops.data_steps import RunDataStep, UndoDataStep

        out = []
        for kind, verb in ((RunDataStep, "run"), (UndoDataStep, "undo")):
            n = sum(isinstance(op, kind) for op in self.ops)
            if n:
                out.append(f", {n} data step{'s' if n > 1 else ''} to {verb}")
        return out

    def batches(self) -> list[tuple[bool, list[Op]]]:
        """Consecutive MAIN-phase operations share a transaction; every other one runs alone.

        Returns (in_transaction, ops) pairs in execution order."""
        out: list[tuple[bool, list[Op]]] = []
        for op in self.ops:
            grouped = op.phase == Phase.MAIN and not op.concurrent
            if grouped and out and out[-1][0]:
                out[-1][1].append(op)
            else:
                out.append((grouped, [op]))
        return out


def data_loss_notes(plan: Plan) -> tuple[str, ...]:
    """What the rollback of this plan cannot give back."""
    lost = [msg for op in plan.ops for code, msg in op.hazards() if code == DELETES_DATA]
    return tuple(f"rollback cannot restore data: {m}" for m in lost)


def count_changes(changes) -> tuple[tuple[str, int], ...]:
    """create/alter/drop per object of the diff: a table with three new columns is one alter."""
    from ..diff import Create, Drop

    per_object: dict = {}
    for ch in changes:
        action = "create" if isinstance(ch, Create) else "drop" if isinstance(ch, Drop) else "alter"
        per_object[ch.id] = action if ch.id not in per_object else "alter"
    counts = Counter(per_object.values())
    return tuple((k, counts[k]) for k in ("create", "alter", "drop"))
