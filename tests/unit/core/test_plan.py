"""Plans from hand-built models: order, safety strategies, rollback, hazards (no database)."""

from dataclasses import replace

from schemadiff.diff import Renames
from schemadiff.model import Column, Constraint, Database, EnumType, Index, Table
from schemadiff.model.ids import table_id
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan import ops
from schemadiff.render import batches, statements
from index_models import body_index
from constraint_models import sql_constraint


def _sql(plan):
    return [s for op in plan.ops for s in statements(op)]


def _position(plan, op_type):
    return next(i for i, op in enumerate(plan.ops) if isinstance(op, op_type))


def test_same_model_plans_nothing(base):
    assert make_plan(base, base).empty


def test_create_from_empty_orders_types_tables_keys_then_foreign_keys(base):
    plan = make_plan(Database.of([]), base)
    kinds = [type(op).__name__ for op in plan.ops]
    assert kinds.index("CreateEnum") < kinds.index("CreateTable")
    fk = next(i for i, op in enumerate(plan.ops) if getattr(op, "constraint", None) and op.constraint.kind == "f")
    pk = next(i for i, op in enumerate(plan.ops)
              if getattr(op, "constraint", None) and op.constraint.name == "customers_pkey")
    assert pk < fk
    assert [b.transactional for b in batches(plan)] == [True]  # a new schema is one transaction


def test_foreign_key_on_existing_table_is_added_not_valid_then_validated(base):
    current = base.without(next(c.id for c in base.of_kind("constraint") if c.kind == "f"))
    plan = make_plan(current, base)
    assert [type(op) for op in plan.ops] == [ops.AddConstraint, ops.ValidateConstraint]
    assert plan.ops[0].not_valid
    assert _sql(plan)[1].endswith('VALIDATE CONSTRAINT "orders_customer_id_fkey"')
    assert [b.transactional for b in batches(plan)] == [True, True]  # two transactions, not one


def test_unique_on_existing_table_goes_through_a_concurrent_index(base):
    uq = sql_constraint("public", "customers", "customers_email_key", "u", "UNIQUE (email)", ("email",))
    plan = make_plan(base, base.replace(uq))
    assert _sql(plan) == [
        'CREATE UNIQUE INDEX CONCURRENTLY "customers_email_key" ON "public"."customers" USING btree (email)',
        'ALTER TABLE "public"."customers" ADD CONSTRAINT "customers_email_key" UNIQUE USING INDEX "customers_email_key"',
    ]
    assert not batches(plan)[0].transactional


def test_index_on_existing_table_is_concurrent_and_on_new_table_is_not(base):
    idx = body_index("public", "customers_email_idx", "customers", False, "USING btree (email)")
    assert make_plan(base, base.replace(idx)).ops[0].concurrently
    fresh = Table("public", "audit", (Column("at", "timestamptz"),))
    idx2 = body_index("public", "audit_at_idx", "audit", False, "USING btree (at)")
    plan = make_plan(base, base.replace(fresh, idx2))
    assert not [op for op in plan.ops if isinstance(op, ops.CreateIndex)][0].concurrently


def test_set_not_null_on_existing_table_uses_a_validated_check(base):
    customers = base.get(table_id("public", "customers"))
    tightened = replace(customers, columns=(customers.columns[0], replace(customers.columns[1], not_null=True)))
    plan = make_plan(base, base.replace(tightened))
    assert [type(op) for op in plan.ops] == [ops.AddConstraint, ops.ValidateConstraint, ops.SetNotNullUsingCheck]
    assert plan.ops[0].constraint.expression == '"email" IS NOT NULL' and plan.ops[0].not_valid


def test_dropping_a_column_is_destructive_and_its_rollback_says_so(base):
    customers = base.get(table_id("public", "customers"))
    narrowed = replace(customers, columns=customers.columns[:1])
    forward, rollback = plan_pair(base, base.replace(narrowed))
    assert forward.destructive
    assert any("rollback cannot restore data" in n for n in forward.notes)
    assert isinstance(rollback.ops[0], ops.AddColumn)


def test_type_change_rewrites_and_is_followed_by_analyze(base):
    customers = base.get(table_id("public", "customers"))
    wider = replace(customers, columns=(replace(customers.columns[0], type="numeric"), customers.columns[1]))
    plan = make_plan(base, base.replace(wider))
    assert isinstance(plan.ops[-1], ops.AnalyzeTable)
    assert any(code == "table_rewrite" for _, code, _ in plan.hazards())


def test_dropping_a_referenced_table_drops_the_foreign_key_first(base):
    orders_fk = next(c for c in base.of_kind("constraint") if c.kind == "f")
    desired = base.without(table_id("public", "customers"), orders_fk.id,
                           next(c.id for c in base.of_kind("constraint") if c.name == "customers_pkey"))
    plan = make_plan(base, desired)
    assert _position(plan, ops.DropConstraint) < _position(plan, ops.DropTable)


def test_enum_value_appended_runs_before_the_transaction(base):
    enum = base.get(next(e.id for e in base.of_kind("enum")))
    plan = make_plan(base, base.replace(replace(enum, values=("new", "paid", "refunded"))))
    assert _sql(plan) == ["ALTER TYPE \"public\".\"status\" ADD VALUE IF NOT EXISTS 'refunded'"]
    assert not batches(plan)[0].transactional


def test_enum_value_removed_recreates_the_type_and_converts_columns(base):
    enum = base.get(next(e.id for e in base.of_kind("enum")))
    plan = make_plan(base, base.replace(replace(enum, values=("paid",))))
    sql = _sql(plan)
    assert isinstance(plan.ops[0], ops.RecreateEnum) and plan.destructive
    assert 'ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE "public"."status" USING "status"::text::"public"."status"' in sql
    assert sql[-1] == 'DROP TYPE "public"."status__schemadiff_old"'


def test_declared_table_rename_renames_instead_of_drop_and_create(base):
    customers = base.get(table_id("public", "customers"))
    renamed = replace(customers, name="clients")
    pk = next(c for c in base.of_kind("constraint") if c.name == "customers_pkey")
    fk = next(c for c in base.of_kind("constraint") if c.kind == "f")
    desired = base.without(customers.id, pk.id, fk.id).replace(
        renamed, replace(pk, table="clients"), replace(fk, ref_table=("public", "clients")))
    renames = Renames({customers.id: renamed.id})
    forward, rollback = plan_pair(base, desired, renames)
    assert isinstance(forward.ops[0], ops.RenameTable)
    assert not forward.destructive
    assert isinstance(rollback.ops[0], ops.RenameTable) and rollback.ops[0].table_name == "customers"


def test_undeclared_rename_lookalike_is_noted(base):
    customers = base.get(table_id("public", "customers"))
    cols = (customers.columns[0], replace(customers.columns[1], name="mail"))
    plan = make_plan(base, base.replace(replace(customers, columns=cols)))
    assert any("renamed_from: email" in n for n in plan.notes)


def test_cycle_of_foreign_keys_is_created_after_both_tables():
    a = Table("public", "a", (Column("id", "integer", not_null=True), Column("b_id", "integer")))
    b = Table("public", "b", (Column("id", "integer", not_null=True), Column("a_id", "integer")))
    cons = [
        sql_constraint("public", "a", "a_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        sql_constraint("public", "b", "b_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        sql_constraint("public", "a", "a_b_fk", "f", "FOREIGN KEY (b_id) REFERENCES public.b(id)", ("b_id",), ("public", "b"), ("id",)),
        sql_constraint("public", "b", "b_a_fk", "f", "FOREIGN KEY (a_id) REFERENCES public.a(id)", ("a_id",), ("public", "a"), ("id",)),
    ]
    plan = make_plan(Database.of([]), Database.of([a, b, *cons]))
    tables_done = max(i for i, op in enumerate(plan.ops) if isinstance(op, ops.CreateTable))
    assert all(i > tables_done for i, op in enumerate(plan.ops) if isinstance(op, ops.AddConstraint))


def test_plan_order_is_deterministic(base):
    first = _sql(make_plan(Database.of([]), base))
    for _ in range(5):
        assert _sql(make_plan(Database.of([]), base)) == first


def test_constraint_with_only_a_new_name_is_renamed_not_rebuilt(base):
    pk = next(c for c in base.of_kind("constraint") if c.name == "customers_pkey")
    desired = base.without(pk.id).replace(replace(pk, name="customers_pk"))
    plan = make_plan(base, desired)
    assert _sql(plan) == ['ALTER TABLE "public"."customers" RENAME CONSTRAINT "customers_pkey" TO "customers_pk"']


def test_index_with_only_a_new_name_is_renamed(base):
    idx = base.of_kind("index")[0]
    plan = make_plan(base, base.without(idx.id).replace(replace(idx, name="orders_by_customer")))
    assert _sql(plan) == ['ALTER INDEX "public"."orders_customer_idx" RENAME TO "orders_by_customer"']


def test_column_rename_keeps_the_keys_that_use_it(base):
    """A key whose columns only moved with a declared column rename is the same key."""
    customers = base.get(table_id("public", "customers"))
    renamed_col = replace(customers, columns=(replace(customers.columns[0], name="customer_id", renamed_from="id"),
                                              customers.columns[1]))
    pk = next(c for c in base.of_kind("constraint") if c.name == "customers_pkey")
    fk = next(c for c in base.of_kind("constraint") if c.kind == "f")
    desired = base.replace(
        renamed_col,
        replace(pk, columns=("customer_id",)),
        replace(fk, ref_columns=("customer_id",)),
    )
    plan = make_plan(base, desired, Renames(columns={(customers.id, "id"): "customer_id"}))
    assert [type(op) for op in plan.ops] == [ops.RenameColumn]


def test_index_moving_to_a_new_column_while_the_old_one_is_dropped_has_no_cycle():
    """Found by the property round trip: accounts(id) indexed -> accounts(total) indexed."""
    before = Database.of([Table("public", "accounts", (Column("id", "integer"),)),
                          body_index("public", "accounts_i", "accounts", False, "USING btree (id)")])
    after = Database.of([Table("public", "accounts", (Column("total", "integer"),)),
                         body_index("public", "accounts_i", "accounts", False, "USING btree (total)")])
    for plan in plan_pair(before, after):
        kinds = [type(op).__name__ for op in plan.ops]
        assert kinds.index("DropIndex") < kinds.index("DropColumn")
        assert kinds.index("AddColumn") < kinds.index("CreateIndex")
