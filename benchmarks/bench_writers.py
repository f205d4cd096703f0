"""Writer latency while `schemadiff apply` changes a busy table behind a long transaction.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_writers.py [--runs 3] [--rows 20000] [--pg15]
        [--hold 6] [--budget 60] [--lock-timeout 1s]

Four writer threads run small INSERT+UPDATE transactions on public.orders (each on its own rows)
and record every statement's latency. When apply reaches its first step, a competing session opens
a transaction that reads the table (`BEGIN; SELECT ... LIMIT 1`: ACCESS SHARE) and stays idle for
--hold seconds. schema.yaml adds a column with a default, a check, a foreign key and an index.

Scenarios, each run --runs times (medians printed, then every run):
  blocker ends      the blocker ends after --hold s: apply must complete after it
  blocker outlives  the blocker outlives a 6 s budget: apply must fail naming it
  old default       --lock-timeout 5s (the previous default), the blocker ends after --hold s
For each: max and p99 writer latency, the outcome, and whether the rows the writers did not touch
are unchanged (count and a checksum over their original columns).

Uses DATABASE_URL (a server where it may create databases) if set, else starts the embedded
PostgreSQL 18 (or the machine's PostgreSQL 15 with --pg15) from tests/servers.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from schemadiff.apply.lock_waits import Timeouts, parse_seconds  # noqa: E402
from schemadiff.errors import SchemaDiffError  # noqa: E402
from schemadiff.pipeline import Settings, apply  # noqa: E402

WRITERS = 4
WRITER_IDS = 10_000_000  # writers insert ids above this; the original rows stay below

BEFORE = """
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, qty integer NOT NULL,
                            note text);
INSERT INTO public.customers SELECT g FROM generate_series(1, 1000) g;
INSERT INTO public.orders SELECT g, 1 + g % 1000, 1 + g % 7, 'order ' || g FROM generate_series(1, %(rows)s) g;
"""

SCHEMA = """
schemas:
  public:
    tables:
      customers:
        columns:
          id: {type: bigint, not_null: true}
        primary_key: [id]
      orders:
        columns:
          id: {type: bigint, not_null: true}
          customer_id: {type: bigint, not_null: true}
          qty: {type: integer, not_null: true}
          note: text
          status: {type: text, not_null: true, default: "'new'"}
        primary_key: [id]
        checks:
          orders_qty_positive: qty > 0
        foreign_keys:
          orders_customer_fk: {columns: [customer_id], references: {table: customers, columns: [id]}}
        indexes:
          orders_customer_idx: [customer_id]
"""

CHECKSUM = ("SELECT count(*), sum(hashtext((id, customer_id, qty, note)::text)) FROM public.orders "
            f"WHERE id < {WRITER_IDS}")


@dataclass
class Writers:
    url: str
    latencies: list[float] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    errors: list[str] = field(default_factory=list)

    def start(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self._loop, args=(n,), daemon=True) for n in range(WRITERS)]
        for t in threads:
            t.start()
        return threads

    def _loop(self, n: int) -> None:
        next_id = WRITER_IDS * (n + 1)
        with psycopg.connect(self.url, autocommit=True, application_name=f"writer-{n}") as conn:
            while not self.stop.is_set():
                next_id += 1
                try:
                    with conn.transaction():
                        self._timed(conn, "INSERT INTO public.orders (id, customer_id, qty, note) "
                                          "VALUES (%s, %s, 1, 'w')", (next_id, 1 + next_id % 1000))
                        self._timed(conn, "UPDATE public.orders SET qty = qty + 1 WHERE id = %s", (next_id,))
                except psycopg.Error as exc:
                    self.errors.append(str(exc).splitlines()[0])
                time.sleep(0.005)

    def _timed(self, conn, stmt: str, args) -> None:
        t = time.perf_counter()
        conn.execute(stmt, args)
        self.latencies.append(time.perf_counter() - t)


@dataclass
class Outcome:
    max_latency: float
    p99_latency: float
    applied: bool
    after_blocker: bool
    message: str
    unchanged: bool
    waits: int
    seconds: float


def scenario(admin_url: str, rows: int, hold: float, budget: float, lock_timeout: str) -> Outcome:
    url = _fresh_db(admin_url, BEFORE.replace("%(rows)s", str(rows)))
    with psycopg.connect(url) as conn:
        before = conn.execute(CHECKSUM).fetchone()
    writers, waits, blocker = Writers(url), [], {}
    threads = writers.start()
    time.sleep(0.5)
    with tempfile.TemporaryDirectory() as tmp:
        schema = Path(tmp) / "schema.yaml"
        schema.write_text(SCHEMA)
        timeouts = Timeouts(lock_timeout=lock_timeout, retry_budget=budget, on_wait=waits.append)
        settings = Settings(schema=schema, database=url, project_dir=Path(tmp), timeouts=timeouts)
        t0 = time.perf_counter()
        try:
            apply(settings, allow_destructive=False, confirm=lambda _: True,
                  progress=lambda n, total, what: _start_blocker(url, blocker, hold, n))
            applied, message = True, "completed"
        except SchemaDiffError as exc:
            applied, message = False, exc.render().splitlines()[0]
        done = time.perf_counter()
    time.sleep(0.5)
    writers.stop.set()
    for t in threads:
        t.join()
    _end_blocker(blocker)
    with psycopg.connect(url) as conn:
        after = conn.execute(CHECKSUM).fetchone()
    lat = sorted(writers.latencies)
    return Outcome(lat[-1], lat[int(len(lat) * 0.99)], applied, done >= blocker.get("ends", float("inf")),
                   message, before == after and not writers.errors, len(waits), done - t0)


def _start_blocker(url: str, state: dict, hold: float, step: int) -> None:
    """At apply's first step: a transaction that has read orders, idle for `hold` seconds."""
    if step != 1 or "conn" in state:
        return
    conn = psycopg.connect(url, application_name="bench-blocker")
    conn.execute("SELECT * FROM public.orders LIMIT 1")
    state["conn"], state["ends"] = conn, time.perf_counter() + hold

    def end() -> None:
        conn.commit()

    state["timer"] = threading.Timer(hold, end)
    state["timer"].start()


def _end_blocker(state: dict) -> None:
    """Cancel a blocker that outlived the scenario (and end its transaction)."""
    if "timer" in state:
        state["timer"].cancel()
        state["timer"].join()
        state["conn"].close()


def _fresh_db(admin_url: str, sql: str) -> str:
    name = f"bench_writers_{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin_url, dbname=name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)
    return url


def _report(title: str, outcomes: list[Outcome]) -> None:
    med = statistics.median
    print(f"{title}: max {med(o.max_latency for o in outcomes):.3f} s, "
          f"p99 {med(o.p99_latency for o in outcomes):.4f} s (medians of {len(outcomes)})")
    for o in outcomes:
        print(f"    max {o.max_latency:.3f} s  p99 {o.p99_latency:.4f} s  apply {o.seconds:.1f} s  "
              f"waits reported {o.waits}  {'completed' if o.applied else 'failed'}"
              f"{' after the blocker ended' if o.applied and o.after_blocker else ''}  "
              f"untouched rows unchanged: {o.unchanged}")
        if not o.applied:
            print(f"      {o.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--hold", type=float, default=6.0, help="seconds the blocker stays idle")
    parser.add_argument("--budget", default="60s", help="--lock-retry-budget for the first scenario")
    parser.add_argument("--lock-timeout", default="1s")
    parser.add_argument("--pg15", action="store_true")
    args = parser.parse_args()
    server = None
    admin = os.environ.get("DATABASE_URL")
    if admin is None:
        from servers import start_embedded, start_pg15

        server = start_pg15() if args.pg15 else start_embedded()
        admin = server.url()
    try:
        budget = parse_seconds(args.budget)
        runs = range(args.runs)
        _report("blocker ends", [scenario(admin, args.rows, args.hold, budget, args.lock_timeout) for _ in runs])
        _report("blocker outlives", [scenario(admin, args.rows, 20.0, 6.0, args.lock_timeout) for _ in runs])
        _report("old default (5s)", [scenario(admin, args.rows, args.hold, budget, "5s") for _ in runs])
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
