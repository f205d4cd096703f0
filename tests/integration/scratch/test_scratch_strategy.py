"""How scratch databases are created: STRATEGY FILE_COPY only on a server with fsync off.

FILE_COPY runs two immediate checkpoints; on a server that syncs its data that is an I/O storm on
someone's real database, so the choice must follow the server's fsync setting, both ways.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

import psycopg

from schemadiff.canonical.scratch import choose_scratch


def _no_embedded():
    raise AssertionError("a superuser target must be its own scratch server")


@contextmanager
def _fsync(server, value: str):
    """fsync is a reload-time setting: ALTER SYSTEM, reload, and back to the test setting after.
    Only this worker uses the server, and nothing it runs meanwhile depends on fsync."""
    _reload(server, f"ALTER SYSTEM SET fsync = {value}", value)
    try:
        yield
    finally:
        _reload(server, "ALTER SYSTEM RESET fsync", "off")


def _reload(server, statement: str, expected: str) -> None:
    """Run `statement`, reload, and wait until new sessions see `expected` (the postmaster reads
    the file when it gets to the signal)."""
    with server.admin() as conn:
        conn.execute(statement)
        conn.execute("SELECT pg_reload_conf()")
    for _ in range(200):
        if _fsync_now(server.url()) == expected:
            return
        time.sleep(0.05)
    raise AssertionError(f"{server.name}: fsync did not become {expected} after a reload")


def _fsync_now(url: str) -> str:
    # pg_reload_conf() signals; a new session reads the reloaded file
    with psycopg.connect(url) as conn:
        return conn.execute("SHOW fsync").fetchone()[0]


def test_a_throwaway_server_gets_file_copy_and_the_database_works(server, db_url):
    assert _fsync_now(db_url) == "off"  # tests/servers.py SETTINGS
    scratch = choose_scratch(db_url, None, _no_embedded)
    assert scratch.file_copy == (server.version_num >= 150000)
    with scratch.database() as url, psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (id int PRIMARY KEY)")
        assert conn.execute("SELECT count(*) FROM pg_class WHERE relname = 't'").fetchone()[0] == 1


def test_a_server_that_syncs_its_data_keeps_the_default_strategy(server, db_url):
    with _fsync(server, "on"):
        assert _fsync_now(db_url) == "on"
        assert choose_scratch(db_url, None, _no_embedded).file_copy is False
    assert _fsync_now(db_url) == "off"
