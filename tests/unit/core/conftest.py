"""Builders for hand-made models (pure tests: no database)."""

import pytest

from schemadiff.model import Column, Constraint, Database, EnumType, Index, Schema, Table
from index_models import body_index
from constraint_models import sql_constraint


@pytest.fixture
def base():
    """A small catalog-style model: customers and orders with keys, a check and an index."""
    customers = Table("public", "customers", (Column("id", "bigint", not_null=True), Column("email", "text")))
    orders = Table("public", "orders", (
        Column("id", "bigint", not_null=True),
        Column("customer_id", "bigint"),
        Column("status", "public.status", default="'new'::public.status"),
    ))
    return Database.of([
        Schema("public"),
        EnumType("public", "status", ("new", "paid")),
        customers, orders,
        sql_constraint("public", "customers", "customers_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        sql_constraint("public", "orders", "orders_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        sql_constraint("public", "orders", "orders_customer_id_fkey", "f",
                   "FOREIGN KEY (customer_id) REFERENCES public.customers(id)", ("customer_id",),
                   ("public", "customers"), ("id",)),
        body_index("public", "orders_customer_idx", "orders", False, "USING btree (customer_id)"),
    ])
