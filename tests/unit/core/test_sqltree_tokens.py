"""Lists, parentheses and names read from PostgreSQL's own lexer and parser (sqltree.py)."""

from __future__ import annotations

import pytest

from schemadiff.sqltree import exclusion_columns, referenced_columns, split_top_level, tokens
from schemadiff.sqltree import unwrapped as unwrap, wrap, wrapped as is_wrapped


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
    columns = ("null", "Not", "a", "text", "lower", "b", "zone")
    assert referenced_columns('("null" IS NOT NULL)', columns) == ("null",)
    assert referenced_columns("(a IS NOT NULL)", columns) == ("a",)
    assert referenced_columns('lower(b)::text <> a AND "Not"', columns) == ("b", "a", "Not")
    assert referenced_columns("(b)::timestamp with time zone > a", columns) == ("b", "a")
    assert referenced_columns("'a' || 'b'", columns) == ()
    assert referenced_columns("A > 1", columns) == ("a",)  # unquoted words fold to lower case


def test_split_keeps_text_the_lexer_rejects_whole():
    assert split_top_level("a text DEFAULT 'x, y") == ["a text DEFAULT 'x, y"]


def test_tokens_name_quoted_and_folded_words():
    toks = tokens('"My Col" Abc, 1.5 \'s\' -- gone')
    assert [(t.kind, t.text) for t in toks] == [
        ("ident", '"My Col"'), ("word", "Abc"), ("punct", ","), ("number", "1.5"), ("string", "'s'")]


def test_exclusion_columns_are_the_plain_column_elements():
    definition = ('EXCLUDE USING gist (room WITH =, "During" range_ops WITH &&, (a + b) WITH =,'
                  ' other WITH =) WHERE (room > 0)')
    assert exclusion_columns(definition, ("room", "During", "a", "b")) == ("room", "During")
    assert exclusion_columns("EXCLUDE USING gist (", ("room",)) == ()
