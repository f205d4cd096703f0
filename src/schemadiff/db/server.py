"""What the server we are connected to is and allows: read once, in one query."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from ..sqlfiles import query_text

# queries/server_facts.sql: shared_preload_libraries and cron.database_name are superuser-only (or pg_read_all_settings):
# current_setting() raises for other roles, pg_settings hides the row instead. Then the running
# pg_cron launcher is the evidence that pg_cron is preloaded (such a role sees its application_name
# but not its backend_type); its database stays unknown (None).


@dataclass(frozen=True)
class ServerFacts:
    version_num: int  # server_version_num, e.g. 150018
    is_superuser: bool
    can_create_database: bool  # CREATEDB or superuser: a scratch database can go here
    current_database: str
    available_extensions: frozenset[str]
    has_pg_cron: bool  # preloaded and installable: `CREATE EXTENSION pg_cron` can work
    cron_database_name: str | None  # where pg_cron can be created (None: unset or hidden)

    @property
    def major(self) -> int:
        return self.version_num // 10000


def _preloaded(preload: str | None, launcher_running: bool, name: str) -> bool:
    if preload is None:
        return launcher_running
    return name in {lib.strip().strip('"') for lib in preload.split(",")}


# The launcher alone is not enough evidence for a role that cannot read the preload list: it is a
# background worker that exits on some errors and comes back a second later, and a role asking in
# that second would be told pg_cron is missing. Only the loaded library defines cron.host, and
# pg_settings_get_flags (PostgreSQL 15+) tells any role whether a setting exists; a placeholder
# left in postgresql.conf without the library reads as NO_SHOW_ALL. introspect/queries/
# cron_loaded.sql asks the same inside introspection's snapshot; queries/cron_loaded.sql is the question here.


def cron_library_loaded(conn: psycopg.Connection, version_num: int) -> bool:
    """Whether pg_cron's library is loaded in this backend (False when it cannot tell: before 15)."""
    loaded = version_num >= 150000 and conn.execute(query_text(__package__, "cron_loaded")).fetchone()[0]
    return bool(loaded)


def server_facts(conn: psycopg.Connection) -> ServerFacts:
    """Read the facts from a live connection."""
    row = conn.execute(query_text(__package__, "server_facts")).fetchone()
    (version, superuser, createdb, dbname, available, preload, launcher, cron_db) = row
    extensions = frozenset(available)
    if preload is None and "pg_cron" in extensions and not launcher:
        launcher = cron_library_loaded(conn, version)
    return ServerFacts(
        version_num=version,
        is_superuser=superuser,
        can_create_database=createdb,
        current_database=dbname,
        available_extensions=extensions,
        has_pg_cron="pg_cron" in extensions and _preloaded(preload, launcher, "pg_cron"),
        cron_database_name=cron_db or None,
    )
