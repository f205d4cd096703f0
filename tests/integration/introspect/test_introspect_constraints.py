"""Table constraints: primary key, unique, check, foreign key, exclusion."""

from __future__ import annotations

import pytest

from schemadiff.errors import UnsupportedFeature
from schemadiff.model import Constraint
from schemadiff.model.ids import constraint_id

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
    Constraint("public", "customers", "customers_name_region_key", "u",
               "UNIQUE NULLS NOT DISTINCT (name, region)", ("name", "region")),
    Constraint("public", "customers", "customers_pkey", "p",
               "PRIMARY KEY (id) INCLUDE (name)", ("id",)),
    Constraint("public", "orders", "fk_c", "f",
               "FOREIGN KEY (customer_id) REFERENCES public.customers(id)"
               " ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY DEFERRED",
               ("customer_id",), ref_table=("public", "customers"), ref_columns=("id",)),
    # NOT VALID is state, not text: the definition is the one a valid check has.
    Constraint("public", "orders", "later", "c", "CHECK ((qty < 1000))", ("qty",),
               validated=False),
    Constraint("public", "orders", "orders_cname_cregion_fkey", "f",
               "FOREIGN KEY (cname, cregion) REFERENCES public.customers(name, region)"
               " MATCH FULL ON UPDATE CASCADE",
               ("cname", "cregion"), ref_table=("public", "customers"),
               ref_columns=("name", "region")),
    # PITFALLS: IN (...) is stored as = ANY (ARRAY[...]), with casts on varchar.
    Constraint("public", "orders", "orders_code_check", "c",
               "CHECK (((code)::text = ANY ((ARRAY['x'::character varying,"
               " 'y'::character varying])::text[])))", ("code",)),
    Constraint("public", "orders", "orders_during_excl", "x",
               "EXCLUDE USING gist (during WITH &&) WHERE ((status <> 'new'::text))",
               ("during",)),
    Constraint("public", "orders", "orders_pk", "p", "PRIMARY KEY (id)", ("id",)),
    Constraint("public", "orders", "orders_qty_check", "c", "CHECK ((qty > 0))",
               ("qty",)),
    Constraint("public", "orders", "status_ok", "c",
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


def test_partitions_and_inheritance_are_refused(inspect):
    """Their constraints were once read from the parent only; now the tables are refused, by
    name, since the model holds neither PARTITION BY nor INHERITS."""
    with pytest.raises(UnsupportedFeature) as raised:
        inspect("""
            CREATE TABLE parted (id int, at date, PRIMARY KEY (id, at), CHECK (id > 0))
                PARTITION BY RANGE (at);
            CREATE TABLE parted_1 PARTITION OF parted
                FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE base (n int CHECK (n > 0));
            CREATE TABLE heir (m int) INHERITS (base);
        """)
    assert {obj for obj, _ in raised.value.found} == {"table public.heir"}


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
    assert fk.definition == "FOREIGN KEY (parent) REFERENCES public.node(id)"
    assert fk.ref_table == ("public", "node")
