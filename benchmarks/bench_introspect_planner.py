"""Catalog queries planned with their joins as written (introspect/queries/snapshot_planner.sql)
against the planner's own join search: the sum of the medians of every introspection query.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_introspect_planner.py [--sizes 0,100,1000] [--runs 7]

Each query runs on one connection without prepared statements, as a fresh connection to a
target or a scratch database does; both settings must read the same rows (checked). Runs
against the project's embedded PostgreSQL, in synthetic databases of bench_scale.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_scale  # noqa: E402  (the same synthetic schemas)

from schemadiff.introspect import readers  # noqa: E402
from schemadiff.introspect.catalog import query_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
AS_WRITTEN = query_text("snapshot_planner")  # what introspect() runs, not a copy of it


def _queries() -> list[str]:
    # pg_cron's queries only run where it is installed (the embedded server has no pg_cron)
    names = sorted({r.query for r in readers()} - {"cron_jobs"} | {"unsupported", "depends"})
    return [query_text(n) for n in names]


def _sum_of_medians(url: str, settings: str, runs: int) -> tuple[float, list]:
    total, rows = 0.0, []
    with psycopg.connect(url, prepare_threshold=None) as conn:
        for text in _queries():
            samples = []
            for _ in range(runs):
                with conn.transaction():
                    conn.execute("SET LOCAL search_path = ''")
                    if settings:
                        conn.execute(settings)
                    start = time.perf_counter()
                    out = conn.execute(text).fetchall()
                    samples.append(time.perf_counter() - start)
            total += statistics.median(samples)
            rows.append(sorted(map(repr, out)))
    return total, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0,100,1000")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from schemadiff.db.embedded import embedded_url
    admin = embedded_url(ROOT)
    print(f"{'tables':>7} {'join search':>12} {'as written':>11} {'ratio':>6}")
    for n in map(int, args.sizes.split(",")):
        url = bench_scale._fresh_db(admin, f"bench_planner_{n}", bench_scale.base_sql(n) if n else "SELECT 1")
        searched, rows_a = _sum_of_medians(url, "", args.runs)
        written, rows_b = _sum_of_medians(url, AS_WRITTEN, args.runs)
        assert rows_a == rows_b, "the two settings read different rows"
        print(f"{n:>7} {searched * 1000:>10.1f}ms {written * 1000:>9.1f}ms {written / searched:>6.2f}")


if __name__ == "__main__":
    main()
