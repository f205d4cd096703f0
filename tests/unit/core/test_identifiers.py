"""Column renames inside catalog text touch identifiers only."""

import pytest

from schemadiff.diff.identifiers import catalog_ident, rename_identifier


@pytest.mark.parametrize("text, expected", [
    ("USING btree (lower(email))", "USING btree (lower(login_email))"),
    ("CHECK ((email <> 'email'::text))", "CHECK ((login_email <> 'email'::text))"),
    ("USING btree (emails, email_x)", "USING btree (emails, email_x)"),
    ("CHECK ((t.email IS NOT NULL))", "CHECK ((t.email IS NOT NULL))"),
    ('USING btree ("email")', "USING btree (login_email)"),
])
def test_rename_identifier(text, expected):
    assert rename_identifier(text, "email", "login_email") == expected


def test_quoted_names_are_printed_as_the_catalog_prints_them():
    assert rename_identifier("USING btree (a)", "a", "Order") == 'USING btree ("Order")'
    assert catalog_ident("select") == '"select"' and catalog_ident("total") == "total"


def test_a_column_named_like_a_keyword_is_renamed_too():
    # `name` and `type` are keywords to PostgreSQL's lexer, and common column names.
    assert rename_identifier("CHECK ((name <> ''::text))", "name", "full_name") == \
        "CHECK ((full_name <> ''::text))"
    assert rename_identifier("USING btree (type, name)", "type", "kind") == "USING btree (kind, name)"


def test_text_between_words_is_kept_byte_for_byte():
    text = "CHECK (((email)::text ~~ '%@%'::text) AND (e.email <> 'a''email'))"
    assert rename_identifier(text, "email", "mail") == \
        "CHECK (((mail)::text ~~ '%@%'::text) AND (e.email <> 'a''email'))"
