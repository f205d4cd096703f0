"""Online forms squawk checks for (tests/lint/test_squawk.py): rewrites are marked, indexes on
materialized views in use are built concurrently (no database)."""

from dataclasses import replace

from schemadiff.model import Column
from schemadiff.model.ids import table_id
from schemadiff.plan import make_plan

def test_adding_a_stored_generated_column_is_marked_as_a_rewrite(base):
    orders = base.get(table_id("public", "orders"))
    added = replace(orders, columns=orders.columns + (Column("twice", "bigint", generated="(id * 2)"),))
    hazards = make_plan(base, base.replace(added)).hazards()
    assert [(code, msg) for _, code, msg in hazards] == [
        ("table_rewrite", "stored generated column twice rewrites the table")]
