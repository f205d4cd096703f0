"""Online forms squawk checks for (tests/lint/test_squawk.py): rewrites are marked, indexes on
materialized views in use are built concurrently (no database)."""

from dataclasses import replace

from schemadiff.model import Column, Index, View
from schemadiff.model.ids import table_id
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan import ops
from index_models import body_index

TOTALS = View("public", "totals", True, "SELECT customer_id FROM public.orders",
              (("customer_id", "bigint"),))
TOTALS_IDX = body_index("public", "totals_customer_idx", "totals", True, "USING btree (customer_id)")


def _index_ops(plan, kind=ops.CreateIndex):
    return [op for op in plan.ops if isinstance(op, kind)]


def test_adding_a_stored_generated_column_is_marked_as_a_rewrite(base):
    orders = base.get(table_id("public", "orders"))
    added = replace(orders, columns=orders.columns + (Column("twice", "bigint", generated="(id * 2)"),))
    hazards = make_plan(base, base.replace(added)).hazards()
    assert [(code, msg) for _, code, msg in hazards] == [
        ("table_rewrite", "stored generated column twice rewrites the table")]


def test_index_added_to_a_kept_materialized_view_is_built_concurrently(base):
    current = base.replace(TOTALS)
    forward, rollback = plan_pair(current, current.replace(TOTALS_IDX))
    assert [op.concurrently for op in _index_ops(forward)] == [True]
    assert [op.concurrently for op in _index_ops(rollback, ops.DropIndex)] == [True]


def test_index_on_a_new_or_recreated_materialized_view_is_built_in_the_transaction(base):
    created = make_plan(base, base.replace(TOTALS, TOTALS_IDX))
    assert [op.concurrently for op in _index_ops(created)] == [False]
    current = base.replace(TOTALS, TOTALS_IDX)
    changed = replace(TOTALS, definition="SELECT customer_id FROM public.orders WHERE id > 0")
    recreated = make_plan(current, current.replace(changed))
    assert [op.concurrently for op in _index_ops(recreated)] == [False]
