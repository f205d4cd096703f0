"""apply on a real server: lock, drift guard, destructive gate, history, rollback, resumable builds."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
from psycopg import sql
import pytest

from schemadiff.apply.locking import LOCK_KEY, LockBusy, migration_lock
from schemadiff.errors import DatabaseError, DriftError, UnsafePlanError
from schemadiff.pipeline import Settings, apply, compute_plan, rollback

SCHEMA = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, not_null: true}
          email: {type: text, not_null: true}
          plan: {type: text, default: "'free'"}
        primary_key: [id]
        indexes:
          accounts_email_idx: [email]
"""


def _settings(tmp_path: Path, url: str, text: str = SCHEMA) -> Settings:
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    return Settings(schema=schema, database=url, project_dir=tmp_path)


def _yes(_):
    return True


def test_apply_then_plan_is_empty_and_history_records_it(db_url, tmp_path):
    settings = _settings(tmp_path, db_url)
    result = apply(settings, allow_destructive=False, confirm=_yes)
    assert not result.forward.empty
    assert compute_plan(settings).forward.empty
    with psycopg.connect(db_url) as conn:
        row = conn.execute("SELECT kind, status, applied_by, forward_sql LIKE '%CREATE TABLE%' "
                           "FROM schemadiff.history").fetchone()
    assert row[0] == "apply" and row[1] == "applied" and row[2] and row[3]


def test_rollback_restores_the_previous_state(db_url, tmp_path):
    settings = _settings(tmp_path, db_url)
    apply(settings, allow_destructive=False, confirm=_yes)
    entry = rollback(settings, confirm=_yes)
    assert entry is not None
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT to_regclass('public.accounts')").fetchone()[0] is None
        statuses = conn.execute("SELECT kind, status FROM schemadiff.history ORDER BY id").fetchall()
    assert statuses == [("apply", "rolled_back"), ("rollback", "applied")]
    assert rollback(settings, confirm=_yes) is None  # nothing left to undo


def test_destructive_plan_needs_the_flag(db_url, tmp_path):
    apply(_settings(tmp_path, db_url), allow_destructive=False, confirm=_yes)
    fewer = SCHEMA.replace("          plan: {type: text, default: \"'free'\"}\n", "")
    settings = _settings(tmp_path, db_url, fewer)
    with pytest.raises(UnsafePlanError, match="accounts.plan"):
        apply(settings, allow_destructive=False, confirm=_yes)
    apply(settings, allow_destructive=True, confirm=_yes)
    assert compute_plan(settings).forward.empty


def test_rows_survive_a_safe_alter(db_url, tmp_path):
    apply(_settings(tmp_path, db_url), allow_destructive=False, confirm=_yes)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO accounts (id, email) SELECT g, 'u' || g || '@x' FROM generate_series(1, 50) g")
    more = SCHEMA.replace("          plan:", "          seats: {type: integer, not_null: true, default: 1}\n          plan:")
    more = more.replace("id: {type: bigint, not_null: true}", "id: {type: \"numeric(20,0)\", not_null: true}")
    apply(_settings(tmp_path, db_url, more), allow_destructive=False, confirm=_yes)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*), min(seats), max(seats) FROM accounts").fetchone() == (50, 1, 1)


def test_apply_refuses_when_the_database_changed_under_it(db_url, tmp_path):
    settings = _settings(tmp_path, db_url)

    def confirm_and_drift(_result):
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("CREATE TABLE intruder (id int)")
        return True

    with pytest.raises(DriftError):
        apply(settings, allow_destructive=False, confirm=confirm_and_drift)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT to_regclass('public.accounts')").fetchone()[0] is None


def _other_sessions(conn) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        " AND application_name = 'schemadiff'")]


def _idle_session_timeout_300ms(db_url: str) -> None:
    """For the sessions opened on the database from now on (apply's, rollback's)."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} SET idle_session_timeout = '300ms'")
                     .format(sql.Identifier(conn.info.dbname)))


def _slow_yes(_):
    """A confirmation that takes longer than that timeout."""
    time.sleep(1.0)
    return True


def test_a_session_the_server_closed_during_the_prompt_is_reopened(db_url, tmp_path):
    # apply keeps the session its plan read the target on, for the drift check (warm, prepared):
    # one that the server ends meanwhile (a restart, idle_session_timeout) is replaced, not an error.
    settings = _settings(tmp_path, db_url)
    ended = []

    def confirm_and_end_it(_result):
        with psycopg.connect(db_url, autocommit=True) as conn:
            ended.extend(conn.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) pid",
                                      (_other_sessions(conn),)).fetchall())
        return True

    result = apply(settings, allow_destructive=False, confirm=confirm_and_end_it)
    assert ended == [(True,)]  # the plan's session, held through the prompt, and only it
    assert not result.forward.empty and compute_plan(settings).forward.empty
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT status FROM schemadiff.history").fetchall() == [("applied",)]
        assert _other_sessions(conn) == []  # closed when apply returns


def test_idle_session_timeout_during_the_prompt_does_not_fail_apply(db_url, tmp_path):
    settings = _settings(tmp_path, db_url)
    _idle_session_timeout_300ms(db_url)
    apply(settings, allow_destructive=False, confirm=_slow_yes)
    assert compute_plan(settings).forward.empty


def test_rollback_holds_its_lock_through_a_prompt_longer_than_idle_session_timeout(db_url, tmp_path):
    # rollback checks the state under the migration lock, then asks: the session holding the lock
    # must not be ended meanwhile (the lock would go with it, and the run fail on a closed connection).
    settings = _settings(tmp_path, db_url)
    apply(settings, allow_destructive=False, confirm=_yes)
    _idle_session_timeout_300ms(db_url)
    assert rollback(settings, confirm=_slow_yes) is not None
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT to_regclass('public.accounts')").fetchone()[0] is None


def test_a_rule_another_session_adds_between_steps_is_refused_before_the_run_is_verified(db_url, tmp_path):
    # The reads between batches skip the refusal (a plan without data steps cannot create what it
    # refuses); the read after the last batch keeps it, for what another session did meanwhile.
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE accounts (id bigint NOT NULL PRIMARY KEY, email text NOT NULL)")
    settings = _settings(tmp_path, db_url)
    seen = []

    def before_the_last_step(n, total, _statement):
        seen.append((n, total))
        if n == total:  # called before step n runs: the steps before it have committed
            with psycopg.connect(db_url, autocommit=True) as conn:
                conn.execute("CREATE RULE keep AS ON DELETE TO accounts DO INSTEAD NOTHING")

    with pytest.raises(DatabaseError) as info:
        apply(settings, allow_destructive=False, confirm=_yes, progress=before_the_last_step)
    total = seen[-1][1]
    assert total > 1, seen  # more than one step: the rule came between two of them
    message = str(info.value)
    assert "table public.accounts: RULE keep" in message, message
    # every step committed: the failure is the read after the last, recorded as such
    assert f"failed at the catalog read after step {total} of {total}" in message, message
    assert f"steps 1-{total} stay applied" in message, message
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT status FROM schemadiff.history").fetchall() == [("failed",)]
        assert conn.execute("SELECT to_regclass('public.accounts_email_idx')").fetchone()[0] is not None


def test_second_runner_waits_then_fails_naming_the_holder(db_url):
    with psycopg.connect(db_url, autocommit=True, application_name="deploy-1") as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
        with psycopg.connect(db_url, autocommit=True) as other:
            with pytest.raises(LockBusy, match="deploy-1"):
                with migration_lock(other, wait_seconds=1):
                    pass


def test_lock_is_released_for_the_next_runner(db_url):
    with psycopg.connect(db_url, autocommit=True) as a, migration_lock(a, wait_seconds=1):
        pass
    with psycopg.connect(db_url, autocommit=True) as b, migration_lock(b, wait_seconds=1):
        pass


def test_interrupted_concurrent_index_is_rebuilt(db_url, tmp_path):
    base = SCHEMA.replace("        indexes:\n          accounts_email_idx: [email]\n", "")
    apply(_settings(tmp_path, db_url, base), allow_destructive=False, confirm=_yes)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO accounts VALUES (1, 'a@x'), (2, 'a@x')")
        # A unique concurrent build fails on the duplicate and leaves an INVALID index behind.
        with pytest.raises(psycopg.Error):
            conn.execute("CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email)")
        assert conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'accounts_email_idx'::regclass"
                            ).fetchone() == (False,)
    apply(_settings(tmp_path, db_url), allow_destructive=False, confirm=_yes)
    with psycopg.connect(db_url) as conn:
        valid = conn.execute("SELECT indisvalid, indisunique FROM pg_index "
                             "WHERE indexrelid = 'accounts_email_idx'::regclass").fetchone()
    assert valid == (True, False)
