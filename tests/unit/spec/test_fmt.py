"""schemadiff fmt: canonical order and style, comments kept, meaning unchanged, idempotent."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemadiff.cli import main
from schemadiff.errors import SpecError
from schemadiff.spec import parse_spec, to_model
from schemadiff.spec.fmt import format_text

ROOT = Path(__file__).resolve().parents[3]
EVERY_SCHEMA = sorted([ROOT / "schema.yaml", *(ROOT / "tests").rglob("schema.yaml")])


def _model(text: str, path: Path):
    return to_model(parse_spec(text, str(path)))


@pytest.mark.parametrize("path", EVERY_SCHEMA, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_schema_in_the_repository_keeps_its_meaning_and_is_a_fixed_point(path):
    text = path.read_text()
    try:
        before = _model(text, path)
    except SpecError:  # an error case, meant not to load: fmt refuses it too
        with pytest.raises(SpecError):
            format_text(text, str(path))
        return
    formatted = format_text(text, str(path))
    assert _model(formatted, path) == before
    assert format_text(formatted, str(path)) == formatted


def test_keys_follow_the_reference_and_comments_stay_with_their_key():
    text = textwrap.dedent("""\
        # yaml-language-server: $schema=./schemadiff.schema.json
        schemas:
          public:
            tables:
              # customers pay
              customers:
                primary_key: [id]   # the key
                # the columns, in table order
                columns:
                  id: uuid
                  email: {not_null: true, type: text}
                comment: One row per customer
        extensions:
          pgcrypto: {}
        """)
    assert format_text(text) == textwrap.dedent("""\
        # yaml-language-server: $schema=./schemadiff.schema.json
        extensions:
          pgcrypto: {}
        schemas:
          public:
            tables:
              # customers pay
              customers:
                comment: One row per customer
                # the columns, in table order
                columns:
                  id: uuid
                  email: {type: text, not_null: true}
                primary_key: [id]   # the key
        """)


def test_indentation_is_normalised():
    text = "schemas:\n    public:\n        tables:\n            t:\n                columns:\n                    a: int\n"
    assert format_text(text) == "schemas:\n  public:\n    tables:\n      t:\n        columns:\n          a: int\n"


def test_an_invalid_file_is_refused_with_its_line():
    with pytest.raises(SpecError) as err:
        format_text("schemas:\n  public:\n    tables:\n      t:\n        colums: {}\n", "s.yaml")
    assert "s.yaml:5" in str(err.value)


TABLE_KEYS = {
    "comment": "comment: a table",
    "columns": "columns:\n  id: integer\n  n: {default: '0', type: integer, not_null: true}",
    "primary_key": "primary_key: [id]",
    "checks": "checks:\n  n_positive: n >= 0",
    "indexes": "indexes:\n  t_n: [n]",
}


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(TABLE_KEYS)), st.lists(st.booleans(), min_size=5, max_size=5))
def test_any_order_of_a_tables_keys_formats_to_the_same_text(order, commented):
    def document(keys, flags):
        body = "".join((f"# about {k}\n" if flag else "") + TABLE_KEYS[k] + "\n" for k, flag in zip(keys, flags))
        return "schemas:\n  public:\n    tables:\n      t:\n" + textwrap.indent(body, " " * 8)

    flags = dict(zip(order, commented))
    canonical = format_text(document(list(TABLE_KEYS), [flags[k] for k in TABLE_KEYS]))
    assert format_text(document(order, commented)) == canonical


def test_cli_check_and_rewrite(tmp_path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text("schemas:\n  public:\n    tables:\n      t:\n        primary_key: [a]\n        columns: {a: int}\n")
    path.chmod(0o640)
    assert main(["fmt", "--check", "-s", str(path)]) == 2
    assert "primary_key" in path.read_text().splitlines()[4]  # --check changes nothing
    assert main(["fmt", "-s", str(path)]) == 0
    assert path.read_text().splitlines()[4].strip() == "columns: {a: int}"
    assert path.stat().st_mode & 0o777 == 0o640
    assert main(["fmt", "--check", "-s", str(path)]) == 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_refuses_an_invalid_file_and_leaves_it(tmp_path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text("schemas: [\n")
    assert main(["fmt", "-s", str(path)]) == 1
    assert path.read_text() == "schemas: [\n"
    assert "schema.yaml:" in capsys.readouterr().err
