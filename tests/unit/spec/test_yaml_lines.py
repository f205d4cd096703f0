"""YAML with lines: raw scalars, line numbers, duplicate keys, syntax errors."""

from __future__ import annotations

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec.yaml_lines import load_yaml

TEXT = """\
schemas:
  public:
    tables:
      orders:
        columns:
          id: bigint
          total:
            type: numeric
"""


def test_every_key_and_value_has_its_line():
    data, lines = load_yaml(TEXT)
    assert data["schemas"]["public"]["tables"]["orders"]["columns"]["id"] == "bigint"
    path = ("schemas", "public", "tables", "orders", "columns")
    assert lines.line(path + ("id",)) == 6
    assert lines.line(path + ("total",)) == 7
    assert lines.line(path + ("total", "type")) == 8
    assert lines.line(path + ("total", "type"), value=True) == 8


def test_unknown_path_falls_back_to_the_deepest_known_key():
    _, lines = load_yaml(TEXT)
    path = ("schemas", "public", "tables", "orders", "columns", "id", "type", "x")
    assert lines.line(path) == 6


def test_scalars_stay_the_text_that_was_typed():
    data, _ = load_yaml("a: on\nb: 1.50\nc: 0x10\nyes: no\nd: 2024-01-01\ne: 'null'\n")
    assert data == {"a": "on", "b": "1.50", "c": "0x10", "yes": "no", "d": "2024-01-01",
                    "e": "null"}


def test_yaml_nulls_become_none():
    data, _ = load_yaml("a:\nb: ~\nc: null\n")
    assert data == {"a": None, "b": None, "c": None}


def test_empty_file_is_an_empty_spec():
    assert load_yaml("")[0] == {}
    assert load_yaml("# only a comment\n")[0] == {}


def test_duplicate_key_is_an_error_with_both_lines():
    text = "schemas:\n  public:\n    tables:\n      a: {}\n      b: {}\n      a: {}\n"
    with pytest.raises(SpecError) as err:
        load_yaml(text, "s.yaml")
    assert err.value.line == 6
    assert err.value.file == "s.yaml"
    assert err.value.key == "schemas.public.tables.a"
    assert "duplicate key 'a'" in err.value.message and "line 4" in err.value.message


def test_duplicate_key_in_a_flow_map():
    with pytest.raises(SpecError, match="duplicate key 'type'") as err:
        load_yaml("c:\n  x: {type: int, type: text}\n")
    assert err.value.line == 2


def test_merge_keys_may_be_overridden_explicitly():
    text = "base: &b {type: int, not_null: true}\ncol:\n  <<: *b\n  type: bigint\n"
    data, _ = load_yaml(text)
    assert data["col"] == {"type": "bigint", "not_null": "true"}


def test_syntax_error_names_file_and_line():
    with pytest.raises(SpecError) as err:
        load_yaml("schemas:\n  public:\n    tables: {a: b\n  x: [\n", "schema.yaml")
    assert err.value.line is not None and err.value.line >= 3
    assert err.value.message.startswith("invalid YAML")
    assert str(err.value).startswith(f"schema.yaml:{err.value.line}")


def test_bad_indentation_is_reported_on_its_line():
    with pytest.raises(SpecError) as err:
        load_yaml("schemas:\n  public:\n    tables: {}\n   bad: 1\n")
    assert err.value.line == 4


def test_the_top_level_must_be_a_map():
    with pytest.raises(SpecError, match="must be a map"):
        load_yaml("- a\n- b\n")


def test_a_key_must_be_a_name():
    with pytest.raises(SpecError, match="key must be a name") as err:
        load_yaml("schemas:\n  ? [a, b]\n  : 1\n")
    assert err.value.line == 2


def test_alias_bombs_are_stopped():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    with pytest.raises(SpecError, match="too many values"):
        load_yaml("\n".join(lines) + "\n")


def test_libyaml_fast_path_gives_the_same_data_and_lines(monkeypatch):
    """The libyaml-backed composer is only a speed-up: the shipped schema.yaml reads the same."""
    from pathlib import Path

    from schemadiff.spec import yaml_lines

    assert yaml_lines.FastLoader is not None  # the venv's PyYAML is built with libyaml
    text = (Path(__file__).resolve().parents[3] / "schema.yaml").read_text()
    fast = yaml_lines.load_yaml(text)
    monkeypatch.setattr(yaml_lines, "FastLoader", None)
    assert yaml_lines.load_yaml(text) == fast


def test_a_yaml_error_keeps_the_pure_python_message():
    """libyaml words errors differently; the user still reads PyYAML's (and the tab hint)."""
    import pytest

    from schemadiff.errors import SpecError
    from schemadiff.spec.yaml_lines import load_yaml

    with pytest.raises(SpecError) as caught:
        load_yaml("a:\n\tb: 1\n")
    assert "'\\t'" in str(caught.value) and caught.value.line == 2
    assert "tabs" in (caught.value.hint or "")
