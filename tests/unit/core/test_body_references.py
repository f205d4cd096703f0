"""Reading function bodies and cron commands with PostgreSQL's parser (plan/body_references.py),
checking them against a model (plan/body_checks.py), and the plan edges they give (issue 9)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from schemadiff import spec
from schemadiff.diff import declared_renames
from schemadiff.model import Database
from schemadiff.plan import make_plan
from schemadiff.plan.body_checks import check_command, check_routine
from schemadiff.plan.body_references import read_routine, read_sql
from schemadiff.plan.body_uses import table_users

SHIPPED = Path(__file__).resolve().parents[3] / "schema.yaml"


@pytest.fixture(scope="module")
def seeds() -> Database:
    return spec.to_model(spec.load_spec(SHIPPED))


def _fn(db: Database, name: str):
    return next(f for f in db.of_kind("function") if f.name == name)


def _columns(reading, **match):
    return {(r.name, r.column, r.line, r.writes) for r in reading.references if r.kind == "column"
            and all(getattr(r, k) == v for k, v in match.items())}


def test_upsert_customer_body_lists_what_it_writes_with_lines(seeds):
    reading = read_routine(_fn(seeds, "upsert_customer_atomic"))
    writes = _columns(reading, writes=True)
    assert ("customers", "name", 11, True) in writes  # UPDATE ... SET name = (line 11 of the body)
    assert ("customers", "name", 32, True) in writes  # INSERT INTO customers (..., name, ...)
    reads = _columns(reading, writes=False)
    assert ("customers", "external_id", 14, False) in reads  # WHERE ... external_id = p_external_id
    names = {r.column for r in reading.references if r.kind == "column"}
    assert not names & {"p_email", "p_name", "v_customer_id", "found"}  # variables are not columns
    funcs = {r.name for r in reading.references if r.kind == "function"}
    assert {"pg_advisory_xact_lock", "normalize_email", "jsonb_build_object"} <= funcs


def test_statements_are_prepared_with_variables_as_typed_parameters(seeds):
    reading = read_routine(_fn(seeds, "upsert_customer_atomic"))
    insert = next(s for s in reading.statements if s.line == 32)
    assert insert.prepared.startswith("INSERT INTO customers (organization_id, email")
    assert "$1" in insert.prepared and "p_organization_id" not in insert.prepared
    assert insert.parameter_types[0] == "uuid"
    assert reading.dynamic == ()


def test_trigger_function_writes_new_fields(seeds):
    reading = read_routine(_fn(seeds, "update_updated_at_column"))
    fields = [r for r in reading.references if r.kind == "field"]
    assert [(f.name, f.column, f.writes) for f in fields] == [("new", "updated_at", True)]
    variant = read_routine(_fn(seeds, "record_customer_email_variant"))
    assert all(s.prepared is None for s in variant.statements if "NEW" in s.sql)  # a record: not preparable


def test_qualified_names_resolve_through_aliases(seeds):
    reading = read_routine(_fn(seeds, "check_trial_eligibility"))
    assert ("customer_email_variants", "email_normalized", 15, False) in _columns(reading)
    assert ("trial_history", "product_id", 16, False) in _columns(reading)


def test_every_shipped_body_passes_the_model_check(seeds):
    for fn in seeds.of_kind("function"):
        assert check_routine(fn, seeds, seeds) == [], fn.name
    for job in seeds.of_kind("cron_job"):
        assert check_command(job.name, read_sql(job.command), seeds, seeds) == [], job.name


def _renamed_name(seeds: Database) -> Database:
    customers = next(t for t in seeds.tables() if t.name == "customers")
    cols = tuple(replace(c, name="full_name", renamed_from="name") if c.name == "name" else c
                 for c in customers.columns)
    return seeds.replace(replace(customers, columns=cols))


def test_a_rename_the_body_does_not_follow_names_both(seeds):
    desired = _renamed_name(seeds)
    problems = check_routine(_fn(desired, "upsert_customer_atomic"), desired, desired)
    assert problems[0].message == ("function public.upsert_customer_atomic writes customers.name, which "
                                   "this plan renames to full_name: update the body")
    assert problems[0].line == 11


def test_a_missing_column_names_function_line_and_column(seeds):
    fn = _fn(seeds, "cleanup_expired_idempotency_keys")
    broken = replace(fn, body=fn.body.replace("expires_at < now()", "expired_at < now()"))
    (problem,) = check_routine(broken, seeds, seeds)
    assert problem.message == ("function public.cleanup_expired_idempotency_keys, line 5 of its body: "
                               "column idempotency_keys.expired_at does not exist")


def test_correlated_and_opaque_names_are_not_reported():
    reading = read_sql("SELECT (SELECT count(*) FROM public.b WHERE b.x = a_only) FROM public.a;\n"
                       "SELECT f.y FROM generate_series(1, 3) AS f(y) WHERE y > 1")
    from schemadiff.model import Column, Table

    db = Database.of([Table("public", "a", (Column("a_only", "integer"),)),
                      Table("public", "b", (Column("x", "integer"),))])
    assert check_command("c", reading, db, db) == []
    wrong = read_sql("SELECT (SELECT count(*) FROM public.b WHERE b.x = nowhere) FROM public.a")
    assert "column b.nowhere does not exist" in check_command("c", wrong, db, db)[0].message


def test_dynamic_sql_is_listed_not_read():
    from schemadiff.model import Function

    fn = Function("public", "f", "", result="void", body="BEGIN\n  EXECUTE 'SELECT nope FROM nowhere';\nEND;")
    reading = read_routine(fn)
    assert reading.dynamic == (2,)
    assert not [r for r in reading.references if r.kind in ("table", "column")]


def test_the_changed_body_runs_right_after_the_rename(seeds):
    desired = _renamed_name(seeds)
    fn = _fn(seeds, "upsert_customer_atomic")
    body = fn.body.replace("name = COALESCE(p_name, name)", "full_name = COALESCE(p_name, full_name)")
    desired = desired.replace(replace(fn, body=body.replace(", name, stripe", ", full_name, stripe")))
    plan = make_plan(seeds, desired, declared_renames(seeds, desired))
    described = [op.describe() for op in plan.ops]
    rename = next(i for i, d in enumerate(described) if d.startswith("rename column"))
    assert "upsert_customer_atomic" in described[rename + 1]
    assert plan.batches()[0][0] and len(plan.batches()) == 1
    users = plan.users_of(next(t.id for t in seeds.tables() if t.name == "customers"))
    assert "function public.upsert_customer_atomic" in users
    from schemadiff.render.formats.text import plan_lines

    text = plan_lines(plan, "plan")
    header = next(i for i, line in enumerate(text) if "public.customers" in line)
    assert "used by:" in text[header + 1] and "upsert_customer_atomic" in text[header + 1]


def test_tables_list_the_functions_and_jobs_that_use_them(seeds):
    users = {t.name: names for t, names in table_users(seeds).items()}
    assert "function public.create_subscription_atomic" in users["subscriptions"]
    assert "cron job 'update-metrics'" in users["products"]
    assert "function public.update_updated_at_column" not in users.get("customers", ())  # NEW only
