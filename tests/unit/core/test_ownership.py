"""Which helper objects a plan's batches create and which later batch finishes each (pure)."""

from __future__ import annotations

from schemadiff.apply.ownership import Owned, owned_objects, shifted
from schemadiff.model import Constraint, Index
from schemadiff.plan import Plan, ops
from index_models import body_index
from constraint_models import sql_constraint

FK = sql_constraint("public", "orders", "orders_fk", "f", "FOREIGN KEY (a) REFERENCES public.accounts(id)", ("a",))
NN = sql_constraint("public", "accounts", "accounts_email_nn_schemadiff", "c", 'CHECK ("email" IS NOT NULL)', ("email",))
KEY = sql_constraint("public", "accounts", "accounts_email_key", "u", "UNIQUE (email)", ("email",))
KEY_INDEX = body_index("public", "accounts_email_key", "accounts", True, "USING btree (email)")
PLAIN = body_index("public", "orders_a_idx", "orders", False, "USING btree (a)")


def _plan() -> Plan:
    return Plan((
        ops.AddConstraint(FK, not_valid=True), ops.AddConstraint(NN, not_valid=True),  # batch 0: main
        ops.CreateIndex(KEY_INDEX, concurrently=True),  # 1
        ops.AddConstraintUsingIndex(KEY, KEY_INDEX.name),  # 2
        ops.CreateIndex(PLAIN, concurrently=True),  # 3
        ops.ValidateConstraint(FK),  # 4
        ops.ValidateConstraint(NN),  # 5
        ops.SetNotNullUsingCheck("public", "accounts", column="email", check_name=NN.name),  # 6
    ))


def test_each_helper_is_settled_by_the_step_that_finishes_it():
    found = {o.name: o for o in owned_objects(_plan())}
    assert (found["orders_fk"].created, found["orders_fk"].settled, found["orders_fk"].helper) == (0, 4, False)
    nn = found["accounts_email_nn_schemadiff"]
    assert (nn.created, nn.settled, nn.helper) == (0, 6, True)  # validated at 5, dropped at 6
    key = found["accounts_email_key"]
    assert (key.kind, key.created, key.settled, key.helper) == ("index", 1, 2, True)
    assert (found["orders_a_idx"].created, found["orders_a_idx"].settled) == (3, 3)


def test_pending_is_what_a_stop_at_a_batch_leaves():
    by_name = {o.name: o for o in owned_objects(_plan())}
    left_at_4 = sorted(n for n, o in by_name.items() if o.pending(4, 4))
    assert left_at_4 == ["accounts_email_nn_schemadiff", "orders_fk"]  # the built indexes are done
    assert sorted(n for n, o in by_name.items() if o.pending(1, 1)) == [
        "accounts_email_key", "accounts_email_nn_schemadiff", "orders_fk"]
    assert not any(o.pending(0, 0) and o.created > 0 for o in by_name.values())


def test_a_resume_renumbers_from_where_it_starts():
    owned = [o.to_json() for o in owned_objects(_plan())]
    moved = {o["name"]: Owned.from_json(o) for o in shifted(owned, 4)}
    assert moved["orders_fk"].created == -4 and moved["orders_fk"].settled == 0
    assert moved["orders_fk"].pending(0, 0)


def test_a_concurrent_detach_is_owned_and_its_helper_check_lives_until_dropped():
    from schemadiff.model.partitions import PartitionOf

    parent = PartitionOf("public", "readings", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", "(t IS NOT NULL)")
    check = Constraint("public", "readings_2025", "readings_2025_bound_schemadiff", "c", expression="(t IS NOT NULL)")
    plan = Plan((
        ops.AddConstraint(check, not_valid=True),  # batch 0: main
        ops.ValidateConstraint(check),  # 1
        ops.DetachPartitionConcurrently("public", "readings_2025", parent, check_name=check.name),  # 2
        ops.DropPartitionCheck("public", "readings_2025", parent, check_name=check.name),  # 3
    ))
    found = {(o.kind, o.name): o for o in owned_objects(plan)}
    helper = found[("constraint", check.name)]
    assert (helper.created, helper.settled, helper.helper) == (0, 3, True)
    detach = found[("detach", "readings_2025")]
    assert (detach.created, detach.settled, detach.parent_schema, detach.parent) == (2, 2, "public", "readings")
    assert detach.pending(2, 2) and not detach.pending(3, 3)
    assert Owned.from_json(detach.to_json()) == detach
    assert detach.describe() == "pending detach of public.readings_2025 from public.readings"
