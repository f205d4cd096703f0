"""Names with quotes, dots, capitals, reserved words and unicode survive quoting; literals escape."""

import pytest

from schemadiff.quoting import dollar_quoted, ident, literal, qualified, truncate_identifier


@pytest.mark.parametrize("name, quoted", [
    ("orders", '"orders"'),
    ("Order", '"Order"'),
    ('we"ird', '"we""ird"'),
    ("a.b", '"a.b"'),
    ("select", '"select"'),
    ("naïve", '"naïve"'),
    ("", '""'),
])
def test_ident_always_quotes_and_doubles_quotes(name, quoted):
    assert ident(name) == quoted


def test_qualified_quotes_both_parts():
    assert qualified("my schema", 'ta"ble') == '"my schema"."ta""ble"'


def test_ident_refuses_nul():
    with pytest.raises(ValueError):
        ident("a\x00b")


@pytest.mark.parametrize("value, sql", [
    ("it's", "'it''s'"), ("back\\slash", "'back\\slash'"), (None, "NULL"), (True, "true"), (3, "3"),
])
def test_literal(value, sql):
    assert literal(value) == sql


def test_dollar_quote_picks_a_tag_not_in_the_body():
    body = "select $body$ inside"
    quoted = dollar_quoted(body)
    assert quoted.startswith("$body1$") and quoted.endswith("$body1$")


def test_truncate_identifier_counts_bytes_and_never_splits_a_character():
    name = "é" * 40  # 80 bytes
    cut = truncate_identifier(name)
    assert len(cut.encode()) <= 63 and cut == "é" * 31
