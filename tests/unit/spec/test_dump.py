"""dump: the YAML text written for a model read from a database."""

from __future__ import annotations

import textwrap

import pytest
import yaml

from schemadiff.model import (
    Column, Constraint, Database, EnumType, Extension, Index, Schema, Sequence, Table,
)
from schemadiff.spec import DumpError, dump, parse_spec, to_model
from index_models import body_index
from constraint_models import sql_constraint

SERIAL_DEFAULT = "nextval('public.t_id_seq'::regclass)"


def serial_db(seq_name: str = "t_id_seq", **changes) -> Database:
    """A table whose id column is what `id serial` creates, with `changes` to break it."""
    column = dict(type="integer", not_null=True, default=SERIAL_DEFAULT)
    sequence = dict(data_type="integer", start=1, increment=1, min_value=1,
                    max_value=2147483647, cache=1, cycle=False, owned_by=("t", "id"))
    for key, value in changes.items():
        (column if key in column else sequence)[key] = value
    column, sequence = Column("id", **column), Sequence("public", seq_name, **sequence)
    return Database.of([Schema("public"), Table("public", "t", (column,)), sequence])


def test_empty_database():
    assert dump(Database.of([Schema("public")])) == "{}\n"


def test_exact_text_with_shorthands_and_stable_order():
    db = Database.of([
        Schema("public", "Application data"),
        Extension("pgcrypto"), Extension("citext", "ext"), Schema("ext"),
        EnumType("public", "tier", ("free", "pro")),
        Table("public", "b_table", (
            Column("id", "bigint", not_null=True),
            Column("email", "text"),
            Column("plan", "public.tier", not_null=True, default="'free'::public.tier"),
        )),
        Table("public", "a_table", (Column("x", "character varying(255)"),)),
        sql_constraint("public", "b_table", "b_table_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        sql_constraint("public", "b_table", "z_check", "c", "CHECK ((id > 0))", ("id",)),
        sql_constraint("public", "b_table", "b_table_email_key", "u", "UNIQUE (email)", ("email",)),
        body_index("public", "b_idx", "b_table", False, "USING btree (email)"),
    ])
    assert dump(db) == textwrap.dedent("""\
        extensions:
          citext: {schema: ext}
          pgcrypto: {}
        schemas:
          ext: {}
          public:
            comment: Application data
            enums:
              tier: [free, pro]
            tables:
              a_table:
                columns:
                  x: varchar(255)
              b_table:
                columns:
                  id: {type: bigint, not_null: true}
                  email: text
                  plan: {type: public.tier, not_null: true, default: '''free'''}
                primary_key: [id]
                unique:
                  b_table_email_key: [email]
                checks:
                  z_check: id > 0
                indexes:
                  b_idx: [email]
        """)


def test_full_forms_where_shorthands_would_lose_something():
    db = Database.of([
        EnumType("public", "e", ("a",), comment="An enum"),
        Table("public", "t", (Column("id", "integer"), Column("o", "integer"))),
        sql_constraint("public", "t", "t_pk", "p", "PRIMARY KEY (id) DEFERRABLE", ("id",)),
        sql_constraint("public", "t", "u", "u", "UNIQUE (o)", ("o",), comment="One o"),
        sql_constraint("public", "t", "c", "c", "CHECK ((o > 0))", ("o",), comment="Positive"),
        sql_constraint("public", "t", "f", "f", "FOREIGN KEY (o) REFERENCES public.t(id)", ("o",),
                   ("public", "t"), ("id",)),
        sql_constraint("public", "t", "x", "x", "EXCLUDE USING gist (o WITH =)", ("o",)),
        body_index("public", "i", "t", True, "USING hash (o) WHERE (o > 1)", comment="Hashed"),
    ])
    doc = yaml.safe_load(dump(db))["schemas"]["public"]
    assert doc["enums"] == {"e": {"values": ["a"], "comment": "An enum"}}
    table = doc["tables"]["t"]
    assert table["primary_key"] == {"columns": ["id"], "name": "t_pk", "deferrable": True}
    assert table["unique"] == {"u": {"columns": ["o"], "comment": "One o"}}
    assert table["checks"] == {"c": {"expression": "o > 0", "comment": "Positive"}}
    assert table["foreign_keys"] == {"f": {"columns": ["o"],
                                           "references": {"table": "t", "columns": ["id"]}}}
    assert table["exclusions"] == {"x": "EXCLUDE USING gist (o WITH =)"}
    assert table["indexes"] == {"i": {"columns": ["o"], "unique": True, "method": "hash",
                                      "where": "o > 1", "comment": "Hashed"}}


def test_multi_line_text_is_a_block_and_odd_strings_are_quoted():
    db = Database.of([
        Table("public", "t", (
            Column("on", "text", comment="first line\nsecond line\n"),
            Column("null", "text", default="'yes'::text"),
            Column("123", "integer"),
        ), comment="Two\nlines"),
        EnumType("public", "e", ("yes", "no", "null", "1.5", "a: b", "- x", "")),
    ])
    text = dump(db)
    assert "        comment: |-\n          Two\n          lines\n" in text
    data = yaml.safe_load(text)["schemas"]["public"]
    assert list(data["tables"]["t"]["columns"]) == ["on", "null", "123"]
    assert data["enums"]["e"] == ["yes", "no", "null", "1.5", "a: b", "- x", ""]
    readable = Table("public", "t", (  # `'yes'::text` on a text column is dumped as `'yes'`
        Column("on", "text", comment="first line\nsecond line\n"),
        Column("null", "text", default="'yes'"),
        Column("123", "integer"),
    ), comment="Two\nlines")
    assert to_model(parse_spec(text)) == db.replace(Schema("public"), readable)


def test_serial_column_is_folded():
    text = dump(serial_db())
    assert "id: serial" in text and "sequences" not in text
    assert to_model(parse_spec(text)).tables()[0].columns == (Column("id", "serial"),)


@pytest.mark.parametrize("changes, sql_type", [
    ({"type": "bigint", "data_type": "bigint", "max_value": None}, "bigserial"),
    ({"type": "smallint", "data_type": "smallint", "max_value": 32767}, "smallserial"),
    ({"min_value": None}, "serial"),
])
def test_serial_variants(changes, sql_type):
    assert f"id: {sql_type}\n" in dump(serial_db(**changes))


@pytest.mark.parametrize("changes", [
    {"start": 5}, {"increment": 2}, {"cache": 10}, {"cycle": True}, {"min_value": 0},
    {"max_value": 1000}, {"comment": "numbers"}, {"data_type": "bigint"},
    {"owned_by": None}, {"seq_name": "other_seq", "default": "nextval('public.other_seq'::regclass)"},
    {"not_null": False}, {"default": "nextval('public.other_seq'::regclass)"},
    {"type": "text"},
])
def test_anything_unusual_keeps_the_sequence_explicit(changes):
    db = serial_db(**changes)
    text = dump(db)
    assert "serial" not in text
    assert to_model(parse_spec(text)) == db


def test_serial_with_quoted_names():
    seq = 'Order_my id_seq'
    db = Database.of([
        Table("public", "Order", (Column("my id", "bigint", not_null=True,
                                         default="nextval('public.\"Order_my id_seq\"'::regclass)"),)),
        Sequence("public", seq, owned_by=("Order", "my id")),
    ])
    assert "my id: bigserial" in dump(db)


def test_identity_sequences_are_not_listed():
    db = Database.of([
        Table("public", "t", (Column("id", "bigint", not_null=True, identity="always"),)),
        Sequence("public", "t_id_seq", owned_by=("t", "id")),
    ])
    text = dump(db)
    assert "sequences" not in text
    assert "id: {type: bigint, not_null: true, identity: always}" in text


def test_sequences_list_only_what_differs_from_defaults():
    db = Database.of([
        Table("public", "t", (Column("n", "bigint"),)),
        Sequence("public", "s1", owned_by=("t", "n")),
        Sequence("public", "s2", "integer", 50, -2, -1000, 100, 5, True, comment="Down"),
        Sequence("public", "s4", increment=-1, start=100, max_value=100),
        Sequence("public", "s3", increment=-1, start=-1),
    ])
    seqs = yaml.safe_load(dump(db))["schemas"]["public"]["sequences"]
    assert seqs == {
        "s1": {"owned_by": "t.n"},
        "s2": {"type": "integer", "start": 50, "increment": -2, "min_value": -1000,
               "max_value": 100, "cache": 5, "cycle": True, "comment": "Down"},
        "s3": {"increment": -1},
        "s4": {"increment": -1, "max_value": 100},  # descending starts at the maximum
    }


def test_constraint_of_unknown_kind_is_refused():
    db = Database.of([Table("public", "t", (Column("a", "int"),)),
                      Constraint("public", "t", "n", "n")])
    with pytest.raises(DumpError, match="unknown kind 'n'"):
        dump(db)


def test_any_index_method_and_its_storage_parameters_are_written():
    db = Database.of([Table("public", "t", (Column("a", "int"), Column("e", "vector(3)"))),
                      body_index("public", "i", "t", False, "USING hnsw (e vector_l2_ops)",
                                 parameters=(("ef_construction", "64"), ("m", "16"))),
                      body_index("public", "g", "t", False, "USING gin (a)",
                                 parameters=(("fastupdate", "false"),))])
    text = dump(db)
    assert ("i:\n            columns: [e vector_l2_ops]\n            method: hnsw\n"
            "            with: {ef_construction: 64, m: 16}\n") in text
    assert "columns: [a]\n            method: gin\n            with: {fastupdate: false}\n" in text
