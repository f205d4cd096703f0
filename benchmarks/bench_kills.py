"""SIGKILL `schemadiff apply` at random moments of its execution; check every run recovers.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_kills.py [--runs 24] [--server pg18|pg15] [--orders 100000]

Each run: a fresh database with rows (so every change takes the online path: NOT VALID +
VALIDATE, a helper CHECK for SET NOT NULL, concurrent index builds, USING INDEX; every third
run only builds two indexes concurrently, so that a stopped run can be resumed), `apply --yes`
in a child process, SIGKILL at a uniformly random moment between the start of execution (the
history row appears) and the end of an uninterrupted run (measured first). Then, in this
process: `plan` must work, `apply` must reach schema.yaml, planning again must be empty, the
catalog must hold no INVALID index, NOT VALID constraint or *_schemadiff helper, no scratch
database may remain, and the history must read interrupted ... applied. Prints how many runs
recovered cleanly (expected: all), how many were resumed rather than re-planned, and timings."""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "tests" / "integration" / "apply")]

import psycopg  # noqa: E402
from recovery_helpers import (INDEXES_ONLY, TARGET, backend_gone, execution_started, history, leftovers,  # noqa: E402
                              scratch_databases, seed_sql, start_apply, wait_for)
from servers import start_embedded, start_pg15  # noqa: E402

from schemadiff.pipeline import Settings, apply, compute_plan  # noqa: E402


def _database(server, orders: int) -> str:
    _, url = server.create_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(seed_sql(accounts=2000, orders=orders))
    return url


def _settings(project: Path, url: str, target: str = TARGET) -> Settings:
    (project / "schema.yaml").write_text(target)
    return Settings(schema=project / "schema.yaml", database=url, project_dir=project)


def _execution_seconds(server, orders: int, project: Path, target: str) -> float:
    """How long an uninterrupted apply executes (history row `running` -> `applied`)."""
    url = _database(server, orders)
    _settings(project, url, target)
    proc = start_apply(url, project)
    wait_for(lambda: proc.poll() is not None or execution_started(url), 120)
    start = time.monotonic()
    wait_for(lambda: proc.poll() is not None or history(url) == [("apply", "applied")], 120)
    seconds = time.monotonic() - start
    proc.wait(120)
    if proc.returncode != 0:
        raise SystemExit(f"the uninterrupted apply failed: {proc.stderr.read()[-400:]}")
    return seconds


def _one_run(server, orders: int, project: Path, window: float, rng: random.Random, target: str) -> dict:
    url = _database(server, orders)
    settings = _settings(project, url, target)
    proc = start_apply(url, project)
    wait_for(lambda: proc.poll() is not None or execution_started(url), 120)
    delay = rng.uniform(0, window)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    backend_gone(url)
    start = time.monotonic()
    problems = []
    try:
        compute_plan(settings)
        result = apply(settings, allow_destructive=False, confirm=lambda _r: True)
        if not compute_plan(settings).forward.empty:
            problems.append("planning again is not empty")
    except Exception as exc:  # the benchmark reports, never stops
        problems.append(f"{type(exc).__name__}: {exc}")
        result = None
    seconds = time.monotonic() - start
    problems += leftovers(url) + [f"scratch database {d}" for d in scratch_databases(url)]
    runs = history(url)
    # killed after it recorded `applied` (while printing its last line) is a finished run
    if killed and (not runs or runs[0][1] not in ("interrupted", "applied")):
        problems.append(f"history {runs}")
    if runs and runs[-1][1] not in ("applied", "interrupted"):
        problems.append(f"history {runs}")
    killed = bool(runs) and (runs[0] == ("apply", "interrupted") or _verified_late(url))  # else it had finished
    return {"killed": killed, "delay": delay, "problems": problems, "seconds": seconds, "history": runs,
            "resumed": bool(result and result.outcome.startswith("resumed"))}


def _verified_late(url: str) -> bool:
    """The kill hit it after its steps took effect: the next apply verified and recorded it."""
    with psycopg.connect(url) as conn:
        error = conn.execute("SELECT error FROM schemadiff.history ORDER BY id LIMIT 1").fetchone()[0]
    return bool(error) and "verified by the next apply" in error


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=24)
    ap.add_argument("--server", choices=["pg18", "pg15"], default="pg18")
    ap.add_argument("--orders", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    # on SIGTERM (timeout, kill) still stop the server this script started
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    server = start_embedded() if args.server == "pg18" else start_pg15()
    rng = random.Random(args.seed)
    try:
        with TemporaryDirectory() as tmp:
            windows = {t: _execution_seconds(server, args.orders, Path(tmp), t) for t in (TARGET, INDEXES_ONLY)}
            print(f"uninterrupted execution: {windows[TARGET]:.2f}s (all online steps), "
                  f"{windows[INDEXES_ONLY]:.2f}s (indexes only); each kill is at a random moment in that window")
            results = []
            for n in range(args.runs):
                # every third run builds indexes only: a stopped run can then be resumed exactly
                target = INDEXES_ONLY if n % 3 == 2 else TARGET
                r = _one_run(server, args.orders, Path(tmp), windows[target], rng, target)
                results.append(r)
                status = "clean" if not r["problems"] else "PROBLEM " + "; ".join(r["problems"])
                how = "resumed" if r["resumed"] else "re-planned"
                print(f"run {n + 1:2d}: kill at {r['delay']:.2f}s {'(during execution)' if r['killed'] else '(after it finished)'} "
                      f"-> {how}, recovery {r['seconds']:.1f}s, history {r['history']}: {status}", flush=True)
    finally:
        server.stop()
    _summary(results)


def _summary(results: list[dict]) -> None:
    killed = [r for r in results if r["killed"]]
    clean = [r for r in results if not r["problems"]]
    times = sorted(r["seconds"] for r in results)
    print(f"\n{len(clean)}/{len(results)} runs recovered cleanly; {len(killed)} were killed during execution, "
          f"{sum(r['resumed'] for r in killed)} of them resumed exactly, the rest re-planned")
    print(f"recovery (plan + apply + plan): median {statistics.median(times):.1f}s, max {times[-1]:.1f}s")
    sys.exit(0 if len(clean) == len(results) else 1)


if __name__ == "__main__":
    main()
