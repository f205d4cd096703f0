"""A DETACH ... CONCURRENTLY renders as a batch of its own, in autocommit, that names the
partition (so a resumed run can finish or skip it), and survives the trip through history JSON."""

from __future__ import annotations

from schemadiff.model import Constraint
from schemadiff.model.partitions import PartitionOf
from schemadiff.plan import Plan, ops
from schemadiff.render import Batch, batches

PARENT = PartitionOf("public", "readings", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", "(t IS NOT NULL)")
CHECK = Constraint("public", "readings_2025", "readings_2025_bound_schemadiff", "c", expression="(t IS NOT NULL)")


def test_the_concurrent_detach_is_alone_in_autocommit_and_named():
    plan = Plan((
        ops.AddConstraint(CHECK, not_valid=True), ops.ValidateConstraint(CHECK),
        ops.DetachPartitionConcurrently("public", "readings_2025", PARENT, check_name=CHECK.name),
        ops.DropPartitionCheck("public", "readings_2025", PARENT, check_name=CHECK.name),
    ))
    out = batches(plan)
    detach = [b for b in out if b.detach is not None]
    assert len(detach) == 1 and not detach[0].transactional
    assert detach[0].detach == ("public", "readings", "public", "readings_2025")
    assert detach[0].statements == (
        'ALTER TABLE "public"."readings" DETACH PARTITION "public"."readings_2025" CONCURRENTLY',)
    assert Batch.from_json(detach[0].to_json()) == detach[0]
    assert all(b.transactional for b in out if b.detach is None)


def test_a_batch_recorded_before_detach_existed_reads_back_without_one():
    old = {"transactional": True, "statements": ["SELECT 1"], "index": None, "blocks_writers": True}
    assert Batch.from_json(old).detach is None
