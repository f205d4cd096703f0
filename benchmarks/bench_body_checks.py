"""What the body checks (canonical/bodies.py) cost on the shipped schema.yaml.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_body_checks.py [--runs 7]

Prints the median and max, in milliseconds, of:
  read       reading every function body and cron command with pglast (pure, plan/body_references.py)
  check      check_bodies in a scratch database holding the built schema (model check, catalog
             look-ups, PREPARE of every statement, plpgsql_check when the server has it)
  build      the build itself (build_in + introspect), for scale
Runs against the project's embedded PostgreSQL (started on demand under .schemadiff/).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import psycopg

from schemadiff import spec
from schemadiff.canonical.bodies import check_bodies, check_references
from schemadiff.canonical.build import build_in
from schemadiff.db.embedded import embedded_url
from schemadiff.introspect import introspect
from schemadiff.model.cron import split_cron_jobs
from schemadiff.plan.body_references import read_routine, read_sql

ROOT = Path(__file__).resolve().parents[1]


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:8.1f} ms   max {max(samples) * 1000:8.1f} ms"


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    model, jobs = split_cron_jobs(spec.to_model(spec.load_spec(ROOT / "schema.yaml")))
    functions = model.of_kind("function")
    reads = [_timed(lambda: ([read_routine(f) for f in functions], [read_sql(j.command) for j in jobs]))
             for _ in range(args.runs)]
    admin = embedded_url(ROOT)
    name = "schemadiff_bench_bodies"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin, dbname=name)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            build = _timed(lambda: build_in(conn, model))
            built = introspect(conn)
            checks = [_timed(lambda: (check_references(model, built, jobs, "schema.yaml"),
                                      check_bodies(conn, built, "schema.yaml")))
                      for _ in range(args.runs)]
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"{len(functions)} functions, {len(jobs)} cron jobs, {args.runs} runs")
    print(f"read   {_ms(reads)}")
    print(f"check  {_ms(checks)}")
    print(f"build  {build * 1000:8.1f} ms (once)")


if __name__ == "__main__":
    main()
