"""The `cron:` block: jobs, schedules checked as pg_cron checks them, policy, dump (no database)."""

from __future__ import annotations

import textwrap

import pytest

from schemadiff.model import CronInfo, CronJob, Database
from schemadiff.spec import cron_policy, dump, parse_spec
from schemadiff.spec.cron_schedule import schedule_problem

from conftest import model, spec_error


def jobs_yaml(body: str, extra: str = "") -> str:
    """A schema.yaml whose `cron: jobs:` block is `body`."""
    return "cron:\n" + extra + "  jobs:\n" + textwrap.indent(textwrap.dedent(body), " " * 4)


def test_a_job_with_defaults_left_to_planning():
    db = model(jobs_yaml("""\
        purge:
          schedule: '0 3 * * *'
          command: |
            DELETE FROM events WHERE at < now() - interval '30 days';
    """))
    assert db.of_kind("cron_job") == [
        CronJob("purge", "0 3 * * *", "DELETE FROM events WHERE at < now() - interval '30 days'")]


def test_full_form():
    db = model(jobs_yaml("""\
        nightly: {schedule: '@daily', command: SELECT 1, database: app, username: worker,
                  active: false, comment: Paused until the migration lands}
    """))
    job = db.of_kind("cron_job")[0]
    assert (job.database, job.username, job.active, job.comment) == ("app", "worker", False,
                                                                      "Paused until the migration lands")


def test_command_text_compares_without_trailing_space_and_semicolon():
    a = CronJob("j", " 0 3 * * * ", "SELECT 1 ;\n\n")
    assert a == CronJob("j", "0 3 * * *", "SELECT 1")
    assert a.command == "SELECT 1" and a.schedule == "0 3 * * *"
    assert CronJob("j", "@daily", "SELECT 1; SELECT 2;").command == "SELECT 1; SELECT 2"
    assert CronJob("j", "@daily", "SELECT 1", comment="x") == CronJob("j", "@daily", "SELECT 1")


@pytest.mark.parametrize("schedule", [
    "0 3 * * *", "*/5 * * * *", "0 0 1-7 * 1", "0 0 * JAN-MAR mon-fri", "0 0 * * 7", "0 9-17/2 * * *",
    "0 0 1,15 * *", "@daily", "@hourly", "@reboot", "@annually", "30 seconds", "0\t0  * * *",
])
def test_schedules_pg_cron_accepts(schedule):
    assert schedule_problem(schedule) is None


@pytest.mark.parametrize("schedule, words", [
    ("0 0 * *", "got 4 field"),
    ("0 0 * * * *", "got 6 field"),
    ("61 * * * *", "minute field '61'"),
    ("0 24 * * *", "hour field"),
    ("0 0 0 * *", "day of month field"),
    ("0 0 * 13 *", "month field"),
    ("0 0 * * 8", "day of week field"),
    ("*/0 * * * *", "at least 1"),
    ("1/5 * * * *", "a step needs"),
    ("0 0 L * *", "'L' is not in 1-31"),
    ("@DAILY", "unknown keyword"),
    ("@every 5m", "unknown keyword"),
    ("60 seconds", "1 to 59"),
    ("bad", "got 1 field"),
])
def test_schedules_pg_cron_refuses(schedule, words):
    assert words in (schedule_problem(schedule) or "")


def test_an_invalid_schedule_names_the_job_and_line():
    err = spec_error(jobs_yaml("""\
        purge:
          command: SELECT 1
          schedule: '0 25 * * *'
    """))
    assert err.line == 5 and err.key == "cron.jobs.purge.schedule"
    assert "invalid pg_cron schedule '0 25 * * *'" in err.message and "hour" in err.message


def test_a_job_needs_exactly_one_command():
    err = spec_error(jobs_yaml("purge: {schedule: '@daily'}\n"))
    assert err.key == "cron.jobs.purge" and "exactly one of `command` and `command_template`" in err.message
    err = spec_error(jobs_yaml("purge: {schedule: '@daily', command: x, command_template: t}\n"))
    assert "exactly one" in err.message
    err = spec_error(jobs_yaml("purge: {schedule: '@daily', command: x, vars: {a: 1}}\n"))
    assert err.key == "cron.jobs.purge.vars"


def test_unknown_keys_and_bad_values_are_located():
    assert "did you mean 'schedule'" in spec_error(jobs_yaml("j: {schedul: '@daily', command: x}\n")).message
    assert spec_error(jobs_yaml("j: {schedule: '@daily', command: x, active: maybe}\n")).key == \
        "cron.jobs.j.active"
    assert "did you mean 'owns_all_jobs'" in spec_error("cron:\n  owns_all: true\n").message


def test_policy_from_the_block():
    doc = parse_spec("cron:\n  owns_all_jobs: true\n  unschedule: [old]\n")
    policy = cron_policy(doc, skip=True)
    assert (policy.owns_all_jobs, policy.unschedule, policy.skip, policy.line) == (True, {"old"}, True, 1)
    assert cron_policy(parse_spec("")).owns_all_jobs is False
    err = spec_error(jobs_yaml("old: {schedule: '@daily', command: x}\n", extra="  unschedule: [old]\n"))
    assert err.key == "cron.unschedule[0]"


def test_pg_cron_is_an_extension_of_schema_yaml_whose_line_the_policy_keeps():
    from schemadiff.model import Extension

    text = "schemas: {}\nextensions:\n  pg_cron: {}\n"
    assert model(text).of_kind("extension") == [Extension("pg_cron", "public")]
    assert cron_policy(parse_spec(text)).extension_line == 3
    assert cron_policy(parse_spec("")).extension_line is None


TEMPLATED = """\
schemas:
  app:
    tables:
      sessions:
        columns:
          id: {type: bigint, primary_key: true}
          expires_at: timestamptz
cron:
  jobs:
    purge:
      schedule: '@hourly'
      command_template: cron/purge_expired
      schema: app
      vars: {table: sessions, column: expires_at, batch_size: 500}
    refresh:
      schedule: '@daily'
      command_template: cron/call_function
      vars: {function: refresh_report}
"""


def test_command_templates_render_with_the_whole_spec():
    jobs = {j.name: j.command for j in model(TEMPLATED).of_kind("cron_job")}
    assert jobs["purge"] == (
        'DELETE FROM "app"."sessions" WHERE "id" IN (SELECT "id" FROM "app"."sessions" '
        'WHERE "expires_at" < now() LIMIT 500 FOR UPDATE SKIP LOCKED)')
    assert jobs["refresh"] == 'SELECT "public"."refresh_report"()'


def test_template_errors_name_the_job_and_line():
    from schemadiff.errors import SpecError

    with pytest.raises(SpecError, match="cron job 'purge': template 'cron/nope.sql.j2' not found") as err:
        model(jobs_yaml("purge: {schedule: '@daily', command_template: cron/nope}\n"))
    assert (err.value.line, err.value.key) == (3, "cron.jobs.purge.command_template")
    err = spec_error(jobs_yaml("purge: {schedule: '@daily', command: x, schema: app}\n"))
    assert err.key == "cron.jobs.purge.schema" and "only for a `command_template`" in err.message


def test_dump_writes_jobs_and_leaves_out_the_defaults():
    info = CronInfo(True, "app", "postgres")
    db = Database.of([CronJob("a", "*/5 * * * *", "SELECT 1", "app", "postgres"),
                      CronJob("b", "@daily", "DELETE FROM t\nWHERE x", "other", "worker", False)])
    text = dump(Database(db.objects, cron=info))
    back = model(text)
    assert back.of_kind("cron_job") == [CronJob("a", "*/5 * * * *", "SELECT 1"),
                                        CronJob("b", "@daily", "DELETE FROM t\nWHERE x", "other", "worker", False)]
    assert "database: app" not in text and "database: other" in text
