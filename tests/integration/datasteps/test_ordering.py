"""Where a data step runs: after the steps creating or altering the tables its SQL references,
before the steps that need its rows (SET NOT NULL on a column it fills, the drop of a table it
reads), and where `after:`/`before:` say."""

from __future__ import annotations

import pytest

from schemadiff.errors import SpecError
from schemadiff.pipeline import apply, compute_plan

from .conftest import rows, yes

BEFORE = """
CREATE TABLE accounts (id int PRIMARY KEY, email text);
INSERT INTO accounts SELECT g, 'u' || g || '@x.test' FROM generate_series(1, 20) g;
CREATE TABLE legacy_notes (account_id int, body text);
INSERT INTO legacy_notes SELECT g, 'note ' || g FROM generate_series(1, 5) g;
"""

SCHEMA = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: int, primary_key: true}
          email: text
          domain: {type: text, not_null: true}
      notes:
        columns:
          account_id: {type: int, primary_key: true}
          body: text
data:
  fill_domain:
    sql: UPDATE accounts SET domain = split_part(email, '@', 2) WHERE domain IS NULL
  copy_notes:
    sql: INSERT INTO notes (account_id, body) SELECT account_id, body FROM legacy_notes ON CONFLICT DO NOTHING
    rollback: DELETE FROM notes
"""


def _descriptions(plan) -> list[str]:
    return [op.describe() for op in plan.ops]


def _index(descs: list[str], start: str) -> int:
    return next(i for i, d in enumerate(descs) if d.startswith(start))


def test_a_backfill_runs_between_add_column_and_set_not_null_and_a_copy_before_the_drop(server, make_db,
                                                                                        write_schema):
    url = make_db(server, BEFORE)
    settings = write_schema(SCHEMA, url)
    descs = _descriptions(compute_plan(settings).forward)
    fill, copy = descs.index("run data step fill_domain"), descs.index("run data step copy_notes")
    assert _index(descs, "add column accounts.domain") < fill < _index(descs, "set not null on accounts.domain"), descs
    assert _index(descs, "create table public.notes") < copy < _index(descs, "drop table public.legacy_notes"), descs
    apply(settings, allow_destructive=True, confirm=yes)
    # the database, not the plan: every row filled, the column NOT NULL, the notes copied
    assert rows(url, "SELECT count(*) FILTER (WHERE domain = 'x.test'), count(*) FROM accounts") == [(20, 20)]
    assert rows(url, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'accounts'::regclass "
                     "AND attname = 'domain'") == [(True,)]
    assert rows(url, "SELECT count(*), md5(string_agg(account_id || body, ',' ORDER BY account_id)) FROM notes") \
        == rows(url, "SELECT 5::bigint, md5(string_agg(g || 'note ' || g, ',' ORDER BY g)) FROM generate_series(1, 5) g")
    assert rows(url, "SELECT to_regclass('legacy_notes')") == [(None,)]


def test_before_and_after_hints_override_the_default_order(server, make_db, write_schema):
    url = make_db(server, BEFORE)
    hinted = SCHEMA.replace("    rollback: DELETE FROM notes\n",
                            "    rollback: DELETE FROM notes\n    before: [fill_domain]\n")
    descs = _descriptions(compute_plan(write_schema(hinted, url)).forward)
    assert descs.index("run data step copy_notes") < descs.index("run data step fill_domain"), descs
    after = SCHEMA.replace("    rollback: DELETE FROM notes\n",
                           "    rollback: DELETE FROM notes\n    after: [accounts.domain, fill_domain]\n")
    descs = _descriptions(compute_plan(write_schema(after, url)).forward)
    assert _index(descs, "add column accounts.domain") < descs.index("run data step copy_notes"), descs
    assert descs.index("run data step fill_domain") < descs.index("run data step copy_notes"), descs


def test_an_unknown_hint_is_an_error_naming_the_step_and_line(server, make_db, write_schema):
    url = make_db(server, BEFORE)
    typo = SCHEMA.replace("    rollback: DELETE FROM notes\n", "    rollback: DELETE FROM notes\n    after: [acounts]\n")
    with pytest.raises(SpecError, match=r"schema.yaml:1\d.*data step 'copy_notes': after: 'acounts' is not"):
        compute_plan(write_schema(typo, url))


def test_a_backfill_lets_an_existing_column_with_nulls_become_not_null(server, make_db, write_schema):
    """Preflight finds NULLs today, but the step fills them first: the apply goes through."""
    url = make_db(server, "CREATE TABLE accounts (id int PRIMARY KEY, email text, domain text);"
                          "INSERT INTO accounts SELECT g, 'u' || g || '@x.test', NULL FROM generate_series(1, 20) g")
    text = SCHEMA.replace("      notes:\n        columns:\n          account_id: {type: int, primary_key: true}\n"
                          "          body: text\n", "").split("  copy_notes:")[0]
    settings = write_schema(text, url)
    plan = compute_plan(settings).forward
    descs = [op.describe() for op in plan.ops]
    fill = descs.index("run data step fill_domain")
    assert fill < min(i for i, d in enumerate(descs) if "not null" in d.lower() or "validate" in d), descs
    assert not [f for f in plan.preflight if f.fails]
    assert any("data step fill_domain writes accounts first" in f.line() for f in plan.preflight)
    apply(settings, allow_destructive=False, confirm=yes)
    assert rows(url, "SELECT count(*) FILTER (WHERE domain = 'x.test') FROM accounts") == [(20,)]
    assert rows(url, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'accounts'::regclass "
                     "AND attname = 'domain'") == [(True,)]


DO_BLOCK = SCHEMA.replace(
    "    sql: UPDATE accounts SET domain = split_part(email, '@', 2) WHERE domain IS NULL\n",
    "    sql: |\n"
    "      DO $$\n"
    "      DECLARE filled int;\n"
    "      BEGIN\n"
    "        UPDATE accounts SET domain = split_part(email, '@', 2) WHERE domain IS NULL;\n"
    "        GET DIAGNOSTICS filled = ROW_COUNT;\n"
    "        RAISE NOTICE 'filled %', filled;\n"
    "      END $$\n")


def test_a_do_block_is_read_for_what_it_writes(server, make_db, write_schema):
    """Its body is a string to the SQL parser: read with the PL/pgSQL parser, the UPDATE inside
    places the step between the nullable ADD COLUMN and SET NOT NULL, as a plain UPDATE would be
    (placed anywhere else, SET NOT NULL fails on the 20 rows, or the UPDATE on the missing column)."""
    assert "DO $$" in DO_BLOCK
    url = make_db(server, BEFORE)
    settings = write_schema(DO_BLOCK, url)
    descs = _descriptions(compute_plan(settings).forward)
    fill = descs.index("run data step fill_domain")
    assert _index(descs, "add column accounts.domain") < fill < _index(descs, "set not null on accounts.domain"), descs
    apply(settings, allow_destructive=True, confirm=yes)
    assert rows(url, "SELECT count(*) FILTER (WHERE domain = 'x.test'), count(*) FROM accounts") == [(20, 20)]
