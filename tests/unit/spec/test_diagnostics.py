"""One clear SpecError per mistake: file, line, key path, what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec import load_spec

from conftest import spec_error, table_yaml


def test_unknown_key_suggests_the_closest_valid_key():
    err = spec_error(table_yaml("""\
        columns:
          id: bigint
          total: {type: numeric, not_nul: true}
        """))
    assert err.message == "unknown key 'not_nul'; did you mean 'not_null'?"
    assert err.line == 7
    assert err.key == "schemas.public.tables.t.columns.total.not_nul"
    assert str(err) == ("schema.yaml:7 at schemas.public.tables.t.columns.total.not_nul: "
                        "unknown key 'not_nul'; did you mean 'not_null'?")


def test_unknown_key_at_top_level_and_in_nested_blocks():
    assert spec_error("schemass: {}\n").message.endswith("did you mean 'schemas'?")
    err = spec_error(table_yaml("columns: {id: int}\nforeign_keys:\n  f:\n    column: [id]\n"))
    assert err.message == "unknown key 'column'; did you mean 'columns'?"
    assert err.line == 8


def test_unknown_key_without_a_close_match_lists_the_valid_ones():
    err = spec_error(table_yaml("columns: {id: int}\nzzz: 1\n"))
    assert err.message == "unknown key 'zzz'"
    assert "columns" in err.hint and "indexes" in err.hint


def test_unknown_key_in_aliased_block_suggests_the_alias():
    err = spec_error("extensions:\n  citext: {schemaa: public}\n")
    assert err.message == "unknown key 'schemaa'; did you mean 'schema'?"


def test_wrong_type_says_what_was_expected():
    err = spec_error(table_yaml("columns:\n  id:\n    type: int\n    not_null: maybe\n"))
    assert err.message == "expected true or false, got 'maybe'"
    assert err.line == 8
    assert err.key.endswith("columns.id.not_null")


def test_wrong_type_for_a_number():
    err = spec_error("schemas:\n  public:\n    sequences:\n      s: {start: soon}\n")
    assert err.message == "expected a whole number, got 'soon'"
    assert err.line == 4


def test_a_map_where_text_was_expected():
    err = spec_error(table_yaml("columns:\n  id: {type: {a: b}}\n"))
    assert err.message == "expected text, got a map"


def test_wrong_shape_for_a_shorthand():
    err = spec_error(table_yaml("columns:\n  id: [int]\n"))
    assert err.message == "expected a type name (like text) or a map"
    assert err.line == 6


def test_not_one_of_the_options_suggests_one():
    # an index `method` is any the server has (checked against pg_am); identity is a fixed choice
    err = spec_error(table_yaml("columns: {id: {type: int, identity: alwys}}\n"))
    assert "expected one of 'always'" in err.message and "got 'alwys'" in err.message
    assert err.hint == "did you mean 'always'?"


def test_missing_required_key():
    err = spec_error(table_yaml("columns:\n  id: {not_null: true}\n"))
    assert err.message == "missing required key 'type'"
    assert err.line == 6


def test_empty_list_where_one_item_is_needed():
    err = spec_error(table_yaml("columns: {id: int}\nindexes:\n  i: []\n"))
    assert err.message == "expected at least one item"


def test_the_first_problem_in_the_file_is_reported():
    err = spec_error(table_yaml("columns:\n  a: {type: int, nul: 1}\n  b: {type: int, nul: 1}\n"))
    assert err.line == 6
    assert err.key.endswith("columns.a.nul")


def test_name_longer_than_63_bytes():
    name = "é" * 32  # 64 bytes in UTF-8, 32 characters
    err = spec_error(f"schemas:\n  public:\n    tables:\n      {name}: {{}}\n")
    assert "64 bytes" in err.message and "truncates" in err.message
    assert err.line == 4
    assert err.key == f"schemas.public.tables.{name}"


def test_name_of_exactly_63_bytes_is_fine():
    name = "a" * 63
    model_text = f"schemas:\n  public:\n    tables:\n      {name}: {{}}\n"
    from conftest import model
    assert model(model_text).tables()[0].name == name


def test_long_explicit_constraint_name():
    err = spec_error(table_yaml(f"columns: {{id: int}}\nprimary_key: {{columns: [id], name: {'p' * 64}}}\n"))
    assert "64 bytes" in err.message
    assert err.key.endswith("primary_key.name")


def test_long_enum_label():
    err = spec_error(f"schemas:\n  public:\n    enums:\n      e: [ok, {'x' * 64}]\n")
    assert "longer than 63 bytes" in err.message


def test_load_spec_reads_a_file_and_names_it(tmp_path: Path):
    path = tmp_path / "my.yaml"
    path.write_text(table_yaml("columns:\n  id: {type: int, nul: 1}\n"), encoding="utf-8")
    with pytest.raises(SpecError) as err:
        load_spec(path)
    assert err.value.file == str(path)
    assert str(err.value).startswith(f"{path}:6 at ")


def test_load_spec_missing_file(tmp_path: Path):
    with pytest.raises(SpecError, match="cannot read"):
        load_spec(tmp_path / "absent.yaml")


def test_load_spec_empty_file_is_an_empty_spec(tmp_path: Path):
    path = tmp_path / "schema.yaml"
    path.write_text("")
    doc = load_spec(path)
    assert doc.schemas == {} and doc.extensions == {}
    assert doc.file == str(path)


def test_render_includes_the_hint():
    err = spec_error(table_yaml("columns: {id: int}\nprimary_key: [idd]\n"))
    assert isinstance(err, SpecError)
    assert err.render().endswith("hint: did you mean 'id'?")
