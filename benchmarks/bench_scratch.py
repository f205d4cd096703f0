"""What a scratch database costs, with and without its own least-privilege role (issue 6).

    .venv/bin/python benchmarks/bench_scratch.py [--runs 20]

Prints median, p90 and max milliseconds of `ScratchServer.database()` (create, connect, drop),
alternating the two modes so machine load hits both alike, and their ratio of medians. Runs
against the project's embedded PostgreSQL (started on demand under .schemadiff/).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import psycopg

from schemadiff.canonical import scratch
from schemadiff.db.embedded import embedded_url

ROOT = Path(__file__).resolve().parents[1]


def _once(server: scratch.ScratchServer) -> float:
    start = time.perf_counter()
    with server.database() as url, psycopg.connect(url) as conn:
        conn.execute("SELECT 1")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    url = embedded_url(ROOT)
    server = scratch.choose_scratch(url, None, lambda: url)
    may = scratch._may_create_roles
    times: dict[str, list[float]] = {"own role": [], "as connecting role": []}
    for _ in range(runs):
        scratch._may_create_roles = may
        times["own role"].append(_once(server))
        scratch._may_create_roles = lambda conn: False
        times["as connecting role"].append(_once(server))
    for mode, t in times.items():
        t.sort()
        print(f"{mode:20} median {statistics.median(t):7.1f} ms  p90 {t[int(0.9 * (len(t) - 1))]:7.1f}"
              f"  max {t[-1]:7.1f}")
    ratio = statistics.median(times["own role"]) / statistics.median(times["as connecting role"])
    print(f"ratio of medians (own role / connecting role): {ratio:.2f}")


if __name__ == "__main__":
    main()
