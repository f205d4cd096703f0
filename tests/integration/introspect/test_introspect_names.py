"""Adversarial names: quotes, dots, spaces, capitals, reserved words, unicode, 63 bytes.

The model holds raw names; deparsed text quotes them as PostgreSQL's quote_identifier does.
"""

from __future__ import annotations

from schemadiff.model import Column, Constraint, EnumType, Index, Sequence, Table
from schemadiff.model.ids import constraint_id, enum_id, schema_id, sequence_id, table_id
from schemadiff.model.naming import default_constraint_name
from schemadiff.quoting import truncate_identifier
from index_models import body_index
from constraint_models import sql_constraint

S = 'we.ird "s"'  # raw; in SQL: "we.ird ""s"""
Q = '"we.ird ""s"""'

SQL = f'''
CREATE SCHEMA {Q};
CREATE TYPE {Q}."Status" AS ENUM ('a', 'it''s');
CREATE TABLE {Q}."select" (
    "ID" serial PRIMARY KEY,
    "from" {Q}."Status" DEFAULT 'it''s',
    "a b" text CHECK ("a b" <> ''),
    "ünï" int UNIQUE
);
CREATE TABLE {Q}.child (p int REFERENCES {Q}."select", "Q" int REFERENCES {Q}."select"("ünï"));
CREATE INDEX "Idx" ON {Q}.child (lower("Q"::text));
'''


def test_quotes_dots_capitals_reserved_unicode(inspect):
    db = inspect(SQL)
    assert {o.id for o in db.of_kind("schema")} == {schema_id("public"), schema_id(S)}
    assert db.get(enum_id(S, "Status")) == EnumType(S, "Status", ("a", "it's"))
    assert db.get(sequence_id(S, "select_ID_seq")) == Sequence(
        S, "select_ID_seq", data_type="integer", owned_by=("select", "ID"))
    assert db.get(table_id(S, "select")) == Table(S, "select", (
        Column("ID", "integer", not_null=True,
               default=f"nextval('{Q}.\"select_ID_seq\"'::regclass)"),
        Column("from", f'{Q}."Status"', default=f"'it''s'::{Q}.\"Status\""),
        Column("a b", "text"),
        Column("ünï", "integer"),
    ))
    assert db.constraints_of(table_id(S, "select")) == [
        sql_constraint(S, "select", "select_a b_check", "c", "CHECK ((\"a b\" <> ''::text))",
                   ("a b",)),
        sql_constraint(S, "select", "select_pkey", "p", 'PRIMARY KEY ("ID")', ("ID",)),
        sql_constraint(S, "select", "select_ünï_key", "u", 'UNIQUE ("ünï")', ("ünï",)),
    ]
    assert db.get(constraint_id(S, "child", "child_Q_fkey")) == sql_constraint(
        S, "child", "child_Q_fkey", "f", f'FOREIGN KEY ("Q") REFERENCES {Q}."select"("ünï")',
        ("Q",), ref_table=(S, "select"), ref_columns=("ünï",))
    assert db.of_kind("index") == [
        body_index(S, "Idx", "child", False, 'USING btree (lower(("Q")::text))')]


def test_63_byte_names_and_generated_names(inspect):
    """Names at the limit, and the names Postgres derives from them, match model.naming."""
    table = "é" * 31 + "x"  # 63 bytes
    column = "ü" * 31 + "_c"  # 64 bytes: Postgres truncates it to 63 (62 + '_')
    db = inspect(f'CREATE TABLE "{table}" (id serial PRIMARY KEY, "{column}" int UNIQUE)')
    stored = truncate_identifier(column)
    assert len(stored.encode()) == 63 and db.get(table_id("public", table)).column_names == (
        "id", stored)
    names = {c.name for c in db.constraints_of(table_id("public", table))}
    assert names == {default_constraint_name(table, ("id",), "p"),
                     default_constraint_name(table, (stored,), "u")}
    assert [s.owned_by for s in db.of_kind("sequence")] == [(table, "id")]
