"""Parsing what pg_get_constraintdef prints (texts taken from PostgreSQL 15; indexes: test_index_keys.py)."""

from __future__ import annotations

import pytest

from schemadiff.spec.catalog_text import (
    DumpError, parse_check, parse_foreign_key, parse_key,
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
