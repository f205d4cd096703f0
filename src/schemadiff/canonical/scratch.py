"""Where throwaway databases come from: --dev-database, else the target server, else embedded.

Every scratch database runs the desired state's DDL, so it is built with the least privilege the
server allows (issue 6): when the connecting role may create roles, each scratch database gets a
role of its own (`schemadiff_scratch_<hex>`, no superuser, no CREATEROLE, no CREATEDB) that owns
it, and the build connects as that role. The real barrier is spec/sql_checks.py (nothing but
parsed expressions, types and queries reaches the DDL); the role limits what an expression that
runs anyway could reach: its own database, not the server's files, programs or other databases.

A scratch database records its creator (backend pid and start time of an admin session kept
open while it is in use) in its comment, so one left behind by a killed process is recognised
and removed by the next run (see leftovers.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ..db.connect import connect, survive_idle
from ..render.scratch import (comment_on_database, create_scratch_database, create_scratch_role,
                              database_owner, drop_scratch_database, drop_scratch_role,
                              grant_role_to_current_user)
from ..sqlfiles import query_text
from .leftovers import PREFIX, creator_comment, remove_leftovers


@dataclass(frozen=True)
class ScratchServer:
    admin_url: str  # a database on the server where we may CREATE DATABASE
    origin: str  # "dev-database" | "target server" | "embedded server"
    version_num: int
    # CREATE DATABASE ... STRATEGY FILE_COPY (see _file_copy_is_cheap): on a throwaway server it
    # takes a quarter of the default WAL_LOG's time.
    file_copy: bool = False

    @contextmanager
    def database(self, extensions: Iterable[str] = ()) -> Iterator[str]:
        """A fresh, empty database for the block; always dropped afterwards. `extensions`: those
        the build will create (an untrusted one needs the connecting role itself)."""
        name = f"{PREFIX}{secrets.token_hex(6)}"
        with connect(self.admin_url, autocommit=True) as admin:  # open: it marks us alive
            # It waits idle through the whole build or proof, and must still drop the database
            # after: a target whose idle_session_timeout is shorter would end it first.
            survive_idle(admin)
            admin.execute(create_scratch_database(name, self.file_copy))
            try:
                admin.execute(comment_on_database(name, creator_comment(admin)))
                yield _least_privilege(admin, self.admin_url, name, tuple(extensions))
            finally:
                admin.execute(drop_scratch_database(name))
                admin.execute(drop_scratch_role(name))


    def privileged_url(self, url: str) -> str:
        """The same scratch database as the connecting role itself, not its least-privilege role:
        for the checks that need a superuser (plpgsql_check is an untrusted extension) and create
        nothing that is read back."""
        return make_conninfo(self.admin_url, dbname=conninfo_to_dict(url)["dbname"])


def extension_names(*models) -> tuple[str, ...]:
    """The extensions the models hold: what a scratch database for them will create."""
    return tuple(sorted({e.name for m in models for e in m.of_kind("extension")}))


def _least_privilege(admin: psycopg.Connection, admin_url: str, name: str,
                     extensions: tuple[str, ...]) -> str:
    """The URL the build uses: as the database's own role when one can be made, else as us."""
    own_url = make_conninfo(admin_url, dbname=name)
    if not _may_create_roles(admin) or _needs_superuser(admin, extensions):
        return own_url  # today's behaviour: the parse checks are the barrier
    password = secrets.token_urlsafe(24)
    try:
        admin.execute(create_scratch_role(name, scram_verifier(password)))
        admin.execute(grant_role_to_current_user(name))
        admin.execute(database_owner(name, name))
    except psycopg.Error:
        return own_url  # e.g. a managed server's restricted CREATEROLE: carry on as before
    return _login_or_set_role(own_url, name, password)


# The server would hash a plain password with scram_iterations (4096) PBKDF2 rounds: 12 ms of
# server CPU per scratch database, and as much again in libpq at the login test. The rounds only
# slow a guess at a weak password from a stolen hash; this one is 144 random bits, lives for one
# build, and its hash is readable by superusers alone. So the verifier (RFC 7677, the format
# pg_authid holds, accepted as is by every supported server) is made here with few rounds.
SCRAM_ROUNDS = 16


def scram_verifier(password: str, rounds: int = SCRAM_ROUNDS) -> str:
    """`SCRAM-SHA-256$<rounds>:<salt>$<StoredKey>:<ServerKey>`, what CREATE ROLE ... PASSWORD
    stores unchanged (pg_hba's md5 method then authenticates with SCRAM as well)."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    server_key = hmac.digest(salted, b"Server Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    return f"SCRAM-SHA-256${rounds}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _login_or_set_role(own_url: str, role: str, password: str) -> str:
    """Log in as the role when pg_hba lets it; else connect as us with `role` set at connection
    start (SET ROLE: defence in depth only, since RESET ROLE exists; nothing reaching the build
    can be a statement, so nothing can say RESET ROLE)."""
    login = make_conninfo(own_url, user=role, password=password)
    try:
        psycopg.connect(login, connect_timeout=5).close()
        return login
    except psycopg.Error:
        options = conninfo_to_dict(own_url).get("options") or ""  # keep the user's own
        return make_conninfo(own_url, options=f"{options} -c role={role}".strip())


def _may_create_roles(conn: psycopg.Connection) -> bool:
    return conn.execute(query_text(__package__, "may_create_roles")).fetchone()[0]


def _needs_superuser(conn: psycopg.Connection, extensions: tuple[str, ...]) -> bool:
    # Untrusted extensions (postgis, plpython3u, ...) only a superuser may create: such a
    # build runs as the connecting role, as before.
    if not extensions:
        return False
    return conn.execute(query_text(__package__, "untrusted_extensions"), [list(extensions)]).fetchone()[0]


def choose_scratch(target_url: str, dev_database: str | None, embedded: callable) -> ScratchServer:
    """DESIGN.md order: --dev-database; a temporary database on the target server when the role may
    create one (same major version for free); else the embedded server. Scratch databases left by
    a killed run are removed on the way (leftovers.py)."""
    if dev_database:
        return _probed(dev_database, "dev-database")
    with connect(target_url, autocommit=True) as conn:
        can = conn.execute(query_text(__package__, "may_create_databases")).fetchone()[0]
    if can:
        return _probed(target_url, "target server")
    return _probed(embedded(), "embedded server")


def _probed(url: str, origin: str) -> ScratchServer:
    """The scratch server at `url`, its leftovers removed on the way."""
    with connect(url, autocommit=True) as conn:
        remove_leftovers(conn)
        return ScratchServer(url, origin, conn.info.server_version, _file_copy_is_cheap(conn))


def _file_copy_is_cheap(conn: psycopg.Connection) -> bool:
    """Whether scratch databases may be created with STRATEGY FILE_COPY (15+; the only way before).

    The default, WAL_LOG, copies template0 page by page through shared buffers: ~60 ms a database
    on a test server, where FILE_COPY copies its files in ~15 ms. But FILE_COPY runs two immediate
    checkpoints, flushing every dirty buffer of the server and syncing them: on a server holding
    real data that is an I/O storm nobody asked for. A server running with fsync off has declared
    its data throwaway (test and CI servers) and its checkpoints sync nothing: only there."""
    if conn.info.server_version < 150000:
        return False
    return conn.execute(query_text(__package__, "fsync_off")).fetchone()[0]
