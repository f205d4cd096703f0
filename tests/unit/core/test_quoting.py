"""Names with quotes, dots, capitals, reserved words and unicode survive quoting; literals escape."""

import pytest

from schemadiff.quoting import dollar_quoted, ident, literal, qualified, readable_ident, truncate_identifier


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


@pytest.mark.parametrize("name, shown", [
    ("btree", "btree"), ("email", "email"), ("jsonb_path_ops", "jsonb_path_ops"),
    ("at", '"at"'), ("name", '"name"'), ("user", '"user"'), ("C", '"C"'), ("a b", '"a b"'),
    ('we"ird', '"we""ird"'), ("1a", '"1a"'), ("ünï", '"ünï"'),
])
def test_readable_ident_is_bare_only_where_no_keyword_can_clash(name, shown):
    """Bare names must read back as themselves on every server: no keyword of any category."""
    assert readable_ident(name) == shown
