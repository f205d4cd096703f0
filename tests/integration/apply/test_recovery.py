"""A failed, interrupted or killed apply leaves a database that plans, applies and rolls back.

Every check reads the catalog (helper objects, INVALID indexes, NOT VALID constraints) and the
history table, never the tool's own model."""

from __future__ import annotations

import signal
from pathlib import Path

import psycopg
import pytest

from recovery_helpers import (INDEXES_ONLY, TARGET, backend_gone, history, kill_when, leftovers,
                              running_statement, scratch_databases, seed_sql, start_apply, wait_for)
from schemadiff.apply.executor import Timeouts
from schemadiff.apply.interrupts import Interrupted
from schemadiff.cli import main
from schemadiff.errors import DatabaseError
from schemadiff.pipeline import Settings, apply, compute_plan, rollback, status


def _settings(tmp_path: Path, url: str, text: str = TARGET, **kw) -> Settings:
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    return Settings(schema=schema, database=url, project_dir=tmp_path, **kw)


def _yes(_):
    return True


def _reaches_target(settings: Settings) -> None:
    """plan works, apply reaches schema.yaml, planning again is empty, nothing is left over."""
    compute_plan(settings)
    apply(settings, allow_destructive=False, confirm=_yes)
    assert compute_plan(settings).forward.empty
    assert leftovers(str(settings.database)) == []


@pytest.fixture
def seeded(server, make_db):
    return make_db(server, seed_sql(accounts=50, orders=500))


def test_failing_validate_removes_its_constraint_and_apply_completes_after_the_fix(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("INSERT INTO orders VALUES (100000, 99999, 5)")  # no such account
    settings = _settings(tmp_path, seeded, preflight=False)  # the bad row stands for one that
    # arrives between plan and apply, which preflight (it refuses this plan) cannot see
    with pytest.raises(DatabaseError, match="orders_account_id_fkey") as failure:
        apply(settings, allow_destructive=False, confirm=_yes)
    assert "removed" in str(failure.value)
    assert leftovers(seeded) == []
    compute_plan(settings)  # plan works on what the failure left
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("DELETE FROM orders WHERE id = 100000")
        error = conn.execute("SELECT error FROM schemadiff.history WHERE status = 'failed'").fetchone()[0]
    assert "orders_account_id_fkey" in error and "violates foreign key" in error
    _reaches_target(settings)
    assert history(seeded) == [("apply", "failed"), ("apply", "applied")]


def test_lock_timeout_after_the_first_batch_fails_cleanly_then_resumes(seeded, tmp_path):
    settings = _settings(tmp_path, seeded, timeouts=Timeouts(lock_timeout="200ms", retries=0,
                                                                  retry_budget=1.0))
    # a 1 s budget: the steps after the commit that wait once for the whole budget (a concurrent
    # build) would otherwise each wait the default 60 s before giving up
    blocker = psycopg.connect(seeded)

    def progress(n, total, what):
        if n == 2:  # the main transaction has committed: take the lock the next steps need
            blocker.execute("LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE")

    try:
        with pytest.raises(DatabaseError, match="lock"):
            apply(settings, allow_destructive=False, confirm=_yes, progress=progress)
    finally:
        blocker.rollback()
        blocker.close()
    assert history(seeded) == [("apply", "failed")]
    compute_plan(settings)  # the next run cleans whatever the blocked clean-up could not
    assert leftovers(seeded) == []
    _reaches_target(settings)
    assert history(seeded) == [("apply", "failed"), ("apply", "applied")]


def test_rollback_undoes_a_migration_that_stopped_part_way(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("INSERT INTO orders VALUES (100000, 99999, 5)")
    settings = _settings(tmp_path, seeded, preflight=False)  # the bad row stands for one that
    # arrives between plan and apply, which preflight (it refuses this plan) cannot see
    with pytest.raises(DatabaseError):
        apply(settings, allow_destructive=False, confirm=_yes)
    entry = rollback(settings, confirm=_yes)
    assert entry is not None and entry.status == "failed"
    with psycopg.connect(seeded) as conn:
        nullable = conn.execute("SELECT NOT attnotnull FROM pg_attribute WHERE attrelid = 'accounts'::regclass "
                                "AND attname = 'email'").fetchone()[0]
        constraints = conn.execute("SELECT count(*) FROM pg_constraint WHERE conrelid = 'orders'::regclass "
                                   "AND contype NOT IN ('p', 'n')").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    assert nullable and constraints == 0 and rows == 501
    assert history(seeded) == [("apply", "rolled_back"), ("rollback", "applied")]
    assert leftovers(seeded) == []


def test_sigint_stops_between_steps_and_apply_finishes(seeded, tmp_path):
    settings = _settings(tmp_path, seeded)

    def progress(n, total, what):
        if n == 2:
            signal.raise_signal(signal.SIGINT)  # arrives while step 2 runs: it finishes, then stop

    # what the process had before (default_int_handler, or SIG_IGN when the suite was started in
    # the background of a non-interactive shell, which ignores SIGINT for its children)
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(Interrupted, match="SIGINT"):
        apply(settings, allow_destructive=False, confirm=_yes, progress=progress)
    assert signal.getsignal(signal.SIGINT) is before  # handlers restored
    assert history(seeded) == [("apply", "interrupted")]
    assert leftovers(seeded) == []
    with psycopg.connect(seeded) as conn:
        done = conn.execute("SELECT done_batches FROM schemadiff.history").fetchone()[0]
    assert done == 2
    _reaches_target(settings)
    assert history(seeded)[-1] == ("apply", "applied")


def test_status_reports_the_stopped_migration_and_what_is_left(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("INSERT INTO orders VALUES (100000, 99999, 5)")
    settings = _settings(tmp_path, seeded, preflight=False)  # the bad row stands for one that
    # arrives between plan and apply, which preflight (it refuses this plan) cannot see
    assert status(settings)[0] == "No migration recorded in schemadiff.history."
    with pytest.raises(DatabaseError):
        apply(settings, allow_destructive=False, confirm=_yes)
    lines = status(settings)
    assert lines[0].startswith("Last migration: #1 (apply) failed")
    text = "\n".join(lines)
    assert "progress: 4 of 8 steps done" in text and "orders_account_id_fkey" in text and "cleaned up: removed" in text
    assert lines[-1].startswith("Leftovers: none")


def test_history_table_of_an_older_version_is_upgraded(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("""CREATE SCHEMA schemadiff; CREATE TABLE schemadiff.history (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT current_user, kind text NOT NULL CHECK (kind IN ('apply', 'rollback')),
            status text NOT NULL CHECK (status IN ('running', 'applied', 'failed', 'rolled_back')),
            schema_hash text, summary text NOT NULL, forward_sql text NOT NULL, rollback_sql text NOT NULL,
            rollback_batches jsonb NOT NULL, fingerprint_before text NOT NULL, fingerprint_after text NOT NULL,
            error text)""")
        conn.execute("INSERT INTO schemadiff.history (kind, status, summary, forward_sql, rollback_sql, "
                     "rollback_batches, fingerprint_before, fingerprint_after) VALUES "
                     "('apply', 'applied', 'old', '', '', '[]', 'a', 'b')")
    settings = _settings(tmp_path, seeded)

    def progress(n, total, what):
        if n == 2:
            signal.raise_signal(signal.SIGTERM)

    with pytest.raises(Interrupted):
        apply(settings, allow_destructive=False, confirm=_yes, progress=progress)
    assert history(seeded) == [("apply", "applied"), ("apply", "interrupted")]


def test_sigkill_during_a_validation_recovers(server, make_db, tmp_path):
    url_box: list[str] = []

    def during_validate() -> bool:
        q = running_statement(url_box[0])
        return q is not None and "VALIDATE" in q

    _run_kill(server, make_db, tmp_path, url_box, during_validate)


def test_sigkill_during_a_concurrent_index_build_recovers(server, make_db, tmp_path):
    url_box: list[str] = []

    def during_build() -> bool:
        q = running_statement(url_box[0])
        return q is not None and "CONCURRENTLY" in q

    _run_kill(server, make_db, tmp_path, url_box, during_build)


def test_sigkill_between_steps_recovers(server, make_db, tmp_path):
    url_box: list[str] = []

    def after_main() -> bool:
        with psycopg.connect(url_box[0]) as conn:
            if conn.execute("SELECT to_regclass('schemadiff.history')").fetchone()[0] is None:
                return False
            return conn.execute("SELECT coalesce(max(done_batches), 0) FROM schemadiff.history").fetchone()[0] >= 1

    _run_kill(server, make_db, tmp_path, url_box, after_main)


def _run_kill(server, make_db, tmp_path, url_box, condition) -> None:
    url = make_db(server, seed_sql(accounts=2000, orders=300_000), template=True)
    url_box.append(url)
    settings = _settings(tmp_path, url)
    proc = start_apply(url, tmp_path)
    try:
        killed = kill_when(proc, condition)
    finally:
        proc.wait(60)
    assert killed, f"the apply ended before the kill point: {proc.stderr.read()[-500:]}"
    assert backend_gone(url)
    assert history(url) == [("apply", "running")]
    compute_plan(settings)  # plan works, and records the dead run
    assert history(url) == [("apply", "interrupted")]
    assert leftovers(url) == []
    _reaches_target(settings)
    runs = history(url)
    assert runs[0] == ("apply", "interrupted") and runs[-1] == ("apply", "applied") and len(runs) == 2
    assert scratch_databases(url) == []


def test_sigterm_to_the_cli_stops_cleans_up_and_exits_1(server, make_db, tmp_path, capsys):
    url = make_db(server, seed_sql(accounts=2000, orders=300_000), template=True)
    settings = _settings(tmp_path, url)
    proc = start_apply(url, tmp_path)
    try:
        sent = kill_when(proc, lambda: (q := running_statement(url)) is not None and "CONCURRENTLY" in q,
                         sig=signal.SIGTERM)
    finally:
        proc.wait(120)
    assert sent
    err = proc.stderr.read()
    assert proc.returncode == 1 and "interrupted by SIGTERM" in err and "Traceback" not in err
    assert history(url) == [("apply", "interrupted")]  # recorded by the process itself
    assert leftovers(url) == []
    assert main(["status", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Last migration: #1 (apply) interrupted" in out and "Leftovers: none" in out
    _reaches_target(settings)
    assert history(url)[-1] == ("apply", "applied")




def test_an_interrupted_apply_resumes_exactly_the_steps_left_and_rolls_back_whole(seeded, tmp_path):
    settings = _settings(tmp_path, seeded, INDEXES_ONLY)

    def progress(n, total, what):
        if n == 1:
            signal.raise_signal(signal.SIGINT)

    with pytest.raises(Interrupted, match="before step 2 of 2"):
        apply(settings, allow_destructive=False, confirm=_yes, progress=progress)
    steps: list[str] = []
    result = apply(settings, allow_destructive=False, confirm=_yes, progress=lambda n, t, w: steps.append(w))
    assert result.outcome.startswith("resumed migration #1") and len(steps) == 1 and "orders_amount_idx" in steps[0]
    assert compute_plan(settings).forward.empty
    with psycopg.connect(seeded) as conn:
        rows = conn.execute("SELECT kind, status, summary LIKE 'resume of #1:%' FROM schemadiff.history "
                            "ORDER BY id").fetchall()
    assert rows == [("apply", "interrupted", False), ("apply", "applied", True)]
    rollback(settings, confirm=_yes)
    with psycopg.connect(seeded) as conn:
        indexes = conn.execute("SELECT count(*) FROM pg_indexes WHERE tablename = 'orders'").fetchone()[0]
    assert indexes == 1  # only the primary key's
    assert history(seeded) == [("apply", "rolled_back"), ("apply", "rolled_back"), ("rollback", "applied")]


def test_a_second_sigint_cancels_the_step_in_flight(seeded, tmp_path):
    import os
    import threading
    import time

    settings = _settings(tmp_path, seeded, INDEXES_ONLY, timeouts=Timeouts(lock_timeout="60s", retries=0))
    blocker = psycopg.connect(seeded)
    threads: list[threading.Thread] = []

    def signals_then_release():
        # Event-driven, not slept: signal once the build waits for the blocker's lock, release the
        # blocker only once that wait has ended (cancelled), so the lock never lets the build through.
        assert wait_for(lambda: _waits_for_a_lock(seeded), timeout=30)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.3)  # the handler sees the first SIGINT on its own before the second arrives
        os.kill(os.getpid(), signal.SIGINT)  # cancels the waiting CREATE INDEX CONCURRENTLY
        wait_for(lambda: not _waits_for_a_lock(seeded), timeout=30)
        blocker.rollback()

    def progress(n, total, what):
        if n == 1:
            blocker.execute("LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE")
            threads.append(threading.Thread(target=signals_then_release, daemon=True))
            threads[0].start()

    started = time.monotonic()
    try:
        with pytest.raises(Interrupted, match="interrupted by SIGINT .the step in flight was cancelled. before step 1 of 2"):
            apply(settings, allow_destructive=False, confirm=_yes, progress=progress)
    finally:
        for thread in threads:
            thread.join(timeout=60)
        blocker.close()
    assert time.monotonic() - started < 30  # cancelled, not waited out (lock_timeout is 60 s)
    assert history(seeded) == [("apply", "interrupted")]
    assert leftovers(seeded) == []
    _reaches_target(settings)


def _waits_for_a_lock(url: str) -> bool:
    """A schemadiff statement on `url` is waiting for a heavyweight lock (the blocker's)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'schemadiff' AND wait_event_type = 'Lock'"
                            ).fetchone()[0] > 0


def test_a_run_killed_after_its_last_step_is_verified_by_the_next_apply(seeded, tmp_path):
    settings = _settings(tmp_path, seeded, INDEXES_ONLY)
    apply(settings, allow_destructive=False, confirm=_yes)
    with psycopg.connect(seeded, autocommit=True) as conn:  # as if killed during its final check
        conn.execute("UPDATE schemadiff.history SET status = 'running', finished_at = NULL")
    compute_plan(settings)
    assert history(seeded) == [("apply", "interrupted")]
    result = apply(settings, allow_destructive=False, confirm=_yes)
    assert result.forward.empty and "recorded as applied" in result.outcome
    assert history(seeded) == [("apply", "applied")]
