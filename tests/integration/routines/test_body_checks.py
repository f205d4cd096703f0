"""Function bodies checked against the desired schema at plan time (issue 9): a body that names a
column the schema does not have fails `validate` and `plan` with the function and the line; a
declared rename that leaves a body behind fails with both names; with the body updated, the plan
applies and the RPC works."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.cli import main
from schemadiff.errors import SpecError
from schemadiff.pipeline import Settings, apply, compute_plan, validate

SEEDS = Path(__file__).resolve().parents[3] / "schema.yaml"  # the shipped schema.yaml

BROKEN = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, primary_key: true}
          balance: {type: integer, not_null: true, default: "0"}
    functions:
      account_total:
        args: p_id bigint
        returns: integer
        body: |
          DECLARE
            v_total integer;
          BEGIN
            SELECT balance + overdraft INTO v_total
              FROM accounts WHERE id = p_id;
            RETURN v_total;
          END;
"""


def _write(tmp_path, text: str, name: str = "schema.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_body_reading_a_missing_column_fails_validate_and_plan(server, db_url, tmp_path, capsys):
    schema = _write(tmp_path, BROKEN)
    settings = Settings(schema=schema, database=db_url, project_dir=tmp_path)
    with pytest.raises(SpecError) as err:
        validate(settings)
    assert "function public.account_total, line 4 of its body" in str(err.value)
    assert "overdraft" in str(err.value)
    assert err.value.line == BROKEN.splitlines().index("      account_total:") + 1  # the function's key
    assert main(["plan", "-s", str(schema), "-d", db_url]) == 1
    out = capsys.readouterr()
    assert "account_total" in out.err + out.out and "Traceback" not in out.err
    # the database was not touched
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_proc WHERE proname = 'account_total'").fetchone()[0] == 0


def _renamed(text: str, update_body: bool) -> str:
    text = text.replace("          name: text\n          external_id:",
                        "          full_name: {type: text, renamed_from: name}\n          external_id:", 1)
    assert "renamed_from: name}" in text
    if update_body:
        body = text[text.index("      upsert_customer_atomic:"):]
        new = (body.replace("name = COALESCE(p_name, name)", "full_name = COALESCE(p_name, full_name)")
                   .replace("external_id, name, stripe_customer_id", "external_id, full_name, stripe_customer_id"))
        assert new != body
        text = text[: text.index("      upsert_customer_atomic:")] + new
    return text


def test_a_rename_the_body_does_not_follow_fails_and_an_updated_body_applies(server, make_db, tmp_path):
    url = make_db(server, "")
    seeds = SEEDS.read_text()
    apply(Settings(schema=SEEDS, database=url, project_dir=tmp_path, skip_cron=True),
          allow_destructive=False, confirm=lambda _: True)
    stale = _write(tmp_path, _renamed(seeds, update_body=False), "stale.yaml")
    with pytest.raises(SpecError) as err:
        compute_plan(Settings(schema=stale, database=url, project_dir=tmp_path, skip_cron=True))
    assert ("function public.upsert_customer_atomic writes customers.name, which this plan renames "
            "to full_name: update the body") in str(err.value)

    fixed = _write(tmp_path, _renamed(seeds, update_body=True), "fixed.yaml")
    settings = Settings(schema=fixed, database=url, project_dir=tmp_path, skip_cron=True)
    result = compute_plan(settings)
    described = [op.describe() for op in result.forward.ops]
    rename = next(i for i, d in enumerate(described) if "rename column" in d and "full_name" in d)
    replace = next(i for i, d in enumerate(described) if "upsert_customer_atomic" in d)
    assert rename < replace
    assert result.forward.batches()[0][0] and len(result.forward.batches()) == 1  # one transaction
    apply(settings, allow_destructive=False, confirm=lambda _: True)
    with psycopg.connect(url, autocommit=True) as conn:
        org = conn.execute("INSERT INTO organizations (name, slug) VALUES ('o', 'o') RETURNING id").fetchone()[0]
        made = conn.execute("SELECT upsert_customer_atomic(%s, 'a@x.io', 'ext-1', 'Ada')", (org,)).fetchone()[0]
        assert made["created"] is True
        again = conn.execute("SELECT upsert_customer_atomic(%s, 'a@x.io', 'ext-1', 'Ada L')", (org,)).fetchone()[0]
        assert again == {"customer_id": made["customer_id"], "created": False}
        assert conn.execute("SELECT full_name FROM customers WHERE id = %s", (made["customer_id"],)).fetchone()[0] == "Ada L"


TYPE_MISMATCH = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, primary_key: true}
          owner_id: uuid
    functions:
      accounts_of:
        args: p_owner text
        returns: bigint
        body: |
          BEGIN
            RETURN (SELECT count(*) FROM accounts
                     WHERE owner_id = p_owner);
          END;
"""


def test_a_type_error_in_a_statement_fails_with_postgres_own_message(server, db_url, tmp_path):
    """Every column exists; only PostgreSQL's analysis of the statement, PREPAREd with p_owner as
    a text parameter, sees that uuid = text has no operator."""
    schema = _write(tmp_path, TYPE_MISMATCH)
    with pytest.raises(SpecError) as err:
        validate(Settings(schema=schema, database=db_url, project_dir=tmp_path))
    assert "function public.accounts_of, line 2 of its body: operator does not exist: uuid = text" in str(err.value)


RECORD_FIELD = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, primary_key: true}
          balance: integer
    functions:
      first_balance:
        returns: integer
        body: |
          DECLARE
            r record;
          BEGIN
            SELECT * INTO r FROM accounts LIMIT 1;
            RETURN r.overdraft;
          END;
"""


def test_plpgsql_check_finds_what_the_reading_cannot(pg15_server, make_db, tmp_path):
    """A record variable's field is only known once the query's row type is: plpgsql_check (on
    the pg15 server, which has it) reports it; nothing else in the check can see it."""
    url = make_db(pg15_server, "")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'plpgsql_check'").fetchone()
    schema = _write(tmp_path, RECORD_FIELD)
    with pytest.raises(SpecError) as err:
        validate(Settings(schema=schema, database=url, project_dir=tmp_path))
    assert "function public.first_balance, line 5 of its body" in str(err.value)
    assert "plpgsql_check" in str(err.value) and "overdraft" in str(err.value)


SQL_BODY_RENAME = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, primary_key: true}
          amount: {type: integer, renamed_from: balance}
    functions:
      total:
        returns: bigint
        language: sql
        body: SELECT sum(balance) FROM accounts
"""


def test_a_sql_body_left_behind_by_a_rename_is_named_before_postgres_rejects_it(server, db_url, tmp_path):
    """PostgreSQL checks a SQL body itself, but would only say the column is missing."""
    schema = _write(tmp_path, SQL_BODY_RENAME)
    with pytest.raises(SpecError) as err:
        validate(Settings(schema=schema, database=db_url, project_dir=tmp_path))
    assert ("function public.total reads accounts.balance, which this plan renames to amount: "
            "update the body") in str(err.value)
