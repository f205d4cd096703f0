"""Indexes: their typed fields read from the catalog, and which indexes are objects of their own."""

from __future__ import annotations

import pytest

from schemadiff.errors import UnsupportedFeature
from schemadiff.model import Index
from schemadiff.model.ids import index_id, table_id
from schemadiff.model.indexes import IndexKey
from index_models import body_index


def test_bodies(inspect):
    db = inspect("""
        CREATE TABLE t (a int, b text, c jsonb, d boolean);
        CREATE INDEX t_a ON t (a);
        CREATE UNIQUE INDEX t_lower_b ON t (lower(b) DESC NULLS LAST) INCLUDE (a)
            WHERE b IN ('x', 'y');
        CREATE INDEX t_c ON t USING gin (c jsonb_path_ops);
        CREATE INDEX t_b_hash ON t USING hash (b);
        CREATE UNIQUE INDEX t_nnd ON t (a) NULLS NOT DISTINCT;
        CREATE INDEX t_d ON t (a) WHERE d;
        COMMENT ON INDEX t_a IS 'lookup';
    """)
    assert db.of_kind("index") == [
        body_index("public", "t_a", "t", False, "USING btree (a)", comment="lookup"),
        body_index("public", "t_b_hash", "t", False, "USING hash (b)"),
        body_index("public", "t_c", "t", False, "USING gin (c jsonb_path_ops)"),
        body_index("public", "t_d", "t", False, "USING btree (a) WHERE d"),
        body_index("public", "t_lower_b", "t", True,
              "USING btree (lower(b) DESC NULLS LAST) INCLUDE (a)"
              " WHERE (b = ANY (ARRAY['x'::text, 'y'::text]))"),
        body_index("public", "t_nnd", "t", True, "USING btree (a) NULLS NOT DISTINCT"),
    ]


def test_constraint_indexes_are_not_indexes(inspect):
    """PK, unique and exclusion constraints own their index; a FK's conindid is not ownership."""
    db = inspect("""
        CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE, r int4range,
                        EXCLUDE USING gist (r WITH &&));
        CREATE UNIQUE INDEX p_code_lower ON p (lower(code));
        CREATE TABLE c (pid int REFERENCES p);
        CREATE TABLE d (code text);
        CREATE UNIQUE INDEX d_code ON d (code);
        CREATE TABLE e (code text REFERENCES d (code));
    """)
    assert [i.name for i in db.of_kind("index")] == ["d_code", "p_code_lower"]


def test_partitioned_index_is_read_at_the_parent_only(inspect):
    """The index on a partitioned parent is one index; each partition's copy (attached, so
    relispartition) is not a user index of the partition, but a partition's own index is. The
    table reads as partitioned, so no plan builds an index CONCURRENTLY on it."""
    db = inspect("""
        CREATE TABLE m (at date, v int) PARTITION BY RANGE (at);
        CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE INDEX m_v ON m (v);
        CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        CREATE INDEX m_2024_local ON m_2024 (at);
        """)
    assert sorted((i.table, i.name) for i in db.of_kind("index")) == [("m", "m_v"), ("m_2024", "m_2024_local")]
    assert db.get(table_id("public", "m")).partition_by.definition() == "RANGE (at)"


def test_adversarial_names_do_not_confuse_the_body(inspect):
    db = inspect('''
        CREATE SCHEMA "s ON x USING y";
        CREATE TABLE "s ON x USING y"."t"" USING btree (" ("a USING b" int, "ON" int);
        CREATE INDEX " USING hash ( ON " ON "s ON x USING y"."t"" USING btree (" ("a USING b");
        CREATE UNIQUE INDEX "Ünïque ""ON"" ONLY" ON "s ON x USING y"."t"" USING btree (" ("ON")
            WHERE "a USING b" > 0;
    ''')
    schema, table = "s ON x USING y", 't" USING btree ('
    assert db.of_kind("index") == [
        body_index(schema, " USING hash ( ON ", table, False, 'USING btree ("a USING b")'),
        body_index(schema, 'Ünïque "ON" ONLY', table, True,
              'USING btree ("ON") WHERE ("a USING b" > 0)'),
    ]
    assert db.get(index_id(schema, " USING hash ( ON ")).table == table


def test_every_part_of_a_definition(inspect):
    """Collation, operator class with its options, order, storage parameters: typed fields."""
    db = inspect("""
        CREATE EXTENSION pg_trgm;
        CREATE TABLE t (a text, b varchar(10), j jsonb, n int, ts timestamptz);
        CREATE INDEX t_keys ON t (a COLLATE "C" text_pattern_ops DESC NULLS LAST, lower(b), (n + 1),
            (a COLLATE "C")) INCLUDE (ts) WITH (fillfactor = 70, deduplicate_items = off) WHERE n > 0;
        CREATE INDEX t_j ON t USING gin (j jsonb_path_ops) WITH (fastupdate = OFF, gin_pending_list_limit = 128);
        CREATE INDEX t_ts ON t USING brin (ts) WITH (pages_per_range = 16, autosummarize = on);
        CREATE INDEX t_trgm ON t USING gist (a gist_trgm_ops (siglen = 32)) WITH (buffering = OFF);
    """)
    got = {i.name: i for i in db.of_kind("index")}
    assert got["t_keys"] == Index(
        "public", "t_keys", "t", False, (
            IndexKey.of("a", collation=("C",), opclass=("text_pattern_ops",), descending=True,
                        nulls_first=False),
            IndexKey.of(expression="lower((b)::text)"), IndexKey.of(expression="((n + 1))"),
            IndexKey.of("a", collation=("C",))),  # `(column COLLATE x)` is the column to Postgres
        include=("ts",), predicate="n > 0",
        parameters=(("fillfactor", "70"), ("deduplicate_items", "false")))  # as written
    assert (got["t_j"].method, got["t_j"].keys, got["t_j"].parameters) == (
        "gin", (IndexKey.of("j", opclass=("jsonb_path_ops",)),),
        (("fastupdate", "false"), ("gin_pending_list_limit", "128")))
    assert (got["t_ts"].method, got["t_ts"].parameters) == (
        "brin", (("pages_per_range", "16"), ("autosummarize", "true")))
    assert got["t_trgm"].keys == (IndexKey.of("a", opclass=("public", "gist_trgm_ops"),
                                              opclass_options=(("siglen", "32"),)),)
    assert got["t_trgm"].parameters == (("buffering", "off"),)
