"""Catalog definitions read through PostgreSQL's parser into typed fields, and written back from
them (issue 7)."""

import pytest

from schemadiff.model import Constraint
from schemadiff.model.constraints import definition_fields
from schemadiff.plan.strategies.constraints import unique_index_for
from schemadiff.render.constraints import constraint_definition
from schemadiff.render.indexes import index_body
from schemadiff.sqltree import varchar_in_list
from constraint_models import sql_constraint


def _key(definition: str, kind: str = "u", columns=("a",)) -> Constraint:
    return sql_constraint("public", "t", "t_key", kind, definition, columns=columns)


def test_fields_of_a_key():
    fields = definition_fields('UNIQUE NULLS NOT DISTINCT (a, "B c") INCLUDE (x) '
                               "WITH (fillfactor='70') DEFERRABLE INITIALLY DEFERRED")
    assert fields["include"] == ("x",) and fields["nulls_not_distinct"]
    assert fields["deferrable"] and fields["initially_deferred"]
    assert fields["parameters"] == (("fillfactor", "70"),)


def test_fields_of_a_foreign_key():
    fields = definition_fields("FOREIGN KEY (a, b) REFERENCES public.t(id, x) MATCH FULL "
                               "ON UPDATE CASCADE ON DELETE SET NULL (b) DEFERRABLE NOT VALID")
    assert (fields["on_update"], fields["on_delete"], fields["match"]) == ("cascade", "set null", "full")
    assert fields["on_delete_columns"] == ("b",) and fields["deferrable"]


def test_fields_of_a_check_keep_its_text_as_printed():
    fields = definition_fields("CHECK (((status)::text = ANY ((ARRAY['a'::character varying])::text[]))) NO INHERIT")
    assert fields["expression"] == "((status)::text = ANY ((ARRAY['a'::character varying])::text[]))"
    assert fields["no_inherit"]


def test_fields_of_an_exclusion():
    fields = definition_fields('EXCLUDE USING gist (room WITH =, (lower(x)) COLLATE "C" WITH '
                               "OPERATOR(public.&&)) WHERE ((room > 0))")
    first, second = fields["elements"]
    assert fields["method"] == "gist" and fields["predicate"] == "(room > 0)"
    assert first.key.column == "room" and first.operator == ("=",)
    assert second.key.expression == "(lower(x))" and second.key.collation == ("C",)
    assert second.operator == ("public", "&&")


def test_words_inside_quoted_names_are_not_keywords():
    assert not definition_fields('UNIQUE ("DEFERRABLE", "INITIALLY DEFERRED")')["deferrable"]


@pytest.mark.parametrize("definition, columns, ref", [
    ("PRIMARY KEY (id)", ("id",), None),
    ('UNIQUE NULLS NOT DISTINCT (a, "B c") INCLUDE (x) DEFERRABLE INITIALLY DEFERRED', ("a", "B c"), None),
    ("UNIQUE (a) WITH (fillfactor='70')", ("a",), None),
    ("FOREIGN KEY (a) REFERENCES public.t(id) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (a) DEFERRABLE",
     ("a",), ("public", "t")),
    ('FOREIGN KEY (a) REFERENCES "S"."T"(id) ON DELETE RESTRICT', ("a",), ("S", "T")),
    ("CHECK ((qty > 0)) NO INHERIT", ("qty",), None),
    ("EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0))", ("room", "during"), None),
])
def test_the_catalog_text_is_written_back_as_printed(definition, columns, ref):
    """Render writes a definition from the fields in pg_get_constraintdef()'s layout, so a
    constraint read from the catalog renders the text the catalog printed."""
    kind = {"P": "p", "U": "u", "F": "f", "C": "c", "E": "x"}[definition[0]]
    c = sql_constraint("public", "t", "c", kind, definition, columns, ref, ("id",) if ref else ())
    expected = definition.replace("fillfactor='70'", "fillfactor = '70'")
    assert constraint_definition(c) == expected


def test_unique_index_for_a_key_keeps_include_nulls_and_storage_parameters():
    index = unique_index_for(_key('UNIQUE NULLS NOT DISTINCT (a, "B c") INCLUDE (x)', columns=("a", "B c")))
    assert index_body(index) == 'USING btree (a, "B c") INCLUDE (x) NULLS NOT DISTINCT'
    index = unique_index_for(_key("PRIMARY KEY (a) WITH (fillfactor='70')", kind="p"))
    assert index_body(index) == "USING btree (a) WITH (fillfactor = '70')"


# The two forms PostgreSQL stores for `code IN ('x', 'y')` on a varchar column (checked on 15
# and 18: the first from the IN list, the second from the first run again, as a pg_dump restore does).
_STORED = "((code)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))"
_RESTORED = "((code)::text = ANY (ARRAY[('x'::character varying)::text, ('y'::character varying)::text]))"


@pytest.mark.parametrize("text", [_STORED, _RESTORED])
def test_a_varchar_in_list_reads_as_the_list(text):
    assert varchar_in_list(text, {"code"}) == ("code", False, ("x", "y"))


def test_a_varchar_not_in_list_with_a_quoted_name_and_value():
    text = "((\"Code\")::text <> ALL ((ARRAY['x'::character varying, 'it''s'::character varying])::text[]))"
    assert varchar_in_list(text, {"Code"}) == ("Code", True, ("x", "it's"))


@pytest.mark.parametrize("text, columns", [
    (_STORED, {"other"}),  # not a varchar column (a domain over varchar, char(n), text...)
    (_STORED.replace("= ANY", "<> ANY"), {"code"}),  # another operator
    (_STORED.replace("'y'::character varying", "NULL::character varying"), {"code"}),
    (_STORED.replace("'y'::character varying", "'y'::character varying(3)"), {"code"}),
    (_STORED.replace("(code)::text", "lower((code)::text)"), {"code"}),
    (f"({_STORED} AND (length((code)::text) > 0))", {"code"}),  # a part only: left as stored
    ("(code)::text = 'x'::text", {"code"}),
    ("not sql (", {"code"}),
])
def test_anything_else_is_not_read_as_a_list(text, columns):
    assert varchar_in_list(text, columns) is None
