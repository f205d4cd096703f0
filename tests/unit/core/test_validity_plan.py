"""Validity in plans (no database): NOT VALID <-> valid both ways, INVALID indexes rebuilt."""

from dataclasses import replace

from schemadiff.model import Index
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan import ops
from schemadiff.render import batches, statements
from index_models import body_index


def _fk(db):
    return next(c for c in db.of_kind("constraint") if c.kind == "f")


def _sql(plan):
    return [s for op in plan.ops for s in statements(op)]


def test_not_valid_to_valid_is_one_validate_outside_the_main_transaction(base):
    current = base.replace(replace(_fk(base), validated=False))
    forward, back = plan_pair(current, base)
    assert [type(op) for op in forward.ops] == [ops.ValidateConstraint]
    assert any("NOT VALID and is wanted valid" in n for n in forward.notes)
    # the rollback cannot un-validate: drop and add NOT VALID, in one transaction
    assert [type(op) for op in back.ops] == [ops.DropConstraint, ops.AddConstraint]
    assert back.ops[1].not_valid and _sql(back)[1].endswith(" NOT VALID")
    assert [b.transactional for b in batches(back)] == [True]


def test_a_declared_not_valid_foreign_key_is_added_not_valid_and_never_validated(base):
    fk = replace(_fk(base), validated=False)
    plan = make_plan(base.without(fk.id), base.replace(fk))
    assert [type(op) for op in plan.ops] == [ops.AddConstraint] and plan.ops[0].not_valid


def test_an_invalid_index_is_dropped_and_rebuilt_and_the_rollback_keeps_it(base):
    idx = body_index("public", "customers_email_uidx", "customers", True, "USING btree (email)")
    current = base.replace(replace(idx, valid=False))
    forward, back = plan_pair(current, base.replace(idx))
    assert _sql(forward) == [
        'DROP INDEX CONCURRENTLY "public"."customers_email_uidx"',
        'CREATE UNIQUE INDEX CONCURRENTLY "customers_email_uidx" ON "public"."customers" USING btree (email)',
    ]
    assert any("INVALID" in n for n in forward.notes)
    assert back.empty  # no statement makes an index INVALID on purpose


def test_an_invalid_index_is_not_renamed_into_a_valid_ones_place(base):
    broken = body_index("public", "old_uidx", "customers", True, "USING btree (email)", valid=False)
    wanted = replace(broken, name="new_uidx", valid=True)
    plan = make_plan(base.replace(broken), base.replace(wanted))
    assert not any(isinstance(op, ops.RenameIndex) for op in plan.ops)
    assert {type(op) for op in plan.ops} == {ops.DropIndex, ops.CreateIndex}
