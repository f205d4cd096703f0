"""`valid: false` (NOT VALID) on checks and foreign keys: to_model, refusals, dump round trip."""

from __future__ import annotations

import yaml

from schemadiff.model.ids import constraint_id
from schemadiff.spec import dump, parse_spec, to_model

from conftest import model, spec_error, table_yaml

TWO_TABLES = """\
schemas:
  public:
    tables:
      p: {columns: {id: int}, primary_key: [id]}
      t:
        columns:
          id: int
          p_id: {type: int, references: {table: p, valid: false}}
          q_id: int
          n: int
        checks:
          n_positive: {expression: n > 0, valid: false}
          n_small: n < 100
        foreign_keys:
          t_q_id_fkey: {columns: [q_id], references: p, valid: false}
"""


def _validated(db, name):
    return db.get(constraint_id("public", "t", name)).validated


def test_valid_false_on_check_foreign_key_and_column_reference():
    db = model(TWO_TABLES)
    assert [_validated(db, n) for n in ("n_positive", "n_small", "t_p_id_fkey", "t_q_id_fkey")] == \
        [False, True, False, False]


def test_valid_is_refused_where_postgres_has_no_not_valid():
    err = spec_error(table_yaml("""\
        columns: {a: int}
        unique:
          t_a_key: {columns: [a], valid: false}
        """))
    assert "t_a_key.valid: unknown key 'valid'" in err.render()


def test_valid_must_be_a_boolean():
    err = spec_error(table_yaml("""\
        columns: {a: int}
        checks:
          c: {expression: a > 0, valid: maybe}
        """))
    assert "schema.yaml:7 at schemas.public.tables.t.checks.c.valid: expected true or false" in err.render()


def test_dump_writes_valid_false_and_reads_back_the_same_model():
    db = model(TWO_TABLES)
    text = dump(db)
    tables = yaml.safe_load(text)["schemas"]["public"]["tables"]
    assert tables["t"]["checks"]["n_positive"] == {"expression": "n > 0", "valid": False}
    assert tables["t"]["checks"]["n_small"] == "n < 100"
    assert tables["t"]["foreign_keys"]["t_p_id_fkey"]["valid"] is False
    assert to_model(parse_spec(text)) == db
