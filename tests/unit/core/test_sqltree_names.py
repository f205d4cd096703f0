"""sqltree.referenced_names: the names a piece of schema.yaml SQL refers to, from the parse tree.

These stand in for pg_depend while objects exist only in schema.yaml (plan/dependencies.py), so a
miss orders a CREATE before what it needs, and a false hit can make a cycle: both are tested."""

from __future__ import annotations

import pytest

from schemadiff.sqltree import is_standard_sql_body, nextval_sequence, referenced_names


@pytest.mark.parametrize("text, form, expected", [
    ("nextval('orders_id_seq'::regclass)", "expression", {"nextval", "orders_id_seq"}),
    ("nextval('app.\"Order Seq\"')", "expression", {"nextval", "Order Seq"}),
    ("'pending'::\"Status\"", "expression", {"Status"}),
    ("\"MyEnum\"[]", "type", {"MyEnum"}),
    ("app.money_amount", "type", {"money_amount"}),
    ("a integer, b \"T\", VARIADIC c varchar[]", "arguments", {"T"}),
    ("TABLE(id bigint, s status)", "result", {"status"}),
    ("SETOF orders", "result", {"orders"}),
    ("BEGIN ATOMIC SELECT count(*) FROM orders o JOIN Items i ON true; END", "standard_body",
     {"count", "orders", "items"}),
    ("RETURN normalize_email($1)", "standard_body", {"normalize_email"}),
    ("SELECT c.id FROM customers c WHERE c.id IN (SELECT customer FROM orders)", "query",
     {"customers", "orders"}),
])
def test_names_come_from_the_tree(text, form, expected):
    assert referenced_names(text, form) == expected


@pytest.mark.parametrize("text, form", [
    ("'orders are shipped'", "expression"),          # a word in a string is not a name
    ("SELECT 1 AS orders -- customers", "query"),    # nor an alias or a comment
    ("integer", "type"), ("timestamp with time zone", "type"),  # built-ins are pg_catalog's
])
def test_words_that_are_not_names(text, form):
    assert referenced_names(text, form) == frozenset()


def test_text_that_does_not_parse_names_nothing():
    # The scratch build reports PostgreSQL's own error for it, naming the object.
    assert referenced_names("status = ANY (", "expression") == frozenset()


@pytest.mark.parametrize("default, expected", [
    ("nextval('public.\"T_id_seq\"'::regclass)", ("public", "T_id_seq")),
    ("nextval('t_id_seq'::regclass)", (None, "t_id_seq")),
    ("nextval('\"it''s\"'::regclass)", (None, "it's")),
    ("nextval('s'::regclass) + 1", None),   # not a serial's default: more than the call
    ("nextval('s')", None),                 # text argument, not the regclass a serial stores
    ("nextval('a b'::regclass)", None),      # not one name
    ("'nextval(x)'", None),
])
def test_nextval_sequence(default, expected):
    assert nextval_sequence(default) == expected


@pytest.mark.parametrize("body, standard", [
    ("RETURN 1", True), ("  return a + b", True), ("begin atomic select 1; end", True),
    ("-- why\nBEGIN ATOMIC /* x */ SELECT 1; END", True),
    ("SELECT 1", False), ("BEGIN; SELECT 1", False), ("$$ not closed", False),
])
def test_is_standard_sql_body(body, standard):
    assert is_standard_sql_body(body) is standard
