"""depends_on: the edges the planner orders by, read from pg_depend."""

from __future__ import annotations

from schemadiff.model.ids import (
    constraint_id, enum_id, extension_id, index_id, schema_id, sequence_id, table_id,
)

APP = schema_id("app")

SQL = """
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'paid');
CREATE TYPE app.tag AS ENUM ('x');
CREATE SEQUENCE app.ticket;
CREATE TABLE app.customers (id bigserial PRIMARY KEY, email citext UNIQUE, code text);
CREATE UNIQUE INDEX customers_code ON app.customers (code);
CREATE TABLE app.orders (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint REFERENCES app.customers,
    customer_code text REFERENCES app.customers (code),
    status app.status DEFAULT 'new',
    tags app.tag[],
    ticket bigint DEFAULT nextval('app.ticket')
);
CREATE INDEX orders_open ON app.orders (id) WHERE status = 'new';
"""


def deps(db, oid):
    return db.get(oid).depends_on


def test_tables(inspect):
    db = inspect(SQL)
    # Column types (an enum array counts as the enum), defaults, extension types, the schema.
    assert deps(db, table_id("app", "orders")) == {
        APP, enum_id("app", "status"), enum_id("app", "tag"), sequence_id("app", "ticket")}
    assert deps(db, table_id("app", "customers")) == {
        APP, extension_id("citext"), sequence_id("app", "customers_id_seq")}


def test_constraints(inspect):
    db = inspect(SQL)
    orders, customers = table_id("app", "orders"), table_id("app", "customers")
    assert deps(db, constraint_id("app", "orders", "orders_pkey")) == {orders}
    # A foreign key needs the referenced table and the unique constraint or index it uses.
    assert deps(db, constraint_id("app", "orders", "orders_customer_id_fkey")) == {
        orders, customers, constraint_id("app", "customers", "customers_pkey")}
    assert deps(db, constraint_id("app", "orders", "orders_customer_code_fkey")) == {
        orders, customers, index_id("app", "customers_code")}


def test_indexes_enums_sequences_extensions(inspect):
    db = inspect(SQL)
    assert deps(db, index_id("app", "orders_open")) == {
        table_id("app", "orders"), enum_id("app", "status")}
    assert deps(db, index_id("app", "customers_code")) == {table_id("app", "customers")}
    assert deps(db, enum_id("app", "status")) == {APP}
    assert deps(db, sequence_id("app", "ticket")) == {APP}
    # OWNED BY adds nothing: the table's default already needs the sequence.
    assert deps(db, sequence_id("app", "customers_id_seq")) == {APP}
    assert deps(db, extension_id("citext")) == {schema_id("public")}


def test_every_edge_points_inside_the_model(inspect):
    """Identity sequences and system objects never appear as targets (partitions are refused)."""
    db = inspect(SQL)
    for obj in db:
        assert obj.depends_on <= set(db.objects), obj.id
        assert obj.id not in obj.depends_on


def test_extension_needs_its_requirement(inspect):
    db = inspect("CREATE EXTENSION earthdistance CASCADE;")
    assert deps(db, extension_id("earthdistance")) == {schema_id("public"), extension_id("cube")}
