"""Index keys read through PostgreSQL's parser: schema.yaml entries, catalog definitions, dump."""

from __future__ import annotations

import pytest

from schemadiff.model.indexes import Index, IndexKey, parameters_of
from schemadiff.render.indexes import index_body, key_sql
from schemadiff.spec.build_indexes import parse_key
from schemadiff.spec.dump_tables import index_entry
from schemadiff.sqltree import index_parts

COLUMNS = ("email", "my col", "my", "Nick", "a DESC", "lower(x)", "t", "e")
K = IndexKey.of


@pytest.mark.parametrize("entry, key", [
    ("email", K("email")),
    ("my col", K("my col")),
    ("my col DESC", K("my col", descending=True)),
    ("my DESC NULLS FIRST", K("my", descending=True)),
    ("my NULLS FIRST", K("my", nulls_first=True)),
    ("a DESC", K("a DESC")),  # a column's raw name wins
    ("email text_pattern_ops", K("email", opclass=("text_pattern_ops",))),
    ('Nick COLLATE "C" desc', K("Nick", collation=("C",), descending=True)),
    ('email COLLATE "C" text_pattern_ops DESC NULLS LAST',
     K("email", collation=("C",), opclass=("text_pattern_ops",), descending=True, nulls_first=False)),
    ("email public.my_ops (siglen=3) ASC",
     K("email", opclass=("public", "my_ops"), opclass_options=(("siglen", "3"),))),
    ("t gist_trgm_ops (siglen = 32)", K("t", opclass=("gist_trgm_ops",), opclass_options=(("siglen", "32"),))),
    ("e vector_cosine_ops", K("e", opclass=("vector_cosine_ops",))),
    ("lower(x)", K("lower(x)")),
    ("lower(email)", K(expression="lower(email)")),
    ("lower(email) DESC NULLS LAST", K(expression="lower(email)", descending=True, nulls_first=False)),
    ("lower(email) text_pattern_ops", K(expression="lower(email)", opclass=("text_pattern_ops",))),
    ("email || nick", K(expression="(email || nick)")),
    ("a + b DESC", K(expression="(a + b)", descending=True)),
    ("(a || b) COLLATE \"C\"", K(expression="(a || b)", collation=("C",))),
    ("x::text COLLATE \"C\"", K(expression="(x::text)", collation=("C",))),
    ('"email"', K("email")),
    ("Email", K("email")),  # unquoted SQL names fold to lower case
    ('"My Col" DESC', K("My Col", descending=True)),
])
def test_entries_read_as_create_index_reads_them(entry, key):
    assert parse_key(entry, COLUMNS)[0] == key


@pytest.mark.parametrize("entry", ["a, b", "lower(a", "a) WHERE (true", "email DESC DESC", ""])
def test_what_is_no_single_key_is_refused(entry):
    assert parse_key(entry, COLUMNS) is None


def test_nulls_ordering_is_canonical():
    assert K("a", descending=True) == K("a", descending=True, nulls_first=True)
    assert K("a") == K("a", nulls_first=False)
    assert key_sql(K("a", descending=True, nulls_first=False)) == "a DESC NULLS LAST"
    assert key_sql(K("a", nulls_first=True)) == "a NULLS FIRST"
    assert key_sql(K("a", descending=True)) == "a DESC"


def test_a_catalog_definition_with_everything():
    parts = index_parts('CREATE UNIQUE INDEX i ON public.t USING gist (a COLLATE "C" public.gist_trgm_ops '
                        "(siglen='32') DESC, lower(b)) INCLUDE (x, \"Y z\") NULLS NOT DISTINCT WHERE (a > 1)")
    assert (parts.method, parts.unique, parts.include, parts.nulls_not_distinct, parts.has_predicate) == (
        "gist", True, ("x", "Y z"), True, True)
    assert parts.keys[0] == {"column": "a", "collation": ("C",), "opclass": ("public", "gist_trgm_ops"),
                             "opclass_options": (("siglen", "32"),), "descending": True, "nulls_first": None}
    assert parts.keys[1]["column"] is None


def test_render_quotes_what_needs_it_and_writes_every_part():
    index = Index("public", "i", "t", False, (K("My Col", collation=("C",)), K(expression="lower(b)"),
                                              K("user", opclass=("public", "x_ops"), opclass_options=(("n", "2"),))),
                  method="bloom", include=("z",), predicate="a > 1", nulls_not_distinct=True,
                  parameters=(("length", "80"),))
    assert index_body(index) == ('USING bloom ("My Col" COLLATE "C", lower(b), "user" public.x_ops (n = \'2\')) '
                                 "INCLUDE (z) NULLS NOT DISTINCT WITH (length = '80') WHERE (a > 1)")


def test_storage_parameters_have_one_spelling_per_meaning():
    assert parameters_of([("fastupdate", "off"), ("FillFactor", "70")]) == (
        ("fastupdate", "false"), ("fillfactor", "70"))
    assert parameters_of([("fillfactor", "70"), ("fastupdate", "no")]) == (
        ("fillfactor", "70"), ("fastupdate", "false"))  # in the order written, like reloptions
    assert parameters_of([("autosummarize", "ON"), ("buffering", "Auto")]) == (
        ("autosummarize", "true"), ("buffering", "auto"))


@pytest.mark.parametrize("key", [
    K("email"), K("my col", descending=True), K("Nick", collation=("C",), opclass=("text_pattern_ops",)),
    K("a DESC"), K("lower(x)", descending=True, nulls_first=False), K(expression="lower((email)::text)"),
    K(expression="((a + b))", descending=True), K(expression="lower(x)"),
    K("t", opclass=("public", "gist_trgm_ops"), opclass_options=(("siglen", "32"),)),
    K("my", nulls_first=True), K('we"ird'),
])
def test_dump_writes_an_entry_read_back_as_the_same_key(key):
    entry = index_entry(key, COLUMNS + ('we"ird',))
    read = parse_key(entry, COLUMNS + ('we"ird',))[0]
    if key.column is None:
        assert read.column is None and read.descending == key.descending
    else:
        assert read == key
