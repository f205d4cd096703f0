"""Views, materialized views, policies, grants and domains as introspection reads them."""

from __future__ import annotations

import pytest

from schemadiff.model.indexes import IndexKey
from schemadiff.model import PUBLIC, Domain, Grant, Policy, View
from schemadiff.model.ids import ObjectId, index_id, schema_id, table_id
from schemadiff.model.grants import grant_id
from schemadiff.model.domains import domain_id
from schemadiff.model.views import view_id

SQL = """
CREATE SCHEMA app;
CREATE DOMAIN app.quantity AS integer NOT NULL DEFAULT 1 CONSTRAINT positive CHECK (VALUE > 0);
CREATE TABLE app.orders (id integer PRIMARY KEY, customer text NOT NULL, qty app.quantity);
CREATE VIEW app.order_list WITH (security_barrier) AS SELECT id, customer FROM app.orders;
CREATE VIEW app.customers AS SELECT DISTINCT customer FROM app.order_list;
CREATE MATERIALIZED VIEW app.totals AS SELECT customer, sum(qty) AS qty FROM app.orders GROUP BY customer;
CREATE UNIQUE INDEX totals_customer ON app.totals (customer);
COMMENT ON MATERIALIZED VIEW app.totals IS 'per customer';
"""


def test_view_reads_columns_and_depends_on_tables(inspect):
    db = inspect(SQL)
    v = db.get(view_id("app", "order_list"))
    assert isinstance(v, View) and not v.materialized
    assert v.columns == (("id", "integer"), ("customer", "text"))
    assert v.options == ("security_barrier=true",)
    assert v.reads == {("app", "orders", "id"), ("app", "orders", "customer")}
    assert v.depends_on == {schema_id("app"), table_id("app", "orders")}
    assert not v.definition.endswith(";") and "FROM app.orders" in v.definition


def test_view_on_view(inspect):
    db = inspect(SQL)
    v = db.get(view_id("app", "customers"))
    assert v.reads == {("app", "order_list", "customer")}
    assert view_id("app", "order_list") in v.depends_on


def test_materialized_view_with_index(inspect):
    db = inspect(SQL)
    m = db.get(view_id("app", "totals", materialized=True))
    assert m.materialized and m.comment == "per customer" and m.options == ()
    assert m.columns == (("customer", "text"), ("qty", "bigint"))
    index = db.get(index_id("app", "totals_customer"))
    assert index.table == "totals" and index.unique and index.keys == (IndexKey.of("customer"),)
    assert index.depends_on == {m.id}


def test_security_invoker(inspect, server):
    if server.version_num < 150000:
        pytest.skip("security_invoker is PostgreSQL 15+")
    db = inspect("CREATE TABLE t (a int); CREATE VIEW v WITH (security_invoker = on) AS SELECT a FROM t;"
                 "CREATE VIEW w WITH (security_invoker = false, check_option = cascaded) AS SELECT a FROM t")
    assert db.get(view_id("public", "v")).options == ("security_invoker=true",)
    assert db.get(view_id("public", "w")).options == ("check_option=cascaded",)


def test_domain(inspect):
    db = inspect(SQL)
    d = db.get(domain_id("app", "quantity"))
    assert d == Domain("app", "quantity", "integer", True, "1", (("positive", "CHECK ((VALUE > 0))"),))
    assert db.get(table_id("app", "orders")).column("qty").type == "app.quantity"
    assert domain_id("app", "quantity") in db.get(table_id("app", "orders")).depends_on


def test_rls_and_policies_with_roles(inspect):
    db = inspect("""
        CREATE TABLE docs (id int, owner text);
        ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
        ALTER TABLE docs FORCE ROW LEVEL SECURITY;
        CREATE POLICY mine ON docs AS RESTRICTIVE FOR UPDATE TO sd_app, sd_admin
            USING (owner = current_user) WITH CHECK (owner = current_user);
        CREATE POLICY everyone ON docs FOR SELECT USING (true);
    """)
    t = db.get(table_id("public", "docs"))
    assert t.rls_enabled and t.rls_forced
    mine = db.get(ObjectId("policy", "public", "mine", parent="docs"))
    assert mine == Policy("public", "docs", "mine", "UPDATE", False, ("sd_admin", "sd_app"),
                          "(owner = CURRENT_USER)", "(owner = CURRENT_USER)")
    assert mine.reads == {("public", "docs", "owner")} and t.id in mine.depends_on
    everyone = db.get(ObjectId("policy", "public", "everyone", parent="docs"))
    assert everyone.roles == (PUBLIC,) and everyone.using == "true"


def test_grants_leave_out_owner_and_defaults(inspect):
    db = inspect(SQL + """
        GRANT USAGE ON SCHEMA app TO sd_app;
        GRANT SELECT, INSERT ON app.orders TO sd_app;
        GRANT SELECT ON app.orders TO sd_admin WITH GRANT OPTION;
        GRANT SELECT ON app.totals TO PUBLIC;
        CREATE FUNCTION app.f(a integer, b text) RETURNS int LANGUAGE sql AS 'SELECT a';
        GRANT EXECUTE ON FUNCTION app.f(integer, text) TO sd_app;
    """)
    grants = {g.id: g for g in db.of_kind("grant")}
    assert set(grants) == {
        grant_id("app", "schema", "app", "sd_app"),
        grant_id("app", "table", "orders", "sd_app"),
        grant_id("app", "table", "orders", "sd_admin"),
        grant_id("app", "matview", "totals", PUBLIC),
        grant_id("app", "function", "f", "sd_app", "integer, text"),
    }  # no owner entries, no PUBLIC EXECUTE on f (a default), no PUBLIC USAGE on public
    orders = grants[grant_id("app", "table", "orders", "sd_app")]
    assert orders.privileges == ("INSERT", "SELECT") and not orders.with_grant_option
    assert grants[grant_id("app", "table", "orders", "sd_admin")].with_grant_option
    f = grants[grant_id("app", "function", "f", "sd_app", "integer, text")]
    assert f == Grant("app", "function", "f", "sd_app", ("EXECUTE",), signature="integer, text")
    assert f.object_id == ObjectId("function", "app", "f", signature="integer, text")
