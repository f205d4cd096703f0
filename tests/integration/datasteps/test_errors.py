"""A bad data step names itself and its schema.yaml line, on load (syntax, a statement a step may
not run) and in the proof (SQL that fails only when run), and nothing reaches the target."""

from __future__ import annotations

import pytest

from schemadiff.cli import main
from schemadiff.errors import SpecError, UnsupportedFeature
from schemadiff.pipeline import compute_plan, validate

from .conftest import rows

SCHEMA = """
schemas:
  public:
    tables:
      items:
        columns:
          id: {type: int, primary_key: true}
          price: numeric
data:
  priced:
    sql: |
      UPDATE items SET price = 0 WHERE price IS NULL;
      {bad}
"""


def _with(bad: str) -> str:
    return SCHEMA.replace("{bad}", bad)


@pytest.mark.parametrize("bad, message", [
    ("UPDATE items SET price = WHERE id = 1;", r"data step 'priced': PostgreSQL rejected the SQL: syntax error"),
    ("COMMIT;", r"data step 'priced': COMMIT is not allowed in a data step: a data step runs inside"),
    ("CREATE TABLE extra (id int);", r"data step 'priced': CREATE TABLE is not allowed in a data step"),
    ("SET search_path = x;", r"data step 'priced': SET would outlive the migration; use SET LOCAL"),
])
def test_bad_sql_names_the_step_and_its_line_before_any_database(server, make_db, write_schema, bad, message):
    settings = write_schema(_with(bad), make_db(server, ""))
    with pytest.raises(SpecError, match=r"schema.yaml:13 at data.priced.sql: " + message):
        validate(settings)


def test_sql_failing_when_run_fails_the_proof_naming_the_step_and_line(server, make_db, write_schema):
    url = make_db(server, "CREATE TABLE items (id int PRIMARY KEY, price numeric)")
    settings = write_schema(_with("UPDATE items SET cost = 1;"), url)
    with pytest.raises(SpecError, match=r"schema.yaml:13 at data.priced.sql: data step 'priced' failed in the "
                                        r'scratch database: column "cost" of relation "items" does not exist'):
        compute_plan(settings)
    assert rows(url, "SELECT to_regclass('schemadiff.history')") == [(None,)]  # the target was not touched


def test_the_cli_says_it_in_one_line_and_exits_1(server, make_db, write_schema, capsys):
    url = make_db(server, "CREATE TABLE items (id int PRIMARY KEY, price numeric)")
    settings = write_schema(_with("UPDATE items SET cost = 1;"), url)
    assert main(["apply", "-s", str(settings.schema), "-d", url, "--yes"]) == 1
    err = capsys.readouterr().err
    assert "schema.yaml:13" in err and "data step 'priced' failed" in err and "Traceback" not in err
    assert rows(url, "SELECT count(*) FROM items") == [(0,)]


def test_a_step_that_makes_what_the_model_cannot_hold_is_refused_in_the_proof(server, make_db, write_schema):
    # The proof reads its scratch database without the refusal (apply/proof.py: everything there
    # is rendered from models read with it), except after the user's own SQL has run.
    url = make_db(server, "CREATE TABLE items (id int PRIMARY KEY, price numeric)")
    rule = "DO $$ BEGIN EXECUTE 'CREATE RULE keep AS ON DELETE TO items DO INSTEAD NOTHING'; END $$;"
    settings = write_schema(_with(rule), url)
    with pytest.raises(UnsupportedFeature) as info:
        compute_plan(settings)
    assert ("table public.items", "RULE keep") in info.value.found
    assert rows(url, "SELECT count(*) FROM pg_rewrite WHERE rulename = 'keep'") == [(0,)]
