"""pg_cron jobs end to end on a real server (acceptance-style: goldens would differ per server).

Where pg_cron is (PostgreSQL 15 with postgresql-15-cron): schedule, alter only what changed,
unschedule, the policy for undeclared jobs, rollback, commands checked at plan time. Where it is
not (the embedded 18, or any database but cron.database_name): planning fails naming the jobs,
and --skip-cron plans without them, saying so.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.plan.cron import SKIPPED_NOTE

from schemadiff.canonical import cron as cron_check
from schemadiff.cli import main
from schemadiff.errors import SpecError
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import ops

TABLE = """\
schemas:
  public:
    tables:
      events:
        columns:
          id: {type: bigint, not_null: true}
          at: {type: timestamptz, not_null: true}
        primary_key: [id]
"""
PURGE = "DELETE FROM public.events WHERE at < now() - interval '30 days'"


def jobs_block(*jobs: str, head: str = "") -> str:
    return TABLE + "cron:\n" + head + "  jobs:\n" + "".join(f"    {j}\n" for j in jobs)


PURGE_JOB = f'purge_events: {{schedule: "0 3 * * *", command: "{PURGE};"}}'
ANALYZE_JOB = "nightly_analyze: {schedule: '@daily', command: ANALYZE public.events}"


def settings(tmp_path: Path, url: str, text: str, skip_cron: bool = False) -> Settings:
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    return Settings(schema=schema, database=url, project_dir=tmp_path, skip_cron=skip_cron)


def jobs(url: str) -> dict[str, tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT jobname, schedule, command, database, active FROM cron.job").fetchall()
    return {r[0]: r[1:] for r in rows}


def run_sql(url: str, text: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(text)


def yes(_):
    return True


def test_jobs_are_scheduled_after_the_schema_altered_in_place_and_rolled_back(cron_url, tmp_path):
    s = settings(tmp_path, cron_url, jobs_block(PURGE_JOB, ANALYZE_JOB))
    plan = compute_plan(s).forward
    assert [type(op) for op in plan.ops[-2:]] == [ops.ScheduleCronJob] * 2  # after the table
    apply(s, allow_destructive=False, confirm=yes)
    assert jobs(cron_url) == {"purge_events": ("0 3 * * *", PURGE, "postgres", True),
                              "nightly_analyze": ("@daily", "ANALYZE public.events", "postgres", True)}
    assert compute_plan(s).forward.empty

    s = settings(tmp_path, cron_url, jobs_block(PURGE_JOB.replace("0 3", "0 4"), ANALYZE_JOB))
    result = compute_plan(s)
    [op] = result.forward.ops
    assert isinstance(op, ops.AlterCronJob) and op.fields == ("schedule",)
    assert "cron.alter_job((SELECT jobid FROM cron.job WHERE jobname = 'purge_events' AND username = " \
           "'postgres'), schedule := '0 4 * * *');" in result.migration_sql()
    assert "schedule := '0 3 * * *'" in result.rollback_sql()
    apply(s, allow_destructive=False, confirm=yes)
    assert jobs(cron_url)["purge_events"][0] == "0 4 * * *"

    assert rollback(s, confirm=yes) is not None
    assert jobs(cron_url)["purge_events"] == ("0 3 * * *", PURGE, "postgres", True)


def test_command_and_active_change_in_place(cron_url, tmp_path):
    run_sql(cron_url, "CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);"
                      f"SELECT cron.schedule('purge_events', '0 3 * * *', $${PURGE}$$)")
    s = settings(tmp_path, cron_url, jobs_block(
        "purge_events: {schedule: '0 3 * * *', command: DELETE FROM public.events, active: false}"))
    [op] = compute_plan(s).forward.ops
    assert op.fields == ("command", "active")
    apply(s, allow_destructive=False, confirm=yes)
    assert jobs(cron_url)["purge_events"] == ("0 3 * * *", "DELETE FROM public.events", "postgres", False)


def test_undeclared_jobs_are_left_alone_unless_listed_or_all_owned(cron_url, tmp_path):
    run_sql(cron_url, "CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);"
                      "SELECT cron.schedule('handmade', '@hourly', 'SELECT 1');"
                      "SELECT cron.schedule('old_job', '@daily', 'SELECT 2');"
                      "SELECT cron.schedule('@weekly', 'SELECT 3')")  # no name: never managed
    s = settings(tmp_path, cron_url, TABLE)
    result = compute_plan(s)
    assert result.forward.empty and "has no name" in result.forward.notes[0]

    s = settings(tmp_path, cron_url, jobs_block(PURGE_JOB, head="  unschedule: [old_job]\n"))
    result = compute_plan(s)
    assert [type(op) for op in result.forward.ops] == [ops.UnscheduleCronJob, ops.ScheduleCronJob]
    assert [code for _, code, _ in result.forward.hazards()] == ["unschedules_job"]
    apply(s, allow_destructive=False, confirm=yes)
    assert set(jobs(cron_url)) == {"handmade", "purge_events", None}

    s = settings(tmp_path, cron_url, jobs_block(PURGE_JOB, head="  owns_all_jobs: true\n"))
    [op] = compute_plan(s).forward.ops
    assert isinstance(op, ops.UnscheduleCronJob) and op.job.name == "handmade"
    apply(s, allow_destructive=False, confirm=yes)
    assert set(jobs(cron_url)) == {"purge_events", None}
    assert rollback(s, confirm=yes) is not None
    assert jobs(cron_url)["handmade"] == ("@hourly", "SELECT 1", "postgres", True)


@pytest.mark.parametrize("command, message", [
    ("SELEC 1", 'syntax error at or near "SELEC"'),
    ("SELECT public.purge_expired()", "function public.purge_expired() does not exist"),
    ("DELETE FROM public.event", 'relation "public.event" does not exist'),
])
def test_a_command_postgres_rejects_fails_the_plan_naming_the_job(cron_url, tmp_path, command, message):
    s = settings(tmp_path, cron_url, jobs_block(f"broken: {{schedule: '@daily', command: '{command}'}}"))
    with pytest.raises(SpecError) as err:
        compute_plan(s)
    assert f"cron job 'broken': PostgreSQL rejected its command: {message}" in str(err.value)
    assert jobs(cron_url) == {}  # nothing touched the target


def test_commands_that_cannot_be_tried_in_a_transaction_or_run_long_are_accepted(cron_url, tmp_path, monkeypatch):
    monkeypatch.setattr(cron_check, "CHECK_TIMEOUT", "100ms")
    s = settings(tmp_path, cron_url, jobs_block(
        "vacuum: {schedule: '@daily', command: VACUUM public.events}",
        "slow: {schedule: '@daily', command: 'SELECT pg_sleep(5)'}"))
    assert {op.job.name for op in compute_plan(s).forward.ops if isinstance(op, ops.ScheduleCronJob)} == \
        {"vacuum", "slow"}


def test_a_command_is_checked_without_running_it(cron_url, tmp_path):
    # Issue 6: plan runs on every pull request; a job's command must not run there, not even
    # in the scratch database. Names are still resolved (see the test above it).
    marker = Path(f"/tmp/sqlguard_cron_{tmp_path.name}")  # writable by the server's user
    s = settings(tmp_path, cron_url, jobs_block(
        f"copy: {{schedule: '@daily', command: \"COPY (SELECT 1) TO PROGRAM 'touch {marker}'\"}}",
        "block: {schedule: '@daily', command: 'DO $$BEGIN PERFORM pg_sleep(30); END$$'}"))
    assert {op.job.name for op in compute_plan(s).forward.ops if isinstance(op, ops.ScheduleCronJob)} == \
        {"copy", "block"}
    assert not marker.exists()


def test_a_command_of_two_statements_is_refused_at_its_line(cron_url, tmp_path):
    s = settings(tmp_path, cron_url, jobs_block("two: {schedule: '@daily', command: 'SELECT 1; SELECT 2'}"))
    with pytest.raises(SpecError) as err:
        compute_plan(s)
    assert "its command must be one SQL statement; found 2" in err.value.message
    assert err.value.line is not None and jobs(cron_url) == {}


def test_dump_writes_the_jobs_back(cron_url, tmp_path):
    from schemadiff.pipeline import dump

    run_sql(cron_url, "CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);"
                      f"SELECT cron.schedule('purge', '0 3 * * *', $${PURGE}$$)")
    text = dump(settings(tmp_path, cron_url, ""))
    assert "cron:\n  jobs:\n    purge:\n      schedule: 0 3 * * *\n" in text
    assert compute_plan(settings(tmp_path, cron_url, text)).forward.empty


def test_without_pg_cron_jobs_fail_the_plan_unless_skipped(server, db_url, tmp_path, capsys):
    s = settings(tmp_path, db_url, jobs_block(PURGE_JOB, ANALYZE_JOB))
    with pytest.raises(SpecError) as err:
        compute_plan(s)
    assert "declares pg_cron jobs (nightly_analyze, purge_events) but" in str(err.value)
    assert "--skip-cron" in err.value.hint
    where = "lives in database 'postgres'" if server.has_pg_cron else "not available on this server"
    assert where.split()[-1] in str(err.value)

    args = ["plan", "-s", str(s.schema), "-d", db_url, "--format", "json"]
    assert main(args) == 1
    assert main(args + ["--skip-cron"]) == 0
    out = capsys.readouterr().out
    assert SKIPPED_NOTE in out and "CREATE TABLE" in out
    assert main(["apply", "-s", str(s.schema), "-d", db_url, "--yes", "--skip-cron"]) == 0


def test_a_templated_command_is_rendered_and_checked(cron_url, tmp_path):
    s = settings(tmp_path, cron_url, TABLE.replace("at: {type", "expires_at: {type") + """\
cron:
  jobs:
    purge_events:
      schedule: '*/10 * * * *'
      command_template: cron/purge_expired
      vars: {table: events, column: expires_at, max_batches: 5}
""")
    [op] = [op for op in compute_plan(s).forward.ops if isinstance(op, ops.ScheduleCronJob)]
    assert op.job.command.startswith("DO $purge$") and 'DELETE FROM "public"."events"' in op.job.command
