"""Rules beyond the shape of a block: what CREATE TABLE would refuse, or silently change."""

from __future__ import annotations

import pytest

from conftest import model, spec_error, table_yaml


@pytest.mark.parametrize("where, body", [
    ("primary_key.columns[0]", "columns: {id: int}\nprimary_key: [nope]\n"),
    ("primary_key.columns[0]", "columns: {id: int}\nprimary_key: {columns: [nope], name: p}\n"),
    ("unique.u.columns[1]", "columns: {id: int}\nunique: {u: [id, nope]}\n"),
    ("unique.u.columns[0]", "columns: {id: int}\nunique: {u: {columns: [nope], where: id > 0}}\n"),
    ("foreign_keys.f.columns[0]",
     "columns: {id: int}\nforeign_keys: {f: {columns: [nope], references: t}}\nprimary_key: [id]\n"),
    ("indexes.i.columns[0]", "columns: {id: int}\nindexes: {i: [nope]}\n"),
    ("indexes.i.columns[0]", "columns: {id: int}\nindexes: {i: [nope DESC]}\n"),
    ("indexes.i.include[0]", "columns: {id: int}\nindexes: {i: {columns: [id], include: [nope]}}\n"),
])
def test_a_referenced_column_must_exist(where, body):
    err = spec_error(table_yaml(body))
    assert err.message == "column 'nope' does not exist in table 't'"
    assert err.key == f"schemas.public.tables.t.{where}"


def test_an_index_expression_is_not_checked_as_a_column():
    db = model(table_yaml("columns: {email: text}\nindexes: {i: [lower(email), (nope)]}\n"))
    keys = db.of_kind("index")[0].keys
    assert [(k.column, k.expression) for k in keys] == [(None, "lower(email)"), (None, "(nope)")]


def test_a_column_listed_twice():
    err = spec_error(table_yaml("columns: {id: int}\nprimary_key: [id, id]\n"))
    assert err.message == "column 'id' is listed twice"


def test_identity_with_default_is_an_error():
    err = spec_error(table_yaml("columns:\n  id: {type: bigint, identity: always, default: '1'}\n"))
    assert err.message == "a column cannot have both identity and default"
    assert err.key.endswith("columns.id.default")


def test_generated_with_default_is_an_error():
    err = spec_error(table_yaml("columns:\n  a: {type: int, generated: 1 + 1, default: '2'}\n"))
    assert err.message == "a generated column cannot have a default"


def test_identity_and_generated_is_an_error():
    err = spec_error(table_yaml("columns:\n  a: {type: int, generated: 1 + 1, identity: always}\n"))
    assert err.message == "a column cannot be both identity and generated"


@pytest.mark.parametrize("sql_type", ["text", "numeric", "serial", "uuid"])
def test_identity_only_on_integer_types(sql_type):
    err = spec_error(table_yaml(f"columns:\n  id: {{type: {sql_type}, identity: by default}}\n"))
    assert err.message == f"identity needs smallint, integer or bigint, not {sql_type!r}"
    assert err.line == 6


@pytest.mark.parametrize("sql_type", ["smallint", "integer", "bigint", "INT8", "int"])
def test_identity_on_integer_types_is_fine(sql_type):
    db = model(table_yaml(f"columns:\n  id: {{type: {sql_type}, identity: by_default}}\n"))
    assert db.tables()[0].columns[0].identity == "by default"


def test_two_primary_keys():
    err = spec_error(table_yaml("columns:\n  a: {type: int, primary_key: true}\n  b: int\n"
                                "primary_key: [b]\n"))
    assert err.message == "table 't' has more than one primary key"
    assert err.key.endswith("columns.a.primary_key")


def test_constraint_name_used_twice_in_a_table():
    err = spec_error(table_yaml("columns:\n  a: {type: int, unique: true}\n"
                                "checks: {t_a_key: a > 0}\n"))
    assert err.message == "constraint name 't_a_key' is used twice in table 't'"


def test_same_name_for_table_and_index_in_a_schema():
    err = spec_error(table_yaml("columns: {a: int}\nindexes: {t: [a]}\n"))
    assert "index 't' has the same name as table 't'" in err.message


def test_index_and_constraint_share_the_relation_namespace():
    err = spec_error(table_yaml("columns: {a: int}\nprimary_key: [a]\nindexes: {t_pkey: [a]}\n"))
    assert "index 't_pkey' has the same name as the index of constraint 't_pkey'" in err.message


def test_same_index_name_on_two_tables():
    text = ("schemas:\n  public:\n    tables:\n"
            "      a: {columns: {x: int}, indexes: {i: [x]}}\n"
            "      b: {columns: {x: int}, indexes: {i: [x]}}\n")
    err = spec_error(text)
    assert "index 'i' has the same name" in err.message
    assert err.line == 5


def test_check_names_may_repeat_across_tables():
    text = ("schemas:\n  public:\n    tables:\n"
            "      a: {columns: {x: int}, checks: {positive: x > 0}}\n"
            "      b: {columns: {x: int}, checks: {positive: x > 0}}\n")
    assert len(model(text).of_kind("constraint")) == 2


def test_enum_and_table_of_the_same_name():
    err = spec_error(table_yaml("columns: {a: int}\n", extra="    enums: {t: [x]}\n"))
    assert err.message == "enum 't' has the same name as table 't'"


def test_enum_label_listed_twice():
    err = spec_error("schemas:\n  public:\n    enums:\n      e: [a, b, a]\n")
    assert err.message == "enum label 'a' is listed twice"


def test_owned_by_must_name_an_existing_column():
    extra = "    sequences:\n      s: {owned_by: t.nope}\n"
    err = spec_error(table_yaml("columns: {a: int}\n", extra=extra))
    assert "owned_by 't.nope' does not name a column" in err.message
    assert err.key == "schemas.public.sequences.s.owned_by"
    assert err.line == 4


def test_owned_by_with_dots_in_names():
    text = ("schemas:\n  public:\n    sequences:\n      s: {owned_by: a.b.c}\n"
            "    tables:\n      a.b: {columns: {c: int}}\n")
    assert model(text).of_kind("sequence")[0].owned_by == ("a.b", "c")


def test_foreign_key_to_an_unknown_table():
    err = spec_error(table_yaml("columns:\n  a: {type: int, references: customers}\n"))
    assert err.message == "referenced table 'customers' is not in schema 'public'"
    assert err.key.endswith("columns.a.references")


def test_foreign_key_to_a_table_without_primary_key():
    err = spec_error(table_yaml("columns:\n  a: {type: int, references: t}\n"))
    assert err.message == "referenced table 't' has no primary key"


def test_foreign_key_to_a_missing_column():
    err = spec_error(table_yaml("columns:\n  a: {type: int, references: {table: t, column: b}}\n"))
    assert err.message == "column 'b' does not exist in table 't'"


def test_foreign_key_column_count_must_match():
    body = ("columns: {a: int, b: int}\nprimary_key: [a]\n"
            "foreign_keys: {f: {columns: [a, b], references: t}}\n")
    err = spec_error(table_yaml(body))
    assert err.message == "the foreign key has 2 column(s) but references 1"


def test_foreign_key_into_an_undeclared_schema_needs_columns():
    err = spec_error(table_yaml("columns:\n  u: {type: uuid, references: {schema: auth, table: users}}\n"))
    assert "schema 'auth' is not in this file" in err.message
    db = model(table_yaml("columns:\n  u: {type: uuid, references: {schema: auth, table: users, column: id}}\n"))
    assert db.of_kind("constraint")[0].ref_table == ("auth", "users")


def test_initially_deferred_needs_deferrable():
    err = spec_error(table_yaml("columns: {a: int}\nunique: {u: {columns: [a], deferrable: false, initially_deferred: true}}\n"))
    assert err.message == "initially_deferred needs deferrable: true"


def test_unique_with_where_cannot_be_deferrable():
    err = spec_error(table_yaml("columns: {a: int}\nunique: {u: {columns: [a], where: a > 0, deferrable: true}}\n"))
    assert "cannot be deferrable" in err.message
