"""The `data:` block: its keys, its SQL read by PostgreSQL's parser, templates, lines (no database)."""

from __future__ import annotations

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec import data_steps, load_spec, parse_spec

HEAD = "schemas:\n  public:\n    tables:\n      t: {columns: {id: int}}\ndata:\n"


def _steps(body: str):
    return data_steps(parse_spec(HEAD + body))


def test_statements_are_split_by_the_parser_with_their_lines():
    (step,) = _steps("  s:\n    sql: |\n      UPDATE t SET id = 1;\n\n      DELETE FROM t WHERE ';' = ';'\n"
                     "    rollback: SELECT 1\n")
    assert step.statements == ((8, "UPDATE t SET id = 1"), (10, "DELETE FROM t WHERE ';' = ';'"))
    assert step.rollback_statements == ((11, "SELECT 1"),) and step.line == 8


@pytest.mark.parametrize("body, message", [
    ("  s: {sql: SELECT 1, colour: red}\n", r"schema.yaml:6 at data.s.colour: unknown key 'colour'"),
    ("  s: {rollback: SELECT 1}\n", r"exactly one of `sql` and `template`"),
    ("  s: {sql: SELECT 1, vars: {a: 1}}\n", r"`vars` is only for a `template`"),
    ("  s: {sql: VACUUM t}\n", r"data step 's': VACUUM is not allowed in a data step: VACUUM cannot run inside"),
    ("  s: {sql: CREATE INDEX CONCURRENTLY i ON t (id)}\n", r"CREATE INDEX is not allowed"),
    ("  s: {sql: \"SELECT 'unclosed\"}\n", r"data step 's'"),
    ("  s: {sql: SELECT 1, rollback: ROLLBACK}\n", r"at data.s.rollback: data step 's': ROLLBACK is not allowed"),
    ("  s: {sql: SELECT 1, rollback: SELECT 2, rollback_template: undo}\n",
     r"at data.s.rollback_template: a data step has at most one of `rollback` and `rollback_template`"),
])
def test_mistakes_name_the_key_and_line(body, message):
    with pytest.raises(SpecError, match=message):
        _steps(body)


def test_a_template_is_rendered_and_its_output_is_what_is_hashed(tmp_path):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "fill.sql.j2").write_text("UPDATE {{ vars.table | ident }} SET id = {{ vars.value }}\n")
    path = tmp_path / "schema.yaml"
    path.write_text("templates: [tpl]\n" + HEAD + "  s: {template: fill, vars: {table: t, value: 7}}\n")
    (step,) = data_steps(load_spec(path))
    assert step.sql.strip() == 'UPDATE "t" SET id = 7'
    assert step.statements[0][1] == 'UPDATE "t" SET id = 7'
    path.write_text(path.read_text().replace("value: 7", "value: 8"))
    assert data_steps(load_spec(path))[0].sha256 != step.sha256  # other vars: another step's SQL


def test_a_rollback_template_is_rendered_with_the_steps_vars(tmp_path):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "fill.sql.j2").write_text("UPDATE {{ vars.table | ident }} SET id = {{ vars.value }}\n")
    (tmp_path / "tpl" / "unfill.sql.j2").write_text(
        "UPDATE {{ vars.table | ident }} SET id = NULL WHERE id = {{ vars.value }}\n")
    path = tmp_path / "schema.yaml"
    path.write_text("templates: [tpl]\n" + HEAD
                    + "  s: {template: fill, rollback_template: unfill, vars: {table: t, value: 7}}\n"
                    + "  plain: {sql: 'UPDATE t SET id = 2', rollback_template: unfill, vars: {table: t, value: 2}}\n")
    step, plain = data_steps(load_spec(path))
    assert step.rollback.strip() == 'UPDATE "t" SET id = NULL WHERE id = 7'
    assert step.rollback_statements[0][1] == 'UPDATE "t" SET id = NULL WHERE id = 7'
    assert plain.rollback.strip() == 'UPDATE "t" SET id = NULL WHERE id = 2'  # vars serve the rollback alone too
