"""DETACH PARTITION ... CONCURRENTLY and ATTACH by a helper check, against real servers: the locks
the concurrent detach holds (it cannot run in a transaction block, so tests/integration/apply/
test_declared_locks.py cannot read them before COMMIT: here another session watches it wait), the
scan ATTACH skips, and the finish of a detach left pending by an interruption."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import psycopg

from schemadiff.apply.blockers import mode_label
from schemadiff.apply.executor import run_batches
from schemadiff.apply.lock_waits import Timeouts
from schemadiff.apply.ownership import owned_objects
from schemadiff.apply.tracked import clean
from schemadiff.pipeline import Settings, compute_plan
from schemadiff.plan import ops
from schemadiff.plan.ops import LockMode
from schemadiff.render import batches, statements

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "acceptance"))
from runner import discover  # noqa: E402

_LOCKS = """
SELECT l.relation::regclass::text, l.mode, l.granted FROM pg_locks l
WHERE l.pid = %s AND l.locktype = 'relation' AND l.relation::regclass::text IN ('readings', 'readings_2025')
"""
_CHECKS = "SELECT conname FROM pg_constraint WHERE conrelid = 'readings_2025'::regclass AND contype = 'c' ORDER BY 1"
_PARTITION = "SELECT inhdetachpending FROM pg_inherits WHERE inhrelid = 'readings_2025'::regclass"


def _settings(case_id: str, server, make_db, tmp_path) -> Settings:
    case = next(c for c in discover() if c.id == case_id)
    url = make_db(server, case.text("before.sql") + "\n" + case.meta.get("seed", ""))
    return Settings(schema=case.path / "schema.yaml", database=url, project_dir=tmp_path, prove=False)


def _run(url: str, plan_ops) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for op in plan_ops:
            for stmt in statements(op):
                conn.execute(stmt)


def _in_background(url: str, stmt: str) -> tuple[threading.Thread, psycopg.Connection, list]:
    session = psycopg.connect(url, autocommit=True)
    errors: list[Exception] = []

    def run() -> None:
        try:
            session.execute(stmt)
        except psycopg.Error as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    return worker, session, errors


def _reader(url: str, table: str) -> psycopg.Connection:
    """A session in a transaction that has read `table` (and holds ACCESS SHARE on it)."""
    conn = psycopg.connect(url, autocommit=True)
    conn.execute("BEGIN")
    conn.execute(f"SELECT count(*) FROM {table}")
    return conn


def _wait_for(probe, tries: int = 200) -> None:
    for _ in range(tries):
        if probe():
            return
        time.sleep(0.05)


def test_concurrent_detach_holds_what_it_declares(server, make_db, tmp_path):
    settings = _settings("partitions/detach_partition", server, make_db, tmp_path)
    url, plan = settings.database, compute_plan(settings).forward
    detach = next(op for op in plan.ops if isinstance(op, ops.DetachPartitionConcurrently))
    _run(url, plan.ops[:plan.ops.index(detach)])  # the helper check, validated
    blocker = _reader(url, "readings_2025")  # holds up the last step: ACCESS EXCLUSIVE on it
    worker, detacher, errors = _in_background(url, statements(detach)[0])
    with psycopg.connect(url, autocommit=True) as watcher:
        pid = detacher.info.backend_pid
        _wait_for(lambda: any(not g for _, _, g in watcher.execute(_LOCKS, (pid,)).fetchall()))
        held = watcher.execute(_LOCKS, (pid,)).fetchall()
        watcher.execute("SET lock_timeout = '500ms'")  # writers and readers of the parent go on
        watcher.execute("INSERT INTO readings VALUES (9, '2026-05-01', 1)")
        watcher.execute("SELECT count(*) FROM readings").fetchone()
    blocker.execute("COMMIT")
    worker.join(30)
    blocker.close()
    detacher.close()
    assert errors == []
    modes = {rel: LockMode[mode_label(mode).replace(" ", "_")] for rel, mode, _ in held}
    declared = {lk.relation.name: lk.mode for lk in detach.locks()}
    assert modes == declared == {"readings": LockMode.SHARE_UPDATE_EXCLUSIVE,
                                 "readings_2025": LockMode.ACCESS_EXCLUSIVE}
    with psycopg.connect(url) as conn:
        assert conn.execute(_PARTITION).fetchone() is None
        # the helper implied the bound: PostgreSQL added no readings_2025_taken_at_check of its own
        assert [r[0] for r in conn.execute(_CHECKS)] == ["readings_2025_bound_schemadiff"]


def test_attach_by_helper_check_skips_the_scan(server, make_db, tmp_path):
    settings = _settings("partitions/attach_table", server, make_db, tmp_path)
    plan = compute_plan(settings).forward
    attach = next(op for op in plan.ops if isinstance(op, ops.AttachPartitionUsingCheck))
    notices: list[str] = []
    with psycopg.connect(settings.database, autocommit=True) as conn:
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        for op in plan.ops:
            if op is attach:  # PostgreSQL says at DEBUG1 when it skips the validation scan
                conn.execute("SET client_min_messages = debug1")
            for stmt in statements(op):
                conn.execute(stmt)
    assert 'partition constraint for table "readings_2026" is implied by existing constraints' in notices


def _pending_detach(server, make_db, tmp_path):
    """(settings, plan, its batches, the detach batch's index, a reader of the parent still in
    its transaction): the steps before the detach ran, and the detach was cancelled while it
    waited for that reader, which PostgreSQL leaves pending."""
    settings = _settings("partitions/detach_partition", server, make_db, tmp_path)
    url, plan = settings.database, compute_plan(settings).forward
    steps = batches(plan)
    n = next(i for i, b in enumerate(steps) if b.detach is not None)
    with psycopg.connect(url, autocommit=True) as conn:
        run_batches(conn, steps[:n], Timeouts())
    blocker = _reader(url, "readings")
    worker, detacher, errors = _in_background(url, steps[n].statements[0])
    with psycopg.connect(url, autocommit=True) as conn:
        _wait_for(lambda: conn.execute(_PARTITION).fetchone()[0])
        conn.execute("SELECT pg_cancel_backend(%s)", (detacher.info.backend_pid,))
    worker.join(30)
    detacher.close()
    assert errors, "the detach was not interrupted"
    return settings, plan, steps, n, blocker


def test_interrupted_concurrent_detach_is_finalized(server, make_db, tmp_path):
    settings, plan, steps, n, blocker = _pending_detach(server, make_db, tmp_path)
    url = settings.database
    blocker.execute("COMMIT")
    blocker.close()
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute(_PARTITION).fetchone() == (True,)
        owned = [o.to_json() for o in owned_objects(plan)]
        removed, failed = clean(conn, owned, n)  # what a failed or killed run's clean-up does
        # FINALIZE first (while the helper still implies the bound: PostgreSQL adds no check of
        # its own), then the helper, which no step of this stopped run will drop now
        assert (removed, failed) == (["pending detach of public.readings_2025 from public.readings",
                                      "helper constraint public.readings_2025.readings_2025_bound_schemadiff"], [])
        assert conn.execute(_PARTITION).fetchone() is None
        assert [r[0] for r in conn.execute(_CHECKS)] == []
        # a detach batch run again (a process killed before its progress was recorded) is skipped
        run_batches(conn, steps[n:n + 1], Timeouts())
    assert compute_plan(settings).forward.empty


def test_a_finalize_that_meets_a_lock_waits_briefly_keeps_the_helper_and_is_retried(server, make_db, tmp_path):
    # The clean-up of a stopped run (the next plan's recovery, on a connection of its own) must not
    # queue behind a long transaction: its FINALIZE would hold up every reader and writer of the
    # partition meanwhile. It times out, says so, and keeps the helper check while the detach is
    # pending (dropped first, a later FINALIZE adds a CHECK of its own that schema.yaml lacks).
    settings, plan, _steps, n, blocker = _pending_detach(server, make_db, tmp_path)
    url = settings.database
    owned = [o.to_json() for o in owned_objects(plan)]
    outcome: list = []
    with psycopg.connect(url, autocommit=True) as conn:  # no lock_timeout of its own, as recovery's
        cleaner = threading.Thread(target=lambda: outcome.append(clean(conn, owned, n)))
        cleaner.start()
        cleaner.join(10)
        blocker.execute("COMMIT")  # let a clean-up that queued finish, so the test ends either way
        cleaner.join(30)
        assert outcome, "the clean-up did not end"
        removed, failed = outcome[0]
        assert removed == [] and len(failed) == 1, (removed, failed)
        assert failed[0].startswith("pending detach of public.readings_2025 from public.readings ("), failed
        assert "lock timeout" in failed[0]
        assert conn.execute(_PARTITION).fetchone() == (True,)
        assert [r[0] for r in conn.execute(_CHECKS)] == ["readings_2025_bound_schemadiff"]
        # the next run's clean-up, with the reader gone, finishes both
        assert clean(conn, owned, n) == (["pending detach of public.readings_2025 from public.readings",
                                          "helper constraint public.readings_2025.readings_2025_bound_schemadiff"], [])
        assert conn.execute(_PARTITION).fetchone() is None
        assert [r[0] for r in conn.execute(_CHECKS)] == []
    blocker.close()
