"""What preflight (apply/preflight.py) costs on a large table: one query per step, timed.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_preflight.py [--rows 1000000,10000000] [--runs 3]
        [--database ADMIN_URL] [--full-up-to 1000000] [--full-timeout 60]

For each table size, a table `big` is filled with rows that violate nothing (so every query reads
all it may read), ANALYZEd, and planned against a schema whose steps each get a preflight query:
SET NOT NULL, a UNIQUE constraint, a unique expression index, a CHECK, a type change (the row by
row cast), an exclusion constraint (a self-join), a dropped column. Each step's query is run alone
`--runs` times; the median and max wall time are printed with the outcome (the count, "about N"
when sampled, or "not checked: timed out").
  bounded    the defaults: statement_timeout 5 s, TABLESAMPLE SYSTEM (1) above 1,000,000 reltuples
  full       no sampling and --full-timeout (60 s): the whole cost, one run (sizes <= --full-up-to)
Runs against the project's embedded PostgreSQL unless --database names a server (its admin URL).
Printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import psycopg

from schemadiff.apply.preflight import Limits, preflight
from schemadiff.db.embedded import embedded_url
from schemadiff.pipeline import Settings, compute_plan
from schemadiff.quoting import ident

ROOT = Path(__file__).resolve().parents[1]

BEFORE = """
schemas:
  public:
    tables:
      big:
        columns:
          id: {type: bigint, not_null: true}
          email: {type: text}
          qty: {type: integer}
          note: {type: text}
          during: {type: int4range}
          legacy: {type: text}
        primary_key: [id]
"""

AFTER = """
schemas:
  public:
    tables:
      big:
        columns:
          id: {type: bigint, not_null: true}
          email: {type: text, unique: true}
          qty: {type: smallint, check: "qty >= 0"}
          note: {type: text, not_null: true}
          during: {type: int4range}
        primary_key: [id]
        indexes:
          big_lower_email: {columns: ["lower(email)"], unique: true}
        exclusions:
          big_no_overlap: "EXCLUDE USING gist (during WITH &&)"
"""

FILL = """
INSERT INTO big SELECT g, 'u' || g || '@x', g % 1000, 'n', int4range(g * 10, g * 10 + 5), 'l'
FROM generate_series(1, {rows}) g
"""


def _database(admin: str, rows: int) -> str:
    """A database holding `big` with `rows` rows (reused when it already has them)."""
    name = f"schemadiff_bench_preflight_{rows}"
    url = psycopg.conninfo.make_conninfo(admin, dbname=name)
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            with psycopg.connect(url) as db:
                if db.execute("SELECT count(*) FROM big").fetchone()[0] == rows:
                    return url
        conn.execute(f"DROP DATABASE IF EXISTS {ident(name)} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {ident(name)}")
    with tempfile.TemporaryDirectory() as tmp:
        compute_apply(url, Path(tmp))
    with psycopg.connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute(FILL.format(rows=int(rows)))
        conn.execute("ANALYZE big")
        print(f"  filled {rows:,} rows in {time.perf_counter() - started:.1f} s")
    return url


def compute_apply(url: str, tmp: Path) -> None:
    from schemadiff.pipeline import apply

    (tmp / "schema.yaml").write_text(BEFORE)
    apply(Settings(schema=tmp / "schema.yaml", database=url, project_dir=tmp, preflight=False),
          allow_destructive=False, confirm=lambda _: True)


def _measure(url: str, runs: int, limits: Limits, label: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "schema.yaml").write_text(AFTER)
        result = compute_plan(Settings(schema=Path(tmp) / "schema.yaml", database=url, project_dir=Path(tmp),
                                       preflight=False))
    for op in result.forward.ops:
        single = replace(result.forward, ops=(op,))
        times, outcomes = [], []
        for _ in range(runs):
            started = time.perf_counter()
            found = preflight(url, single, result.current, limits)
            times.append(time.perf_counter() - started)
            outcomes.append(tuple(f.line() for f in found))
        timed_out = sum(any("timed out" in line for line in o) for o in outcomes)
        for line in outcomes[-1]:
            print(f"  {label:8} median {statistics.median(times):7.2f} s  max {max(times):7.2f} s  "
                  f"timed out {timed_out}/{runs}  {op.describe()[:55]:55}  {line[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="1000000,10000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--database", help="admin URL of the server (default: the embedded one)")
    ap.add_argument("--full-up-to", type=int, default=1_000_000)
    ap.add_argument("--full-timeout", type=float, default=60.0, help="seconds")
    args = ap.parse_args()
    admin = args.database or embedded_url(ROOT)
    for rows in (int(r) for r in args.rows.split(",")):
        print(f"table of {rows:,} rows")
        url = _database(admin, rows)
        _measure(url, args.runs, Limits(), "bounded")
        if rows <= args.full_up_to:
            full = Limits(statement_timeout_ms=round(args.full_timeout * 1000), sample_above=float("inf"))
            _measure(url, 1, full, "full")


if __name__ == "__main__":
    main()
