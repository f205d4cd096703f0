"""`extensions: {pg_cron: {}}` end to end (issue 9 item 5): created by `schemadiff apply` in the
cron database of a server that preloads pg_cron, before the jobs; dropped by the rollback after
them; refused, naming the extension, anywhere it cannot be created; left alone with a note by
--skip-cron and on the embedded default server.

Where pg_cron is: the `cron_url` fixture's database (`postgres`, cron.database_name of the pg15
test server, which preloads pg_cron), with the extension the fixture creates dropped first, so
the database starts without it (the fixture puts it back afterwards).
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff import pipeline
from schemadiff.cli import main
from schemadiff.errors import SpecError
from schemadiff.pipeline import Settings, compute_plan
from schemadiff.plan import ops
from schemadiff.plan.cron import EXTENSION_SKIPPED_NOTE, PROOF_NOTE, SKIPPED_NOTE

ROOT = Path(__file__).resolve().parents[3]
SEED_JOBS = {"cleanup-expired-sessions", "cleanup-idempotency-keys", "process-reconciliation",
             "update-metrics"}
SMALL = """\
extensions:
  pg_cron: {}
schemas:
  public:
    tables:
      events:
        columns:
          id: {type: bigint, primary_key: true}
          at: {type: timestamptz, not_null: true}
    functions:
      purge_events:
        returns: void
        language: sql
        body: DELETE FROM public.events WHERE at < now() - interval '30 days'
cron:
  jobs:
    purge: {schedule: '0 3 * * *', command: SELECT public.purge_events()}
"""


def _one(url: str, query: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def _without_pg_cron(url: str) -> str:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP EXTENSION pg_cron")  # and with it the schema `cron` and cron.job
    return url


def _facts(url: str) -> dict:
    """What the catalog says: pg_cron installed, schema `cron`, the seeds' functions, the jobs."""
    ext = _one(url, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                    "WHERE extname = 'pg_cron'")
    cron_schema = _one(url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'cron'")[0][0]
    functions = {r[0] for r in _one(url, "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace")}
    jobs = {r[0]: r[1:] for r in _one(url, "SELECT jobname, schedule, database FROM cron.job")} if ext else None
    return {"extension": [r[0] for r in ext], "cron_schema": cron_schema, "functions": functions, "jobs": jobs}


def test_apply_alone_creates_pg_cron_then_the_schema_functions_and_jobs_and_rollback_removes_them(
        cron_url, tmp_path, capsys):
    url = _without_pg_cron(cron_url)
    schema = str(ROOT / "schema.yaml")
    assert _facts(url) == {"extension": [], "cron_schema": 0, "functions": set(), "jobs": None}

    result = compute_plan(Settings(schema=ROOT / "schema.yaml", database=url, project_dir=tmp_path))
    kinds = [type(op) for op in result.forward.ops]
    first_job = kinds.index(ops.ScheduleCronJob)
    assert kinds.index(ops.CreateExtension) < first_job and set(kinds[first_job:]) == {ops.ScheduleCronJob}
    assert PROOF_NOTE in result.forward.notes
    assert "CREATE EXTENSION IF NOT EXISTS \"pg_cron\" SCHEMA \"public\"" in result.migration_sql()
    back = [type(op) for op in result.rollback.ops]
    assert back[:4] == [ops.UnscheduleCronJob] * 4 and back[-1] is ops.DropExtension  # jobs first

    assert main(["apply", "-s", schema, "-d", url, "--yes"]) == 0
    after = _facts(url)
    assert after["extension"] == ["public"] and after["cron_schema"] == 1
    assert {"create_subscription_atomic", "upsert_customer_atomic", "check_trial_eligibility",
            "normalize_email", "cleanup_expired_idempotency_keys"} <= after["functions"]
    assert set(after["jobs"]) == SEED_JOBS and {d for _, d in after["jobs"].values()} == {"postgres"}
    assert main(["plan", "-s", schema, "-d", url, "--exit-code"]) == 0

    assert main(["rollback", "-d", url, "--yes"]) == 0
    assert _facts(url) == {"extension": [], "cron_schema": 0, "functions": set(), "jobs": None}
    capsys.readouterr()


def test_a_small_schema_with_pg_cron_from_an_empty_database(cron_url, tmp_path):
    url = _without_pg_cron(cron_url)
    path = tmp_path / "schema.yaml"
    path.write_text(SMALL)
    assert main(["apply", "-s", str(path), "-d", url, "--yes"]) == 0
    assert _facts(url)["jobs"] == {"purge": ("0 3 * * *", "postgres")}
    assert _one(url, "SELECT command FROM cron.job") == [("SELECT public.purge_events()",)]
    assert main(["plan", "-s", str(path), "-d", url, "--exit-code"]) == 0
    assert main(["rollback", "-d", url, "--yes"]) == 0
    assert _facts(url) == {"extension": [], "cron_schema": 0, "functions": set(), "jobs": None}


def test_pg_cron_installed_by_hand_and_undeclared_is_left_alone(cron_url, tmp_path):
    path = tmp_path / "schema.yaml"
    path.write_text(SMALL.split("\ncron:")[0].replace("extensions:\n  pg_cron: {}\n", ""))
    result = compute_plan(Settings(schema=path, database=cron_url, project_dir=tmp_path))
    touched = [op for plan in (result.forward, result.rollback) for op in plan.ops
               if op.target.kind == "extension"]
    assert result.forward.ops and touched == []
    assert main(["apply", "-s", str(path), "-d", cron_url, "--yes"]) == 0
    assert _facts(cron_url)["extension"] == ["public"]


def test_a_database_that_is_not_cron_database_name_gets_the_wrong_database_error(
        server, db_url, tmp_path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text(SMALL)
    with pytest.raises(SpecError) as err:
        compute_plan(Settings(schema=path, database=db_url, project_dir=tmp_path))
    dbname = db_url.rsplit("/", 1)[-1].split("?")[0]
    if server.has_pg_cron:
        assert err.value.message == (
            "schema.yaml declares extension pg_cron but it can only be created in database 'postgres' "
            f"(cron.database_name), and this plan targets {dbname!r}")
        assert f"plan against 'postgres', or set cron.database_name = '{dbname}'" in err.value.hint
    else:  # the embedded 18 test server, given by URL: no pg_cron package at all
        assert "pg_cron is not installed on this server" in err.value.message
        assert "shared_preload_libraries" in err.value.hint
    assert (err.value.line, err.value.key) == (2, "extensions.pg_cron") and "--skip-cron" in err.value.hint

    args = ["plan", "-s", str(path), "-d", db_url]
    assert main(args) == 1
    assert "extension pg_cron" in capsys.readouterr().err
    assert main(args + ["--skip-cron", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert SKIPPED_NOTE in out and EXTENSION_SKIPPED_NOTE in out and "CREATE EXTENSION" not in out


def test_the_embedded_default_server_leaves_pg_cron_alone_and_says_so(db_url, tmp_path, monkeypatch):
    # No --database, DATABASE_URL or PG*: the embedded default (Settings.manages_cron), here the
    # test server's database in place of a project-local one.
    for var in ("DATABASE_URL", "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(pipeline, "embedded_url", lambda _: db_url)
    path = tmp_path / "schema.yaml"
    path.write_text(SMALL)
    settings = Settings(schema=path, project_dir=tmp_path)
    assert settings.uses_embedded and not settings.manages_cron
    result = compute_plan(settings)
    assert EXTENSION_SKIPPED_NOTE in result.forward.notes and SKIPPED_NOTE in result.forward.notes
    assert not [op for op in result.forward.ops if op.target.kind in ("extension", "cron_job")]
    assert "CREATE TABLE" in result.migration_sql()
