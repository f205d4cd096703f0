"""Plans for views, policies, grants and domains from hand-built models (no database)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.diff.grants import adopt_unmanaged_grants
from schemadiff.model import PUBLIC, Column, Database, Domain, Grant, Index, Policy, Schema, Table, View
from schemadiff.model.ids import schema_id, table_id
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan import ops
from schemadiff.render import statements
from index_models import body_index

T = table_id("public", "users")
USERS = Table("public", "users", (Column("id", "integer", True), Column("email", "text"),
                                  Column("flags", "integer")))


def _view(name, columns, reads, depends, definition=None, materialized=False):
    return View("public", name, materialized, definition or f"SELECT {', '.join(c for c, _ in columns)}",
                tuple(columns), reads=frozenset(reads), depends_on=frozenset(depends))


FLAGS = _view("user_flags", [("id", "integer"), ("email", "text"), ("flags", "integer")],
              {("public", "users", c) for c in ("id", "email", "flags")}, {schema_id("public"), T})
EMAILS = _view("user_emails", [("email", "text")], {("public", "user_flags", "email")},
               {schema_id("public"), FLAGS.id})


@pytest.fixture
def current():
    return Database.of([Schema("public"), USERS, FLAGS, EMAILS])


def _kinds(plan):
    return [type(op).__name__ for op in plan.ops]


def _sql(plan):
    return [s for op in plan.ops for s in statements(op)]


def test_dropping_a_column_rebuilds_the_views_reading_it_recursively(current):
    users = replace(USERS, columns=USERS.columns[:2])
    flags = replace(FLAGS, columns=FLAGS.columns[:2], definition="SELECT id, email",
                    reads=frozenset(list(FLAGS.reads)[:0]))
    plan = make_plan(current, current.replace(users, flags))
    assert _kinds(plan) == ["DropView", "DropView", "DropColumn", "CreateView", "CreateView"]
    assert [op.target.name for op in plan.ops] == [
        "user_emails", "user_flags", "users", "user_flags", "user_emails"]


def test_retyping_a_column_rebuilds_an_unchanged_view(current):
    users = replace(USERS, columns=(Column("id", "bigint", True), *USERS.columns[1:]))
    plan = make_plan(current, current.replace(users))
    kinds = _kinds(plan)
    assert kinds.index("DropView") < kinds.index("AlterColumnType") < kinds.index("CreateView")
    assert kinds.count("DropView") == kinds.count("CreateView") == 2


def test_a_view_not_reading_the_column_is_left_alone(current):
    other = _view("ids", [("id", "integer")], {("public", "users", "id")}, {T})
    db = current.replace(other)
    users = replace(USERS, columns=USERS.columns[:2])
    flags = replace(FLAGS, columns=FLAGS.columns[:2], reads=frozenset())
    plan = make_plan(db, db.replace(users, flags))
    assert "ids" not in [op.target.name for op in plan.ops]


def test_appended_column_is_create_or_replace_and_reordered_is_drop_and_create(current):
    appended = replace(EMAILS, columns=(("email", "text"), ("n", "bigint")), definition="SELECT email, 1")
    assert _kinds(make_plan(current, current.replace(appended))) == ["ReplaceView"]
    reordered = replace(FLAGS, columns=(FLAGS.columns[1], FLAGS.columns[0], FLAGS.columns[2]))
    plan = make_plan(current, current.replace(reordered))
    assert _kinds(plan) == ["DropView", "DropView", "CreateView", "CreateView"]  # and its dependant


def test_view_sql():
    v = replace(FLAGS, options=("check_option=local", "security_barrier=true"))
    assert statements(ops.CreateView(v)) == [
        'CREATE VIEW "public"."user_flags" WITH (check_option=local, security_barrier=true) AS\n'
        "SELECT id, email, flags"]
    m = replace(v, materialized=True, options=())
    assert statements(ops.CreateView(m))[0].endswith("\nWITH DATA")
    assert statements(ops.DropView(m)) == ['DROP MATERIALIZED VIEW "public"."user_flags"']


def test_replaced_materialized_view_gets_its_indexes_and_grants_back():
    m = _view("totals", [("n", "bigint")], {("public", "users", "id")}, {T}, materialized=True)
    idx = body_index("public", "totals_n", "totals", False, "USING btree (n)", depends_on=frozenset({m.id}))
    grant = Grant("public", "matview", "totals", "app", ("SELECT",))
    current = Database.of([Schema("public"), USERS, m, idx, grant])
    changed = replace(m, columns=(("n", "bigint"), ("x", "integer")), definition="SELECT count(*), 1")
    plan = make_plan(current, current.replace(changed))
    assert _kinds(plan) == ["DropView", "CreateView", "CreateIndex", "GrantPrivileges"]
    assert plan.hazards()[0][1] == ops.LOCKS_TABLE
    dropped = make_plan(current, current.without(m.id, idx.id, grant.id))
    assert _kinds(dropped) == ["DropView"]  # its index and grant go with it


def test_policy_alter_in_place_or_drop_and_create():
    p = Policy("public", "users", "mine", using="(id = 1)", with_check="(id = 1)")
    db = Database.of([Schema("public"), USERS, p])
    assert _kinds(make_plan(db, db.replace(replace(p, roles=("app",))))) == ["AlterPolicy"]
    assert _kinds(make_plan(db, db.replace(replace(p, with_check=None)))) == ["DropPolicy", "CreatePolicy"]
    assert _kinds(make_plan(db, db.replace(replace(p, command="SELECT", with_check=None)))) == [
        "DropPolicy", "CreatePolicy"]


def test_policy_and_grant_sql_and_security_hazards():
    p = Policy("public", "users", "all_rows", "SELECT", True, ("app", PUBLIC)[1:], "true")
    assert statements(ops.CreatePolicy(p)) == [
        'CREATE POLICY "all_rows" ON "public"."users" AS PERMISSIVE FOR SELECT TO PUBLIC USING (true)']
    assert ops.CreatePolicy(p).hazards()[0][0] == ops.SECURITY
    assert not ops.CreatePolicy(replace(p, permissive=False)).hazards()
    g = Grant("public", "function", "f", PUBLIC, ("EXECUTE",), signature="integer, text")
    assert statements(ops.GrantPrivileges(g, g.privileges)) == [
        'GRANT EXECUTE ON ROUTINE "public"."f"(integer, text) TO PUBLIC']
    assert ops.GrantPrivileges(g, g.privileges).hazards()[0][0] == ops.SECURITY
    s = Grant("app", "schema", "app", "role", ("USAGE",))
    assert statements(ops.RevokePrivileges(s, ("USAGE",), grant_option_only=True)) == [
        'REVOKE GRANT OPTION FOR USAGE ON SCHEMA "app" FROM "role"']


def test_grant_changes_revoke_first_then_grant():
    old = Grant("public", "table", "users", "app", ("DELETE", "SELECT"), with_grant_option=True)
    new = Grant("public", "table", "users", "app", ("INSERT", "SELECT"))
    db = Database.of([Schema("public"), USERS, old])
    plan = make_plan(db, db.replace(new))
    assert _sql(plan) == [
        'REVOKE DELETE ON TABLE "public"."users" FROM "app"',
        'REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."users" FROM "app"',
        'GRANT INSERT ON TABLE "public"."users" TO "app"',
    ]


def test_rls_flags_on_new_and_existing_tables():
    db = Database.of([Schema("public"), USERS])
    secured = replace(USERS, rls_enabled=True, rls_forced=True)
    assert _sql(make_plan(db, db.replace(secured))) == [
        'ALTER TABLE "public"."users" ENABLE ROW LEVEL SECURITY',
        'ALTER TABLE "public"."users" FORCE ROW LEVEL SECURITY',
    ]
    forward, back = plan_pair(db.replace(secured), db)
    assert [c for _, c, _ in forward.hazards()] == [ops.SECURITY]  # disabling it
    created = make_plan(Database.of([Schema("public")]), db.replace(secured))
    assert _kinds(created) == ["CreateTable", "SetRowLevelSecurity"]


def test_domain_changes():
    d = Domain("public", "qty", "integer", checks=(("positive", "CHECK ((VALUE > 0))"),))
    db = Database.of([Schema("public"), d])
    new = replace(d, not_null=True, default="0", checks=(("positive", "CHECK ((VALUE >= 0))"),))
    plan = make_plan(db, db.replace(new))
    assert _sql(plan) == [
        'ALTER DOMAIN "public"."qty" SET DEFAULT 0',
        'ALTER DOMAIN "public"."qty" SET NOT NULL',
        'ALTER DOMAIN "public"."qty" DROP CONSTRAINT "positive"',
        'ALTER DOMAIN "public"."qty" ADD CONSTRAINT "positive" CHECK ((VALUE >= 0)) NOT VALID',
        'ALTER DOMAIN "public"."qty" VALIDATE CONSTRAINT "positive"',
    ]
    assert _kinds(make_plan(db, db.replace(replace(d, base_type="bigint")))) == ["DropDomain", "CreateDomain"]


def test_unmanaged_grants_are_carried_into_the_desired_model():
    audit = Grant("public", "table", "users", "auditor", ("SELECT",))
    managed = Grant("public", "table", "orders", "app", ("SELECT",))
    orders = Table("public", "orders", (Column("id", "integer"),))
    current = Database.of([Schema("public"), USERS, orders, audit, managed])
    desired = Database.of([Schema("public"), USERS, orders])  # canonical: no grants at all
    spec = Database.of([Grant("public", "table", "orders", "", ())])  # `orders: {}`
    adopted = adopt_unmanaged_grants(current, desired, spec)
    assert set(adopted.of_kind("grant")) == {audit}  # users keeps its grant; orders' is revoked
    assert adopt_unmanaged_grants(current, desired.without(T), spec).of_kind("grant") == []
