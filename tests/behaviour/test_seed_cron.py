"""003's four pg_cron jobs, as declared in the shipped schema.yaml, after `schemadiff apply` in the
cron database. Only where pg_cron is (PostgreSQL 15 with postgresql-15-cron); the `cron_url`
fixture skips them elsewhere, with the reason."""

from __future__ import annotations

import psycopg

from seeds_db import SCHEMA, apply_seeds
from schemadiff.pipeline import Settings, compute_plan

SCHEDULES = {
    "cleanup-expired-sessions": "0 * * * *",
    "cleanup-idempotency-keys": "0 2 * * *",
    "process-reconciliation": "*/15 * * * *",
    "update-metrics": "0 3 * * *",
}


def jobs(url: str) -> dict[str, tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT jobname, schedule, command, database, active FROM cron.job").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_the_four_jobs_exist_with_their_schedules(cron_url, tmp_path):
    apply_seeds(cron_url, tmp_path, with_cron=True)
    found = jobs(cron_url)
    assert {name: job[0] for name, job in found.items()} == SCHEDULES
    assert all(database == "postgres" and active for _, _, database, active in found.values())
    assert found["cleanup-idempotency-keys"][1] == 'SELECT "public"."cleanup_expired_idempotency_keys"()'
    assert found["cleanup-expired-sessions"][1] == (
        'DELETE FROM "public"."checkout_sessions" WHERE "id" IN (SELECT "id" FROM "public"."checkout_sessions" '
        "WHERE \"expires_at\" < now() - '1 day'::interval LIMIT 10000 FOR UPDATE SKIP LOCKED)")
    assert "FOR UPDATE SKIP LOCKED" in found["process-reconciliation"][1]
    assert "metrics_last_calculated_at IS NULL" in found["update-metrics"][1]


def test_a_schedule_changed_in_schema_yaml_plans_cron_alter_job(cron_url, tmp_path):
    apply_seeds(cron_url, tmp_path, with_cron=True)
    text = SCHEMA.read_text()
    assert text.count('schedule: "0 2 * * *"') == 1
    changed = tmp_path / "schema.yaml"
    changed.write_text(text.replace('schedule: "0 2 * * *"', 'schedule: "30 1 * * *"'))
    plan = compute_plan(Settings(schema=changed, database=cron_url, project_dir=tmp_path))
    assert plan.forward.summary() == {"create": 0, "alter": 1, "drop": 0}
    job = "(SELECT jobid FROM cron.job WHERE jobname = 'cleanup-idempotency-keys' AND username = 'postgres')"
    assert f"SELECT cron.alter_job({job}, schedule := '30 1 * * *')" in plan.migration_sql()
    assert f"SELECT cron.alter_job({job}, schedule := '0 2 * * *')" in plan.rollback_sql()
