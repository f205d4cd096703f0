"""Which helper objects a migration's steps create, and until which step they are only helpers.

Read from the plan's typed operations, never from SQL text: a NOT VALID constraint is a helper
until its VALIDATE commits; a `*_nn_schemadiff` check until SET NOT NULL drops it; a unique
index built for `ADD CONSTRAINT ... USING INDEX` until it is attached; a concurrently built index
until its build commits (a failed build leaves it INVALID); a partition's `*_bound_schemadiff`
check until ATTACH, or the DROP after DETACH ... CONCURRENTLY, removes it. A step that stops in
between leaves these behind, and they are this migration's to remove. A DETACH ... CONCURRENTLY
that stops half-way leaves the partition pending: that one is finished (FINALIZE), not undone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from ..plan import Plan
from ..plan import ops


@dataclass(frozen=True)
class Owned:
    kind: str  # "constraint" (of a table), "domain_check", "index", "detach" (a partition's)
    schema: str
    parent: str  # the table or domain; "" for an index; a detach: the partitioned table
    name: str
    created: int  # index of the batch that creates it
    settled: int  # index of the batch after whose commit it is no longer a helper
    helper: bool = False  # never part of the target: a check SET NOT NULL drops, an index to attach
    parent_schema: str = ""  # a detach: the partitioned table's schema

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Owned:
        return cls(**data)

    def pending(self, done: int, stopped: int) -> bool:
        """Left as a helper when batches before `done` committed and batch `stopped` did not."""
        return self.created <= stopped and self.settled >= done

    def describe(self) -> str:
        if self.kind == "detach":
            return f"pending detach of {self.schema}.{self.name} from {self.parent_schema}.{self.parent}"
        what = {"constraint": "constraint", "domain_check": "domain check", "index": "index"}[self.kind]
        what = f"helper {what}" if self.helper else what
        where = f"{self.schema}.{self.parent}.{self.name}" if self.parent else f"{self.schema}.{self.name}"
        return f"{what} {where}"


def owned_objects(plan: Plan) -> list[Owned]:
    """Every helper object the plan's batches create (same batch numbering as render.batches)."""
    found: dict[tuple, Owned] = {}
    for n, (_, group) in enumerate(plan.batches()):
        for op in group:
            _track(op, n, found)
    return list(found.values())


def _track(op: ops.Op, n: int, found: dict[tuple, Owned]) -> None:
    key, settle = _created(op, n), _settles(op)
    if key is not None:
        found[key[0]] = key[1]
    elif settle is not None and settle in found:
        # the step that consumes a helper (drops the check, adopts the index) marks it as one
        helper = isinstance(op, (ops.SetNotNullUsingCheck, ops.AddConstraintUsingIndex,
                                 ops.AttachPartitionUsingCheck, ops.DropPartitionCheck))
        found[settle] = replace(found[settle], settled=n, helper=found[settle].helper or helper)


def _created(op: ops.Op, n: int) -> tuple[tuple, Owned] | None:
    if isinstance(op, ops.AddConstraint) and op.not_valid:
        c = op.constraint
        return ("constraint", c.schema, c.table, c.name), Owned("constraint", c.schema, c.table, c.name, n, n)
    if isinstance(op, ops.AddDomainCheck) and op.not_valid:
        d = op.domain
        return ("domain_check", d.schema, d.name, op.name), Owned("domain_check", d.schema, d.name, op.name, n, n)
    if isinstance(op, ops.CreateIndex) and op.concurrently:
        i = op.index
        return ("index", i.schema, "", i.name), Owned("index", i.schema, "", i.name, n, n)
    if isinstance(op, ops.DetachPartitionConcurrently):
        p = op.parent
        return (("detach", op.schema, p.table, op.table_name),
                Owned("detach", op.schema, p.table, op.table_name, n, n, parent_schema=p.schema))
    return None


def _settles(op: ops.Op) -> tuple | None:
    """The helper whose job this step finishes."""
    if isinstance(op, ops.ValidateConstraint):
        return ("constraint", op.constraint.schema, op.constraint.table, op.constraint.name)
    if isinstance(op, ops.SetNotNullUsingCheck):  # the helper check lives until it is dropped here
        return ("constraint", op.schema, op.table_name, op.check_name)
    if isinstance(op, ops.ValidateDomainCheck):
        return ("domain_check", op.domain.schema, op.domain.name, op.name)
    if isinstance(op, ops.AddConstraintUsingIndex):
        return ("index", op.constraint.schema, "", op.index_name)
    if isinstance(op, (ops.AttachPartitionUsingCheck, ops.DropPartitionCheck)):
        return ("constraint", op.schema, op.table_name, op.check_name)
    return None


def shifted(owned: list[dict], offset: int) -> list[dict]:
    """The same objects numbered for a run that starts at batch `offset` (a resume)."""
    return [replace(Owned.from_json(o), created=o["created"] - offset, settled=o["settled"] - offset).to_json()
            for o in owned]
