"""Templates: the shipped library renders, user folders come first, every error names the object."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from schemadiff.errors import SpecError
from schemadiff.model.routines import function_id
from schemadiff.spec import load_spec, parse_spec, to_model
from schemadiff.spec import templates

TABLES = """\
schemas:
  public:
    tables:
      jobs:
        columns:
          id: {type: bigint, primary_key: true}
          expires_at: timestamptz
      events:
        columns:
          at: timestamptz
"""


def render(template: str, variables: dict, text: str = TABLES) -> str:
    doc = parse_spec(text)
    return templates.render(doc, template, variables, what="cron job 'x'", path=("cron",), schema="public")


def body(text: str, name: str, signature: str = "") -> str:
    return to_model(parse_spec(textwrap.dedent(text))).get(function_id("public", name, signature)).body


def test_set_updated_at():
    out = render("triggers/set_updated_at", {})
    assert 'NEW."updated_at" := now();' in out and "RETURN NEW;" in out and "DISTINCT" not in out
    out = render("triggers/set_updated_at.sql.j2", {"column": "changed_at", "only_when_changed": True})
    assert 'NEW."changed_at"' in out and "IF NEW IS NOT DISTINCT FROM OLD THEN" in out


def test_purge_expired_one_batch_or_many():
    out = render("cron/purge_expired", {"table": "jobs", "column": "expires_at"})
    assert out.strip() == (
        'DELETE FROM "public"."jobs" WHERE "id" IN (SELECT "id" FROM "public"."jobs" WHERE '
        '"expires_at" < now() LIMIT 10000 FOR UPDATE SKIP LOCKED)')
    out = render("cron/purge_expired", {"table": "events", "column": "at", "grace": "1 day",
                                        "where": "true", "batch_size": 50, "max_batches": 4})
    assert "ctid IN (SELECT ctid" in out and "now() - '1 day'::interval AND (true)" in out
    assert "FOR i IN 1..4 LOOP" in out and "COMMIT;" in out and "LIMIT 50" in out


def test_call_function_selects_or_calls():
    text = TABLES + "    procedures:\n      tidy: {body: BEGIN END}\n"
    assert render("cron/call_function", {"function": "cleanup", "args": ["1", "'x'"]}, text).strip() \
        == "SELECT \"public\".\"cleanup\"(1, 'x')"
    assert render("cron/call_function", {"function": "tidy"}, text).strip() == 'CALL "public"."tidy"()'


UPSERT = """\
schemas:
  public:
    tables:
      customers:
        columns:
          id: {type: uuid, primary_key: true}
          org_id: uuid
          email: text
          name: text
    functions:
      upsert_customer:
        args: p_org_id uuid, p_email text, p_name text DEFAULT NULL
        returns: jsonb
        template: rpc/upsert_atomic
        vars: %s
"""


def test_upsert_atomic_locks_the_natural_key():
    out = body(UPSERT % "{table: customers, key: [org_id, email]}", "upsert_customer", "uuid, text, text")
    assert ("pg_advisory_xact_lock(pg_catalog.hashtext('public.customers' || ':' || "
            "pg_catalog.concat_ws('|', \"p_org_id\"::text, \"p_email\"::text)))") in out
    assert 'WHERE "org_id" = "p_org_id" AND "email" = "p_email"' in out
    assert 'SET "name" = COALESCE("p_name", "name")' in out
    assert 'INSERT INTO "public"."customers" ("org_id", "email", "name")' in out


def test_idempotent_wraps_a_body():
    text = """\
        schemas:
          public:
            functions:
              once:
                args: p_idempotency_key text
                returns: jsonb
                template: rpc/idempotent
                vars:
                  body: "v_response := '{}';"
                  status_column: status
                  set: {expires_at: "now() + interval '1 day'"}
        """
    out = body(text, "once", "text")
    assert "v_response := '{}';" in out and "RETURN v_response;  -- a replay" in out
    assert '"status" = \'completed\'' in out and '"expires_at" = EXCLUDED."expires_at"' in out


def test_undefined_variable_names_the_object_and_template_line():
    with pytest.raises(SpecError) as err:
        to_model(parse_spec(UPSERT % "{table: customers}"))
    e = err.value
    assert e.message.startswith("function public.upsert_customer: template ")
    assert "rpc/upsert_atomic.sql.j2 (shipped):19: 'dict object' has no attribute 'key'" in e.message
    assert e.line == 14 and e.key.endswith("functions.upsert_customer.template")
    assert e.hint == "give it under vars:"


def test_missing_template_and_unknown_table():
    with pytest.raises(SpecError, match="template 'rpc/nope.sql.j2' not found") as err:
        to_model(parse_spec(UPSERT.replace("rpc/upsert_atomic", "rpc/nope") % "{}"))
    assert err.value.line == 14 and "looked in" in err.value.hint
    with pytest.raises(SpecError, match="table 'nope' is not declared in schema 'public'"):
        render("cron/purge_expired", {"table": "nope", "column": "x"})


def test_user_folders_come_first_and_syntax_errors_are_located(tmp_path: Path):
    (tmp_path / "mine" / "triggers").mkdir(parents=True)
    (tmp_path / "mine" / "triggers" / "set_updated_at.sql.j2").write_text("BEGIN -- mine\nEND;\n")
    (tmp_path / "mine" / "bad.sql.j2").write_text("ok\n{% if %}\n")
    schema = tmp_path / "schema.yaml"
    schema.write_text("templates: [mine]\nschemas:\n  public:\n    functions:\n"
                      "      stamp: {returns: trigger, template: triggers/set_updated_at}\n")
    assert to_model(load_spec(schema)).get(function_id("public", "stamp")).body == "BEGIN -- mine\nEND;\n"
    schema.write_text(schema.read_text().replace("triggers/set_updated_at", "bad"))
    with pytest.raises(SpecError) as err:
        to_model(load_spec(schema))
    assert "bad.sql.j2:2:" in err.value.message and err.value.line == 5


def test_shipped_library_is_inside_the_package():
    assert (templates.SHIPPED / "rpc" / "upsert_atomic.sql.j2").is_file()
    assert templates.SHIPPED.parent.name == "schemadiff"
