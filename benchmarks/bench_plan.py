"""Plan speed on the shipped schema.yaml and introspection speed on a wide database.

    .venv/bin/python benchmarks/bench_plan.py [--runs 5] [--tables 200]

Prints medians (and the cold/warm ratio) for:
  introspect   reading a database of N tables (each with a PK, an FK, a check and an index)
  plan cold    `schemadiff plan` of schema.yaml against an empty database, no canonical cache
  plan warm    the same with the canonical cache filled (an unchanged schema.yaml)
  plan empty   planning against a database already at schema.yaml (the CI drift check)
Runs against the project's embedded PostgreSQL (started on demand under .schemadiff/).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import psycopg

from schemadiff.db.embedded import embedded_url
from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def _fresh_db(admin_url: str, name: str, sql: str = "") -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin_url, dbname=name)
    if sql:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)
    return url


def _wide_sql(n: int) -> str:
    parts = ["CREATE TABLE t0 (id bigint PRIMARY KEY, v text)"]
    for i in range(1, n):
        parts.append(
            f"CREATE TABLE t{i} (id bigint PRIMARY KEY, parent bigint REFERENCES t{i - 1}(id), "
            f"qty integer CHECK (qty >= 0), note varchar(40) DEFAULT 'x', at timestamptz DEFAULT now());"
            f"CREATE INDEX t{i}_parent ON t{i} (parent)"
        )
    return ";\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tables", type=int, default=200)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="schemadiff-bench-"))
    admin = embedded_url(ROOT)

    wide = _fresh_db(admin, "bench_wide", _wide_sql(args.tables))
    with psycopg.connect(wide, autocommit=True) as conn:
        t_intro = _timed(lambda: introspect(conn), args.runs)
    print(f"introspect  {args.tables:4d} tables   median {t_intro * 1000:8.1f} ms")

    empty = _fresh_db(admin, "bench_empty")
    # The embedded server has no pg_cron: measure the schema without its jobs.
    settings = Settings(schema=ROOT / "schema.yaml", database=empty, project_dir=work, skip_cron=True)

    def cold():
        shutil.rmtree(work / ".schemadiff", ignore_errors=True)
        compute_plan(settings)

    t_cold = _timed(cold, args.runs)
    t_warm = _timed(lambda: compute_plan(settings), args.runs)
    print(f"plan cold   schema.yaml    median {t_cold * 1000:8.1f} ms")
    print(f"plan warm   schema.yaml    median {t_warm * 1000:8.1f} ms   (cold/warm ratio {t_cold / t_warm:.1f}x)")
    apply(settings, allow_destructive=False, confirm=lambda r: True)
    t_empty = _timed(lambda: compute_plan(settings), args.runs)
    print(f"plan empty  schema.yaml    median {t_empty * 1000:8.1f} ms   (no changes: no proof needed)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
