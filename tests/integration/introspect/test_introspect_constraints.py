"""Table constraints: primary key, unique, check, foreign key, exclusion."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.errors import UnsupportedFeature
from schemadiff.model import Constraint
from schemadiff.model.ids import constraint_id
from constraint_models import sql_constraint
from schemadiff.render.constraints import constraint_definition

SQL = """
CREATE TABLE customers (
    id bigint, name text, region text,
    PRIMARY KEY (id) INCLUDE (name),
    UNIQUE NULLS NOT DISTINCT (name, region)
);
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY,
    customer_id bigint,
    cname text,
    cregion text,
    status text CONSTRAINT status_ok CHECK (status IN ('new', 'paid')),
    code varchar(5) CHECK (code IN ('x', 'y')),
    qty int NOT NULL CHECK (qty > 0),
    during tstzrange,
    CONSTRAINT orders_pk PRIMARY KEY (id),
    CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers
        ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (cname, cregion) REFERENCES customers (name, region)
        MATCH FULL ON UPDATE CASCADE,
    EXCLUDE USING gist (during WITH &&) WHERE (status <> 'new')
);
ALTER TABLE orders ADD CONSTRAINT later CHECK (qty < 1000) NOT VALID;
COMMENT ON CONSTRAINT status_ok ON orders IS 'allowed';
"""

EXPECTED = [
    sql_constraint("public", "customers", "customers_name_region_key", "u",
               "UNIQUE NULLS NOT DISTINCT (name, region)", ("name", "region")),
    sql_constraint("public", "customers", "customers_pkey", "p",
               "PRIMARY KEY (id) INCLUDE (name)", ("id",)),
    sql_constraint("public", "orders", "fk_c", "f",
               "FOREIGN KEY (customer_id) REFERENCES public.customers(id)"
               " ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY DEFERRED",
               ("customer_id",), ref_table=("public", "customers"), ref_columns=("id",)),
    # NOT VALID is state, not text: the definition is the one a valid check has.
    sql_constraint("public", "orders", "later", "c", "CHECK ((qty < 1000))", ("qty",),
               validated=False),
    sql_constraint("public", "orders", "orders_cname_cregion_fkey", "f",
               "FOREIGN KEY (cname, cregion) REFERENCES public.customers(name, region)"
               " MATCH FULL ON UPDATE CASCADE",
               ("cname", "cregion"), ref_table=("public", "customers"),
               ref_columns=("name", "region")),
    # PITFALLS: IN (...) is stored as = ANY (ARRAY[...]), with casts on varchar, and that text
    # is no fixed point: on a varchar column the list is read as written (sqltree.varchar_in_list).
    sql_constraint("public", "orders", "orders_code_check", "c",
               "CHECK (code IN ('x', 'y'))", ("code",)),
    sql_constraint("public", "orders", "orders_during_excl", "x",
               "EXCLUDE USING gist (during WITH &&) WHERE ((status <> 'new'::text))",
               ("during",)),
    sql_constraint("public", "orders", "orders_pk", "p", "PRIMARY KEY (id)", ("id",)),
    sql_constraint("public", "orders", "orders_qty_check", "c", "CHECK ((qty > 0))",
               ("qty",)),
    sql_constraint("public", "orders", "status_ok", "c",
               "CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text])))", ("status",),
               comment="allowed"),
]


def test_every_kind_as_the_catalog_prints_it(inspect):
    db = inspect(SQL)
    got = db.of_kind("constraint")
    assert got == EXPECTED


def test_foreign_key_columns_in_key_order(inspect):
    db = inspect("""
        CREATE TABLE p (a int, b int, UNIQUE (b, a));
        CREATE TABLE c (x int, y int, FOREIGN KEY (y, x) REFERENCES p (b, a));
    """)
    fk = db.get(constraint_id("public", "c", "c_y_x_fkey"))
    assert (fk.columns, fk.ref_columns) == (("y", "x"), ("b", "a"))


def test_an_inherited_check_is_read_at_the_parent(inspect):
    """Both are modelled now (Table.inherits, Table.partition_of): the check a child inherits
    (conislocal false) is its parent's, not a constraint of the child's own."""
    db = inspect("""
        CREATE TABLE base (n int CHECK (n > 0));
        CREATE TABLE heir (m int CHECK (m < 10)) INHERITS (base);
    """)
    assert sorted((c.table, c.name) for c in db.of_kind("constraint")) == [
        ("base", "base_n_check"), ("heir", "heir_m_check")]


def test_partition_constraints_are_read_at_the_parent(inspect):
    """A partition's copies of its parent's key and check (conparentid, conislocal false) are not
    the partition's own constraints; its own check is."""
    db = inspect("""
        CREATE TABLE parted (id int, at date, PRIMARY KEY (id, at), CHECK (id > 0))
            PARTITION BY RANGE (at);
        CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        ALTER TABLE parted_1 ADD CONSTRAINT parted_1_small CHECK (id < 100);
    """)
    assert sorted((c.table, c.name) for c in db.of_kind("constraint")) == [
        ("parted", "parted_id_check"), ("parted", "parted_pkey"), ("parted_1", "parted_1_small")]


def test_self_reference(inspect):
    db = inspect("CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node)")
    fk = db.get(constraint_id("public", "node", "node_parent_fkey"))
    assert constraint_definition(fk) == "FOREIGN KEY (parent) REFERENCES public.node(id)"
    assert fk.ref_table == ("public", "node")


def test_fields_from_the_catalog_columns_render_what_the_catalog_prints(inspect, db_conn):
    """The typed fields come from pg_constraint's and pg_index's columns; written back by render
    they give pg_get_constraintdef()'s text, clause for clause. Storage parameters aside:
    pg_get_constraintdef() does not print a key's (pg_class.reloptions of its index holds them)."""
    db = inspect(SQL + """
        CREATE TABLE tuned (a int, b int,
            CONSTRAINT tuned_pk PRIMARY KEY (a) INCLUDE (b) WITH (fillfactor = 70, deduplicate_items = off),
            CONSTRAINT tuned_u UNIQUE (b) DEFERRABLE);
    """)
    db_conn.execute("SET search_path = ''")
    printed = dict(db_conn.execute(
        "SELECT conname, pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
        "WHERE contype IN ('p', 'u', 'c', 'f', 'x') AND connamespace = 'public'::regnamespace"
    ).fetchall())
    db_conn.execute("RESET search_path")
    # the one exception: a varchar column's IN list, written as the list (its stored text would
    # be stored in a second form: test_dump_readable.py proves the list gives this catalog)
    assert "= ANY ((ARRAY['x'::character varying" in printed["orders_code_check"]
    printed["orders_code_check"] = "CHECK (code IN ('x', 'y'))"
    for c in db.of_kind("constraint"):
        assert constraint_definition(replace(c, parameters=())) == \
            printed[c.name].removesuffix(" NOT VALID"), c.name
    tuned = db.get(constraint_id("public", "tuned", "tuned_pk"))
    assert tuned.parameters == (("deduplicate_items", "false"), ("fillfactor", "70"))
