"""Where throwaway databases come from: --dev-database, else the target server, else embedded."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from psycopg.conninfo import make_conninfo

from ..db.connect import connect
from ..quoting import ident


@dataclass(frozen=True)
class ScratchServer:
    admin_url: str  # a database on the server where we may CREATE DATABASE
    origin: str  # "dev-database" | "target server" | "embedded server"
    version_num: int

    @contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for the block; always dropped afterwards."""
        name = f"schemadiff_scratch_{uuid.uuid4().hex[:12]}"
        with connect(self.admin_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {ident(name)} TEMPLATE template0")
        try:
            yield make_conninfo(self.admin_url, dbname=name)
        finally:
            with connect(self.admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {ident(name)} WITH (FORCE)")


def choose_scratch(target_url: str, dev_database: str | None, embedded: callable) -> ScratchServer:
    """DESIGN.md order: --dev-database; a temporary database on the target server when the role may
    create one (same major version for free); else the embedded server."""
    if dev_database:
        return ScratchServer(dev_database, "dev-database", _version(dev_database))
    with connect(target_url, autocommit=True) as conn:
        can = conn.execute(
            "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        version = conn.info.server_version
    if can:
        return ScratchServer(target_url, "target server", version)
    url = embedded()
    return ScratchServer(url, "embedded server", _version(url))


def _version(url: str) -> int:
    with connect(url, autocommit=True) as conn:
        return conn.info.server_version
