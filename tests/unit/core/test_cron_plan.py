"""pg_cron jobs in plans: operations, SQL, order around schema changes, policy and target checks
(hand-built models, no database)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.errors import SpecError
from schemadiff.model import Column, CronInfo, CronJob, CronPolicy, Database, Extension, Schema, Table
from schemadiff.plan import make_plan, ops, plan_pair
from schemadiff.plan.cron import EXTENSION_SKIPPED_NOTE, PROOF_NOTE, SKIPPED_NOTE, CronScope, without_cron
from schemadiff.render import batches, statements

HERE = CronInfo(True, "app", "postgres", "app", "1.4-1")
JOB = CronJob("purge", "0 3 * * *", "DELETE FROM t WHERE x < 0", "app", "postgres")


def db(*objs, cron: CronInfo = HERE) -> Database:
    return Database(Database.of(objs).objects, cron=cron)


def sql(plan) -> list[str]:
    return [s for op in plan.ops for s in statements(op)]


def test_schedule_alter_unschedule_sql():
    assert sql(make_plan(db(), db(JOB))) == [
        "SELECT cron.schedule_in_database('purge', '0 3 * * *', 'DELETE FROM t WHERE x < 0', 'app', "
        "'postgres', true)"]
    moved = replace(JOB, schedule="30 4 * * 1")
    assert sql(make_plan(db(JOB), db(moved))) == [
        "SELECT cron.alter_job((SELECT jobid FROM cron.job WHERE jobname = 'purge' AND username = "
        "'postgres'), schedule := '30 4 * * 1')"]
    assert sql(make_plan(db(JOB), db())) == [
        "SELECT cron.unschedule((SELECT jobid FROM cron.job WHERE jobname = 'purge' AND username = "
        "'postgres'))"]


def test_alter_passes_only_the_changed_fields_in_parameter_order():
    new = replace(JOB, active=False, command="SELECT 'it''s'", comment="not compared")
    [op] = make_plan(db(JOB), db(new)).ops
    assert isinstance(op, ops.AlterCronJob) and op.fields == ("command", "active")
    assert statements(op)[0].endswith("command := 'SELECT ''it''''s''', active := false)")
    assert make_plan(db(JOB), db(replace(JOB, comment="only a comment"))).empty


def test_names_and_text_are_literals():
    odd = CronJob("it's; DROP", "@daily", "SELECT $$a$$, 'b'", "a'b", "u\"v")
    [stmt] = sql(make_plan(db(), db(odd)))
    assert stmt == ("SELECT cron.schedule_in_database('it''s; DROP', '@daily', 'SELECT $$a$$, ''b''', "
                    "'a''b', 'u\"v', true)")


def test_rollback_restores_the_previous_job():
    moved = replace(JOB, schedule="@hourly")
    forward, back = plan_pair(db(JOB), db(moved))
    assert "schedule := '@hourly'" in sql(forward)[0] and "schedule := '0 3 * * *'" in sql(back)[0]
    forward, back = plan_pair(db(JOB), db())
    assert isinstance(back.ops[0], ops.ScheduleCronJob) and back.ops[0].job == JOB


def test_unscheduling_is_a_hazard_but_not_data_loss():
    plan = make_plan(db(JOB), db())
    assert [code for _, code, _ in plan.hazards()] == ["unschedules_job"] and not plan.destructive


def test_jobs_run_in_the_main_transaction_after_schema_changes():
    table = Table("public", "t", (Column("x", "integer"),))
    plan = make_plan(db(Schema("public")), db(Schema("public"), table, JOB))
    assert [type(op) for op in plan.ops] == [ops.CreateTable, ops.ScheduleCronJob]
    assert [b.transactional for b in batches(plan)] == [True]


def test_unschedule_runs_before_drops_and_schedule_after_creates():
    old_table = Table("public", "old", (Column("x", "integer"),))
    new_table = Table("public", "new", (Column("x", "integer"),))
    other = CronJob("zz_other", "@daily", "SELECT 1", "app", "postgres")
    # Kind order alone would put the job steps last; the edges must move the unschedule first.
    plan = make_plan(db(Schema("public"), old_table, other), db(Schema("public"), new_table, JOB))
    kinds = [type(op).__name__ for op in plan.ops]
    assert kinds.index("UnscheduleCronJob") < kinds.index("DropTable")
    assert kinds.index("CreateTable") < kinds.index("ScheduleCronJob")


def test_without_cron_leaves_the_schema_steps_for_the_proof():
    table = Table("public", "t", (Column("x", "integer"),))
    forward, back = plan_pair(db(), db(table, JOB))
    cur, want, fwd, bwd = without_cron(db(), db(table, JOB), forward, back)
    assert want == db(table) and [type(op) for op in fwd.ops] == [ops.CreateTable]
    assert [type(op) for op in bwd.ops] == [ops.DropTable]


# --- the scope: which jobs a plan manages --------------------------------------------------

DECLARED = CronJob("purge", "0 3 * * *", "DELETE FROM t WHERE x < 0")  # as to_model leaves it
HANDMADE = CronJob("handmade", "@daily", "VACUUM", "app", "postgres")


def scope(current: Database, policy: CronPolicy = CronPolicy(), spec: tuple = (DECLARED,)) -> CronScope:
    return CronScope.of(db(*spec), current, policy)


def test_declared_jobs_get_the_target_defaults_and_undeclared_ones_are_kept():
    s = scope(db(HANDMADE))
    desired = s.desired(s.to_build(db(DECLARED)))
    assert set(desired.of_kind("cron_job")) == {JOB, HANDMADE}
    assert make_plan(db(HANDMADE), desired).ops[0] == ops.ScheduleCronJob(JOB)


def test_owning_all_jobs_unschedules_the_undeclared():
    s = scope(db(HANDMADE), CronPolicy(owns_all_jobs=True))
    assert s.desired(db(DECLARED)).of_kind("cron_job") == [JOB]


def test_listed_jobs_are_unscheduled_without_owning_all():
    s = scope(db(HANDMADE), CronPolicy(unschedule=frozenset({"handmade"})))
    assert s.desired(db(DECLARED)).of_kind("cron_job") == [JOB]


def test_a_job_for_another_database_is_not_checked_here_and_the_plan_says_so():
    elsewhere = replace(DECLARED, database="analytics")
    named_here = replace(DECLARED, name="named", database="app")
    s = scope(db(), spec=(elsewhere, named_here))
    built = s.to_build(db(elsewhere, named_here))
    assert {j.name: j.database for j in built.of_kind("cron_job")} == {"purge": "analytics", "named": None}
    assert s.notes() == ("cron job 'purge' runs in database 'analytics', not 'app': its command was "
                         "not checked against this schema",)


def test_unmanaged_jobs_are_noted():
    info = replace(HERE, unmanaged=("pg_cron job #7 of postgres (@daily: SELECT 1) has no name",))
    assert scope(db(cron=info)).notes() == (
        "pg_cron job #7 of postgres (@daily: SELECT 1) has no name: it cannot be managed from "
        "schema.yaml and is left alone",)


@pytest.mark.parametrize("info, words", [
    (CronInfo(False, "app", "me", None), "pg_cron is not available on this server"),
    (CronInfo(False, "app", "me", "postgres"), "pg_cron's jobs live in database 'postgres' (cron.database_name), "
                                               "and this plan targets 'app'"),
    (CronInfo(False, "app", "me", "app"), "pg_cron is not installed in database 'app'"),
])
def test_declaring_jobs_where_they_cannot_live_fails_naming_them(info, words):
    with pytest.raises(SpecError) as err:
        scope(db(cron=info), CronPolicy(file="s.yaml", line=3), spec=(DECLARED, replace(DECLARED, name="other")))
    assert f"schema.yaml declares pg_cron jobs (other, purge) but {words}" in err.value.message
    assert (err.value.file, err.value.line) == ("s.yaml", 3) and "--skip-cron" in err.value.hint


def test_skip_cron_plans_no_job_and_says_so():
    s = scope(db(cron=CronInfo()), CronPolicy(skip=True))
    assert s.to_build(db(DECLARED)).of_kind("cron_job") == [] and s.notes() == (SKIPPED_NOTE,)
    kept = scope(db(HANDMADE), CronPolicy(skip=True, owns_all_jobs=True))
    assert kept.desired(db()).of_kind("cron_job") == [HANDMADE]  # left exactly as they are


def test_no_jobs_declared_needs_no_pg_cron():
    assert scope(db(cron=CronInfo()), spec=()).notes() == ()


def test_seconds_schedules_need_pg_cron_1_5():
    fast = replace(DECLARED, schedule="30 seconds")
    with pytest.raises(SpecError, match="needs pg_cron 1.5; this server has 1.4-1"):
        scope(db(), spec=(fast,))
    scope(db(cron=replace(HERE, version="1.6")), spec=(fast,))


# --- the pg_cron extension (`extensions: {pg_cron: {}}`, issue 9 item 5) ---------------------

PG_CRON = Extension("pg_cron")
# The cron database of a server that preloads pg_cron, before CREATE EXTENSION.
CREATABLE = CronInfo(False, "app", "postgres", "app", None, preloaded=True, default_version="1.4-1")


def test_a_declared_pg_cron_is_created_before_the_jobs_and_dropped_after_them():
    s = scope(db(cron=CREATABLE), spec=(PG_CRON, DECLARED))
    desired = s.desired(s.to_build(db(PG_CRON, DECLARED)))
    assert s.to_build(db(PG_CRON, DECLARED)).get(PG_CRON.id) is None  # never in a scratch database
    forward, back = plan_pair(db(cron=CREATABLE), desired)
    assert [type(op) for op in forward.ops] == [ops.CreateExtension, ops.ScheduleCronJob]
    assert sql(forward)[0] == 'CREATE EXTENSION IF NOT EXISTS "pg_cron" SCHEMA "public"'
    # cron.unschedule exists only until the extension is dropped (and cron.job with it).
    assert [type(op) for op in back.ops] == [ops.UnscheduleCronJob, ops.DropExtension]
    assert s.notes() == (PROOF_NOTE,)
    _, _, fwd, bwd = without_cron(db(cron=CREATABLE), desired, forward, back)
    assert fwd.empty and bwd.empty  # the proof runs neither


def test_an_installed_pg_cron_stays_whether_declared_or_not():
    here = db(PG_CRON)
    for spec in ((PG_CRON, DECLARED), (DECLARED,)):
        s = scope(here, spec=spec)
        assert s.desired(s.to_build(db(*spec))).get(PG_CRON.id) == PG_CRON and s.notes() == ()
    moved = replace(PG_CRON, schema="extensions")
    with pytest.raises(SpecError, match="installed in schema 'public', not 'extensions', and cannot be moved"):
        scope(here, spec=(moved,))


@pytest.mark.parametrize("info, words, hint", [
    (replace(CREATABLE, default_version=None, preloaded=False),
     "pg_cron is not installed on this server", "install pg_cron's package"),
    (replace(CREATABLE, preloaded=False), "this server does not preload it",
     "add pg_cron to shared_preload_libraries and set cron.database_name = 'app'"),
    (replace(CREATABLE, database_name=None), "cron.database_name is hidden from this role",
     "connect as a superuser"),
    (replace(CREATABLE, database_name="postgres"),
     "it can only be created in database 'postgres' (cron.database_name), and this plan targets 'app'",
     "plan against 'postgres', or set cron.database_name = 'app'"),
])
def test_declaring_pg_cron_where_it_cannot_be_created_fails_naming_it(info, words, hint):
    policy = CronPolicy(file="s.yaml", line=9, extension_line=2)
    with pytest.raises(SpecError) as err:
        scope(db(cron=info), policy, spec=(PG_CRON, DECLARED))
    assert err.value.message.startswith(f"schema.yaml declares extension pg_cron but {words}")
    assert (err.value.file, err.value.line, err.value.key) == ("s.yaml", 2, "extensions.pg_cron")
    assert hint in err.value.hint and "--skip-cron" in err.value.hint


def test_skipped_pg_cron_is_left_as_it_is_and_noted():
    s = scope(db(cron=CronInfo()), CronPolicy(skip=True), spec=(PG_CRON, DECLARED))
    assert s.desired(s.to_build(db(PG_CRON, DECLARED))).get(PG_CRON.id) is None
    assert s.notes() == (SKIPPED_NOTE, EXTENSION_SKIPPED_NOTE)


def test_seconds_schedules_check_the_version_pg_cron_would_be_created_with():
    fast = replace(DECLARED, schedule="30 seconds")
    with pytest.raises(SpecError, match="needs pg_cron 1.5; this server has 1.4-1"):
        scope(db(cron=CREATABLE), spec=(PG_CRON, fast))
    scope(db(cron=replace(CREATABLE, default_version="1.6")), spec=(PG_CRON, fast))
