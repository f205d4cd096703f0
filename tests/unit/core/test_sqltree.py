"""Catalog definitions read through PostgreSQL's parser, not regular expressions (issue 7)."""

from schemadiff.render.indexes import index_body
from schemadiff.diff.constraints import key_shape
from schemadiff.model import Constraint
from schemadiff.plan.strategies.constraints import unique_index_for
from schemadiff.sqltree import constraint_parts


def _key(definition: str, kind: str = "u", columns=("a",)) -> Constraint:
    return Constraint("public", "t", "t_key", kind, definition, columns=columns)


def test_parts_of_a_key():
    parts = constraint_parts('UNIQUE NULLS NOT DISTINCT (a, "B c") INCLUDE (x) DEFERRABLE INITIALLY DEFERRED')
    assert parts.include == ("x",) and parts.nulls_not_distinct
    assert parts.deferrable and parts.initially_deferred and parts.index_options == ()


def test_parts_of_a_foreign_key():
    parts = constraint_parts("FOREIGN KEY (a) REFERENCES public.t(id) MATCH FULL ON UPDATE CASCADE "
                             "ON DELETE SET NULL DEFERRABLE")
    assert (parts.on_update, parts.on_delete, parts.match) == ("c", "n", "f") and parts.deferrable


def test_words_inside_quoted_names_are_not_keywords():
    assert not constraint_parts('UNIQUE ("DEFERRABLE", "INITIALLY DEFERRED")').deferrable


def test_key_shape_sees_storage_parameters_the_regex_erased():
    # `WITH (fillfactor=70)` was a parenthesised list to the old regex, taken out like a column list
    assert key_shape(_key("UNIQUE (a) WITH (fillfactor='70')")) != key_shape(_key("UNIQUE (a) WITH (fillfactor='90')"))


def test_key_shape_ignores_names_a_rename_moves():
    before = _key("UNIQUE (a) INCLUDE (b)", columns=("a",))
    after = _key("UNIQUE (a) INCLUDE (c)", columns=("a",))
    assert key_shape(before) == key_shape(after)


def test_unique_index_for_a_key_keeps_include_and_nulls_and_refuses_storage_options():
    index = unique_index_for(_key('UNIQUE NULLS NOT DISTINCT (a, "B c") INCLUDE (x)', columns=("a", "B c")))
    assert index_body(index) == 'USING btree (a, "B c") INCLUDE (x) NULLS NOT DISTINCT'
    assert unique_index_for(_key("PRIMARY KEY (a) WITH (fillfactor='70')", kind="p")) is None
    assert unique_index_for(_key("UNIQUE (a) USING INDEX TABLESPACE pg_default")) is None
