"""The small SQL lexer: lists, parentheses, names (index entries: test_index_keys.py)."""

from __future__ import annotations

import pytest

from schemadiff.spec.sqltext import is_wrapped, split_top_level, unwrap, wrap


def test_split_respects_parentheses_strings_and_quoted_names():
    text = """a, coalesce(b, c), 'x, y', "we, ird" DESC, arr[1,2], $q$, $q$"""
    assert split_top_level(text) == ["a", "coalesce(b, c)", "'x, y'", '"we, ird" DESC',
                                     "arr[1,2]", "$q$, $q$"]


def test_split_handles_escaped_quotes():
    assert split_top_level("""'it''s, ok', "a""b, c", E'\\', x'""") == [
        "'it''s, ok'", '"a""b, c"', "E'\\', x'"]


def test_split_of_nothing():
    assert split_top_level("  ") == []


@pytest.mark.parametrize("text, wrapped", [
    ("(a + b)", True), ("((a))", True), ("(a) + (b)", False), ("a", False),
    ("lower(a)", False), ("('(')", True), ('(")")', True), ("", False),
])
def test_is_wrapped(text, wrapped):
    assert is_wrapped(text) is wrapped


def test_wrap_and_unwrap():
    assert wrap("a + b") == "(a + b)"
    assert wrap("(a + b)") == "(a + b)"
    assert wrap("(a) + (b)") == "((a) + (b))"
    assert unwrap("((a > 1) AND (b < 2))") == "(a > 1) AND (b < 2)"
    assert unwrap("(a) OR (b)") == "(a) OR (b)"


def test_referenced_columns_ignore_keywords_functions_and_types():
    from schemadiff.spec.sqltext import referenced_columns
    columns = ("null", "Not", "a", "text", "lower", "b", "zone")
    assert referenced_columns('("null" IS NOT NULL)', columns) == ("null",)
    assert referenced_columns("(a IS NOT NULL)", columns) == ("a",)
    assert referenced_columns('lower(b)::text <> a AND "Not"', columns) == ("b", "a", "Not")
    assert referenced_columns("(b)::timestamp with time zone > a", columns) == ("b", "a")
    assert referenced_columns("'a' || 'b'", columns) == ()
    assert referenced_columns("A > 1", columns) == ("a",)  # unquoted words fold to lower case
