"""Preflight reads index and constraint keys with pglast (render/preflight_keys.py): what two rows
are compared on, from the text pg_get_indexdef / pg_get_constraintdef print."""

from __future__ import annotations

from schemadiff.render.preflight_keys import KeyPart, check_expr, constraint_key, index_key


def test_an_index_key_keeps_expressions_collations_and_opclasses_and_drops_order_and_include():
    key = index_key('USING btree (lower(email) COLLATE "C" DESC NULLS LAST, tag text_pattern_ops, "Odd ""col""") '
                    "INCLUDE (note) WHERE (deleted_at IS NULL)")
    assert key.parts == (KeyPart("lower(email)", '"C"'), KeyPart('"tag"', None, ("text_pattern_ops",)),
                         KeyPart('"Odd ""col"""'))
    assert (key.where, key.nulls_not_distinct, key.method) == ("deleted_at IS NULL", False, "btree")
    assert key.parts[0].sql() == '(lower(email)) COLLATE "C"'


def test_nulls_not_distinct_and_qualified_names():
    key = index_key("USING btree (a public.my_ops, b COLLATE public.ci) NULLS NOT DISTINCT")
    assert key.nulls_not_distinct
    assert key.parts == (KeyPart('"a"', None, ("public", "my_ops")), KeyPart('"b"', '"public"."ci"'))
    assert constraint_key("UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c)").parts == (KeyPart('"a"'), KeyPart('"b"'))
    assert constraint_key("UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c)").nulls_not_distinct
    assert constraint_key("PRIMARY KEY (id)").parts == (KeyPart('"id"'),)


def test_an_exclusion_key_carries_each_elements_operator_schema_qualified():
    key = constraint_key("EXCLUDE USING gist (room WITH =, tsrange(a, b) WITH &&, r WITH OPERATOR(public.&&)) "
                         "WHERE ((NOT cancelled))")
    assert [p.operator for p in key.parts] == ['OPERATOR("pg_catalog".=)', 'OPERATOR("pg_catalog".&&)',
                                               'OPERATOR("public".&&)']
    assert [p.expr for p in key.parts] == ['"room"', "tsrange(a, b)", '"r"']
    assert (key.method, key.where) == ("gist", "NOT cancelled")


def test_a_check_expression_and_the_not_null_helper():
    assert check_expr('CHECK (("Note" IS NOT NULL)) NOT VALID').not_null_column == "Note"
    parsed = check_expr("CHECK ((qty > 0))")
    assert (parsed.expr, parsed.not_null_column) == ("qty > 0", None)
    assert check_expr("CHECK ((t.a IS NOT NULL))").not_null_column is None  # not a bare column
