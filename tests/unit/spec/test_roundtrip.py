"""dump -> load -> to_model over a model written the way the catalog prints it.

The expected result is written out by hand: the same objects, with names quoted the way
to_model quotes them and expressions parenthesised the way to_model does. Only an owned
sequence that is just a `serial` column's comes back folded into the column.
"""

from __future__ import annotations

from dataclasses import replace

from schemadiff.model import (
    Column, Constraint, Database, EnumType, Extension, Index, Schema, Sequence, Table,
)
from schemadiff.spec import dump, parse_spec, to_model
from index_models import body_index
from constraint_models import sql_constraint

P, EU = "public", "Sales.EU"

ORDER_COLUMNS = (
    Column("id", "integer", not_null=True, default="nextval('public.\"Order_id_seq\"'::regclass)"),
    Column("Email", "text", comment="Mixed case"),
    Column("email", "text", not_null=True),
    Column("a", "integer"),
    Column("b", "integer"),
    Column("active", "boolean", default="true"),
    Column("deleted_at", "timestamp with time zone"),
    Column("nick", "text", collation="C"),
    Column("my col", "integer"),
    Column("during", "tstzrange"),
    Column("plan", "public.tier", not_null=True, default="'free'::public.tier"),
    Column("total", "numeric(15,4)", generated="(a * b)"),
    Column("n", "bigint", not_null=True, identity="by default"),
    Column("order", "text", comment="a reserved word\nwith two lines"),
    Column("ünï", '"char"', default="'x'::\"char\""),
)

CATALOG = Database.of([
    Schema(P, "Application data"), Schema(EU), Extension("pgcrypto"),
    Extension("btree_gist", "ext"), Schema("ext"),
    EnumType(P, "tier", ("free", "pro", "it's", "yes")),
    Sequence(P, "Order_id_seq", "integer", 1, 1, 1, 2147483647, 1, False, ("Order", "id")),
    Sequence(P, "invoice_seq", "integer", 1000, 5, 1, 99999, 10, True, ("child", "pid2"), "Inv"),
    Sequence(P, "child_oid_seq", "bigint", 1, 1, 1, None, 1, False, ("child", "oid")),
    Sequence(P, "bare_seq"),
    Table(P, "Order", ORDER_COLUMNS, comment="Orders"),
    Table(P, "child", (
        Column("oid", "integer", not_null=True,
               default="nextval('public.child_oid_seq'::regclass)"),
        Column("pid", "integer"), Column("pid2", "integer"),
    )),
    Table(EU, "order", (Column('we"ird', "integer", not_null=True), Column("x.y", "text"))),
    sql_constraint(P, "Order", "Order_pkey", "p", "PRIMARY KEY (id)", ("id",)),
    sql_constraint(P, "Order", "Order_check", "c", "CHECK ((a > b))", ("a", "b")),
    sql_constraint(P, "Order", "Order_a_check", "c", "CHECK ((a = ANY (ARRAY[1, 2])))", ("a",)),
    sql_constraint(P, "Order", "c3", "c", "CHECK (active)", ("active",), comment="Must be active"),
    sql_constraint(P, "Order", "u1", "u",
               'UNIQUE NULLS NOT DISTINCT ("Email", a) DEFERRABLE INITIALLY DEFERRED',
               ("Email", "a")),
    sql_constraint(P, "Order", "x1", "x",
               "EXCLUDE USING gist (during WITH &&, tstzrange(deleted_at, deleted_at) WITH &&)",
               ("during",)),
    sql_constraint(P, "child", "fk1", "f",
               'FOREIGN KEY (pid) REFERENCES public."Order"(id) MATCH FULL ON UPDATE CASCADE '
               "ON DELETE SET NULL DEFERRABLE", ("pid",), (P, "Order"), ("id",)),
    sql_constraint(P, "child", "fk2", "f",
               'FOREIGN KEY (pid2) REFERENCES public."Order"(id) ON DELETE RESTRICT',
               ("pid2",), (P, "Order"), ("id",), comment="Keep orders"),
    sql_constraint(P, "child", "fk3", "f",
               'FOREIGN KEY (oid) REFERENCES "Sales.EU"."order"("we""ird")',
               ("oid",), (EU, "order"), ('we"ird',)),
    sql_constraint(EU, "order", "order_pk", "p", 'PRIMARY KEY ("we""ird")', ('we"ird',)),
    sql_constraint(EU, "order", "order_x.y_key", "u", 'UNIQUE ("x.y")', ("x.y",)),
    body_index(P, "i1", "Order", False,
          'USING btree (lower(email) DESC NULLS LAST, ((a + b)), email text_pattern_ops, '
          'nick COLLATE "C", "my col") INCLUDE ("Email") WHERE (deleted_at IS NULL)',
          comment="Login"),
    body_index(P, "i2", "Order", False, "USING btree (a) WHERE active"),
    body_index(P, "i5", "Order", True,
          "USING btree (COALESCE(a, b), ((a)::text), a) NULLS NOT DISTINCT"),
    body_index(P, "i6", "Order", False, "USING hash (a)"),
    body_index(P, "i7", "Order", False, 'USING btree (a DESC, b NULLS FIRST, "Email" DESC NULLS LAST)'),
    body_index(EU, "Order.Idx", "order", False, 'USING btree ("we""ird", "x.y" DESC)'),
])

# What the dump writes the way a person would (spec/readable.py): shorthand types, casts to the
# column's own type dropped. The server round trip in tests/integration/introspect/
# test_dump_readable.py proves these rebuild the same catalog.
READABLE = {"active": {"type": "bool"}, "deleted_at": {"type": "timestamptz"},
            "plan": {"default": "'free'"}, "ünï": {"default": "'x'"}}
DUMPED_COLUMNS = tuple(replace(c, **READABLE.get(c.name, {})) for c in ORDER_COLUMNS)

EXPECTED_CHANGES = [
    Table(P, "Order", (Column("id", "serial"),) + DUMPED_COLUMNS[1:], comment="Orders"),
    sql_constraint(P, "Order", "Order_pkey", "p", 'PRIMARY KEY ("id")', ("id",)),
    # Checks are dumped without their outer parentheses.
    sql_constraint(P, "Order", "Order_check", "c", "CHECK (a > b)", ("a", "b")),
    sql_constraint(P, "Order", "Order_a_check", "c", "CHECK (a = ANY (ARRAY[1, 2]))", ("a",)),
    sql_constraint(P, "Order", "u1", "u",
               'UNIQUE NULLS NOT DISTINCT ("Email", "a") DEFERRABLE INITIALLY DEFERRED',
               ("Email", "a")),
    sql_constraint(P, "child", "fk1", "f",
               'FOREIGN KEY ("pid") REFERENCES "public"."Order"("id") MATCH FULL '
               "ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE", ("pid",), (P, "Order"), ("id",)),
    sql_constraint(P, "child", "fk2", "f",
               'FOREIGN KEY ("pid2") REFERENCES "public"."Order"("id") ON DELETE RESTRICT',
               ("pid2",), (P, "Order"), ("id",), comment="Keep orders"),
    sql_constraint(P, "child", "fk3", "f",
               'FOREIGN KEY ("oid") REFERENCES "Sales.EU"."order"("we""ird")',
               ("oid",), (EU, "order"), ('we"ird',)),
    body_index(P, "i1", "Order", False,
          'USING btree (lower(email) DESC NULLS LAST, (a + b), "email" text_pattern_ops, '
          '"nick" COLLATE "C", "my col") INCLUDE ("Email") WHERE (deleted_at IS NULL)',
          comment="Login"),
    body_index(P, "i2", "Order", False, 'USING btree ("a") WHERE (active)'),
    body_index(P, "i5", "Order", True,
          'USING btree (COALESCE(a, b), ((a)::text), "a") NULLS NOT DISTINCT'),
    body_index(P, "i6", "Order", False, 'USING hash ("a")'),
    body_index(P, "i7", "Order", False,
          'USING btree ("a" DESC, "b" NULLS FIRST, "Email" DESC NULLS LAST)'),
]


def round_trip(db: Database) -> Database:
    return to_model(parse_spec(dump(db)))


def test_round_trip_gives_back_the_same_objects():
    expected = CATALOG.replace(*EXPECTED_CHANGES).without(
        Sequence(P, "Order_id_seq").id)  # folded into `id: serial`
    back = round_trip(CATALOG)
    assert sorted(back.objects) == sorted(expected.objects)
    for oid, obj in expected.objects.items():
        assert back.get(oid) == obj, oid


def test_round_trip_of_the_round_trip_is_stable():
    once = round_trip(CATALOG)
    assert round_trip(once) == once
    assert dump(round_trip(once)) == dump(once)


def test_serial_folding_is_the_only_loss():
    text = dump(CATALOG)
    assert "id: serial" in text
    assert "Order_id_seq" not in text
    assert "child_oid_seq" in text  # a bigint sequence on an integer column is not a serial
