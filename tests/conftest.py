"""Shared fixtures. Servers live in tests/servers.py; this file only wires them into pytest.

    server     a running PostgreSQL, parametrised: `pg18` (embedded wheel, always) and `pg15`
               (the machine's, when installed; skipped otherwise, an error when
               SCHEMADIFF_REQUIRE_PG15=1 as in CI). Session-scoped: pytest groups tests by it.
    db_url     a fresh, empty database on `server` for one test, dropped afterwards
    db_conn    an autocommit psycopg connection to `db_url`
    make_db    make_db(server, sql) -> url: more databases for one test, dropped afterwards;
               make_db(server, sql, template=True): a copy of a database `sql` made once per session
    cron_url   `server`'s pg_cron database (`postgres`), emptied around the test; skipped without pg_cron

Add fixtures below, in sections, each with a line saying what it gives.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator

import psycopg
import pytest
from psycopg import sql

from servers import PgServer, pg15_installed, ram_tmpdir, start_embedded, start_pg15
from support_timing import record


def _temporary_files_in_ram() -> None:
    """tmp_path, the embedded servers that tests start in project directories, and the children
    they spawn write to ram_tmpdir() too: set before pytest picks its base temporary directory."""
    ram = ram_tmpdir()
    if ram is not None:
        os.environ["TMPDIR"] = str(ram)
        tempfile.tempdir = str(ram)


_temporary_files_in_ram()

# --- servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg18_server() -> Iterator[PgServer]:
    """The embedded PostgreSQL 18, in a temporary directory deleted at the end."""
    server = start_embedded()
    yield server
    record(server.name, server.postmaster_pid)
    server.stop()


@pytest.fixture(scope="session")
def pg15_server() -> Iterator[PgServer]:
    """The machine's PostgreSQL 15 (with pg_cron when postgresql-15-cron is installed)."""
    if not pg15_installed():
        reason = "PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin/postgres)"
        if os.environ.get("SCHEMADIFF_REQUIRE_PG15") == "1":
            pytest.fail(f"{reason}, and SCHEMADIFF_REQUIRE_PG15=1", pytrace=False)
        pytest.skip(reason)
    server = start_pg15()
    yield server
    record(server.name, server.postmaster_pid)
    server.stop()


@pytest.fixture(scope="session", params=[
    pytest.param("pg18", id="pg18"),
    pytest.param("pg15", id="pg15", marks=pytest.mark.pg15),
])
def server(request: pytest.FixtureRequest) -> PgServer:
    """Each available server in turn."""
    return request.getfixturevalue(f"{request.param}_server")


# --- databases -------------------------------------------------------------------------------


@pytest.fixture
def make_db() -> Iterator[Callable[[PgServer, str], str]]:
    """make_db(server, sql="") -> url of a new database holding `sql`; all dropped afterwards."""
    created: list[tuple[PgServer, str]] = []

    def make(server: PgServer, sql: str = "", *, template: bool = False) -> str:
        """template=True: `sql` is run once per server and session into a template, and each
        call gets a copy of it (for a large seed that tests do not change before they start)."""
        name, url = server.clone_database(sql) if template else server.create_database()
        created.append((server, name))
        if sql and not template:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(sql)
        return url

    yield make
    for srv, name in created:
        srv.drop_database(name)


@pytest.fixture
def db_url(server: PgServer, make_db: Callable[[PgServer, str], str]) -> str:
    """A fresh, empty database on `server`, dropped after the test."""
    return make_db(server, "")


@pytest.fixture
def db_conn(db_url: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to `db_url`."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield conn


# --- pg_cron ---------------------------------------------------------------------------------

NO_CRON = ("{name} has no pg_cron: the embedded PostgreSQL 18 ships without it, and PostgreSQL 15 "
           "has it only with Debian's postgresql-15-cron")


@pytest.fixture
def cron_url(server: PgServer) -> Iterator[str]:
    """The database pg_cron lives in (`postgres`, cron.database_name in tests/servers.py) with
    pg_cron installed, emptied before and after: no jobs, no user schemas, no history. Skipped,
    with the reason, on a server without pg_cron. One database per server: tests share it in turn."""
    if not server.has_pg_cron:
        pytest.skip(NO_CRON.format(name=server.name))
    url = server.url("postgres")
    with psycopg.connect(url, autocommit=True) as conn:
        _empty_cron_database(conn)
    yield url
    with psycopg.connect(url, autocommit=True) as conn:
        _empty_cron_database(conn)


def _empty_cron_database(conn: psycopg.Connection) -> None:
    """Drop every extension (pg_cron with its jobs too: it lives in public) and schema, then put
    back public as initdb makes it (owner, privileges, comment) and pg_cron."""
    for kind, query in (("EXTENSION", "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'"),
                        ("SCHEMA", "SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND "
                                   "nspname <> 'information_schema'")):
        for (name,) in conn.execute(query).fetchall():
            conn.execute(sql.SQL("DROP {} IF EXISTS {} CASCADE").format(sql.SQL(kind), sql.Identifier(name)))
    conn.execute("CREATE SCHEMA public AUTHORIZATION pg_database_owner")
    conn.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
    conn.execute("COMMENT ON SCHEMA public IS 'standard public schema'")
    conn.execute("CREATE EXTENSION pg_cron")
    # The test servers run without autovacuum, and this database outlives every test that uses
    # it: without a VACUUM its catalogs keep the dead rows of every schema dropped above, and a
    # catalog read after a hundred tests took several times as long (test_seeds on PG 15: 143 s).
    conn.execute("VACUUM (ANALYZE)")


# --- workers ---------------------------------------------------------------------------------


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (pyproject.toml): one worker more than the CPUs this process may use. A worker
    spends about a fifth of its time waiting on its servers (a new backend filling its catalog
    caches, a checkpoint after DROP DATABASE), which one worker per CPU leaves idle: measured on
    2 cores, 197 acceptance cases took 55.9 s with 2 workers (17.5 % of the CPU idle), 49.4 s
    with 3 (6 %), 49.5 s with 4 (3 %)."""
    return len(os.sched_getaffinity(0)) + 1


# --- goldens ---------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-expected", action="store_true", default=False,
        help="rewrite acceptance goldens (expected/*.sql) from the current output; never in CI",
    )


@pytest.fixture
def update_expected(request: pytest.FixtureRequest) -> bool:
    """True when goldens may be (re)written; CI=true forbids it so a missing golden always fails."""
    wanted = bool(request.config.getoption("--update-expected"))
    if wanted and os.environ.get("CI") == "true":
        pytest.fail("--update-expected is refused in CI", pytrace=False)
    return wanted
