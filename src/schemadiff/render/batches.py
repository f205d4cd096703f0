"""A plan as executable batches: what runs in one transaction, what runs alone."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..plan import Plan
from ..plan.ops import CreateIndex, DetachPartitionConcurrently
from .registry import statements
from .routines import body_check_settings


@dataclass(frozen=True)
class Batch:
    transactional: bool  # False: each statement runs alone in autocommit (CONCURRENTLY, ADD VALUE)
    statements: tuple[str, ...]
    # For a concurrent index build: (schema, name), so an interrupted build can be found and redone.
    index: tuple[str, str] | None = None
    # Takes a lock that conflicts with writers (SHARE or stronger): apply waits for it only briefly.
    blocks_writers: bool = True
    # For a DETACH ... CONCURRENTLY: (parent schema, parent, schema, table), so a resumed run
    # finishes a detach left pending (FINALIZE) or skips one already done.
    detach: tuple[str, str, str, str] | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Batch:
        index = tuple(data["index"]) if data.get("index") else None
        detach = tuple(data["detach"]) if data.get("detach") else None
        return cls(bool(data["transactional"]), tuple(data["statements"]), index,
                   bool(data.get("blocks_writers", True)), detach)  # older records: assume the worst


def batches(plan: Plan) -> list[Batch]:
    """Consecutive MAIN-phase steps in one transaction; every other step alone, in order."""
    out = []
    for grouped, ops_ in plan.batches():
        stmts = tuple(s for op in ops_ for s in statements(op))
        if grouped:  # SQL function bodies are checked at plan time (render/routines.py)
            stmts = body_check_settings(ops_) + stmts
        concurrent = len(ops_) == 1 and ops_[0].concurrent
        index = None
        if concurrent and isinstance(ops_[0], CreateIndex):
            index = (ops_[0].index.schema, ops_[0].index.name)
        detach = _detach_of(ops_[0]) if concurrent else None
        # A non-concurrent step that stands alone (VALIDATE, SET NOT NULL + DROP CHECK) still gets
        # its own short transaction; only CONCURRENTLY / ADD VALUE need autocommit.
        blocks = any(lock.mode.blocks_writers for op in ops_ for lock in op.locks())
        out.append(Batch(grouped or not _needs_autocommit(ops_), stmts, index, blocks, detach))
    return out


def _detach_of(op) -> tuple[str, str, str, str] | None:
    if isinstance(op, DetachPartitionConcurrently):
        return (op.parent.schema, op.parent.table, op.schema, op.table_name)
    return None


def _needs_autocommit(ops_) -> bool:
    from ..plan.ops import AddEnumValue

    return any(op.concurrent or isinstance(op, AddEnumValue) for op in ops_)
