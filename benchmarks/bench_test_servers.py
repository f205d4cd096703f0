"""What one throwaway database costs on the test suite's servers (tests/servers.py).

    PYTHONPATH=src:tests .venv/bin/python benchmarks/bench_test_servers.py [--runs 20] [--server pg18]

For each CREATE DATABASE form the suite and schemadiff use (the default template and strategy as
in tests/conftest.py `db_url`; TEMPLATE template0 as in canonical/scratch.py; FILE_COPY for
comparison), prints the WAL it writes (deterministic: what the server settings change) and the
median, p99 and max wall time of a create, connect, drop cycle (noisy on a loaded machine).
"""

from __future__ import annotations

import argparse
import statistics
import time

import psycopg

from servers import PgServer, pg15_installed, start_embedded, start_pg15

FORMS = ("CREATE DATABASE {}", "CREATE DATABASE {} TEMPLATE template0",
         "CREATE DATABASE {} STRATEGY FILE_COPY")


def _cycle(server: PgServer, admin: psycopg.Connection, form: str, name: str) -> tuple[float, float]:
    """(seconds, WAL bytes) of one create, connect, drop."""
    lsn = admin.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    start = time.perf_counter()
    admin.execute(form.format(name))
    with psycopg.connect(server.url(name)):
        pass
    admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    seconds = time.perf_counter() - start
    wal = admin.execute("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), %s)", (lsn,)).fetchone()[0]
    return seconds, float(wal)


def _report(server: PgServer, runs: int) -> None:
    with server.admin() as admin:
        for form in FORMS:
            samples = [_cycle(server, admin, form, f"bench_{i}") for i in range(runs)]
            times = sorted(s for s, _ in samples)
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            wal_kb = statistics.median(w for _, w in samples) / 1024
            print(f"{server.name}  {form.format('x'):45s} WAL {wal_kb:8.0f} kB   median "
                  f"{statistics.median(times) * 1000:6.1f} ms  p99 {p99 * 1000:6.1f} ms  max {times[-1] * 1000:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--server", choices=["pg18", "pg15", "both"], default="both")
    args = parser.parse_args()
    starters = {"pg18": start_embedded, "pg15": start_pg15}
    names = ["pg18", "pg15"] if args.server == "both" else [args.server]
    for name in names:
        if name == "pg15" and not pg15_installed():
            print("pg15: not installed")
            continue
        server = starters[name]()
        try:
            _report(server, args.runs)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
