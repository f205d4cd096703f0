"""Parsing what pg_get_constraintdef / pg_get_indexdef print (texts taken from PostgreSQL 15)."""

from __future__ import annotations

import pytest

from schemadiff.spec.catalog_text import (
    DumpError, parse_check, parse_foreign_key, parse_index_body, parse_key,
)


def test_primary_key_and_unique():
    assert parse_key("PRIMARY KEY (id)") == {"columns": ["id"]}
    assert parse_key('UNIQUE NULLS NOT DISTINCT ("Email", a) DEFERRABLE INITIALLY DEFERRED') == {
        "columns": ["Email", "a"], "nulls_not_distinct": True, "deferrable": True,
        "initially_deferred": True}
    assert parse_key('UNIQUE ("a""b", "order")') == {"columns": ['a"b', "order"]}


def test_not_valid_is_ignored():
    assert parse_check("CHECK ((a > 0)) NOT VALID") == "(a > 0)"


def test_check_keeps_the_catalog_expression():
    assert parse_check("CHECK ((a = ANY (ARRAY[1, 2])))") == "(a = ANY (ARRAY[1, 2]))"
    assert parse_check("CHECK (active)") == "active"
    assert parse_check("CHECK ((lower(nick) <> ''::text))") == "(lower(nick) <> ''::text)"


def test_foreign_key_with_every_clause():
    text = ('FOREIGN KEY (pid) REFERENCES public."Order"(id) MATCH FULL ON UPDATE CASCADE '
            "ON DELETE SET NULL DEFERRABLE")
    assert parse_foreign_key(text) == {
        "columns": ["pid"],
        "references": {"schema": "public", "table": "Order", "columns": ["id"]},
        "match": "full", "on_update": "cascade", "on_delete": "set null", "deferrable": True,
    }


def test_foreign_key_minimal_and_quoted_dots():
    text = 'FOREIGN KEY ("a.b", c) REFERENCES "Sales.EU"."x.y"("k.1", k2) ON DELETE RESTRICT'
    assert parse_foreign_key(text) == {
        "columns": ["a.b", "c"],
        "references": {"schema": "Sales.EU", "table": "x.y", "columns": ["k.1", "k2"]},
        "on_delete": "restrict",
    }


@pytest.mark.parametrize("text", [
    "FOREIGN KEY (a) REFERENCES public.t(b) ON DELETE SET NULL (a)",
    "PRIMARY KEY (id) INCLUDE (x)",
    "CHECK ((a > 0)) NO INHERIT",
    "UNIQUE (lower(a))",
])
def test_what_schema_yaml_cannot_say_is_refused(text):
    with pytest.raises(DumpError, match="cannot write"):
        if text.startswith("FOREIGN"):
            parse_foreign_key(text)
        elif text.startswith("CHECK"):
            parse_check(text)
        else:
            parse_key(text)


def test_index_body_with_everything():
    body = ('USING btree (lower(email) DESC NULLS LAST, ((a + b)), email text_pattern_ops, '
            'nick COLLATE "C", "my col") INCLUDE ("Email") WHERE (deleted_at IS NULL)')
    assert parse_index_body(body) == {
        "method": "btree",
        "keys": ["lower(email) DESC NULLS LAST", "((a + b))", "email text_pattern_ops",
                 'nick COLLATE "C"', '"my col"'],
        "include": ["Email"], "nulls_not_distinct": False, "where": "deleted_at IS NULL",
    }


def test_index_body_predicates_and_nulls_not_distinct():
    assert parse_index_body("USING btree (a) WHERE active")["where"] == "active"
    assert parse_index_body("USING btree (a) WHERE ((a > 1) AND (b < 2))")["where"] == \
        "(a > 1) AND (b < 2)"
    parts = parse_index_body("USING btree (COALESCE(a, b), ((a)::text), a) NULLS NOT DISTINCT")
    assert parts["keys"] == ["COALESCE(a, b)", "((a)::text)", "a"]
    assert parts["nulls_not_distinct"] is True and parts["where"] is None


def test_index_with_storage_parameters_or_other_methods_is_refused():
    with pytest.raises(DumpError, match="unsupported clause"):
        parse_index_body("USING btree (a) WITH (fillfactor='70')")
    with pytest.raises(DumpError, match="'hnsw' is not one of"):
        parse_index_body("USING hnsw (embedding vector_l2_ops)")
