"""A role that must give its password: its own pg_hba.conf lines (scram-sha-256), first in the
test server's file, while every other role stays on trust; undone afterwards."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo

from schemadiff.quoting import ident, literal


def _lines(role: str) -> str:
    return f"local all {role} scram-sha-256\nhost all {role} all scram-sha-256\n"


@contextmanager
def password_required(server, role: str, password: str) -> Iterator[None]:
    """CREATE ROLE `role` LOGIN PASSWORD `password` (a password, or a SCRAM verifier stored as
    is), asked for at every login inside the block; the role and its lines removed afterwards."""
    with server.admin() as conn:
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        conn.execute(f"CREATE ROLE {ident(role)} LOGIN PASSWORD {literal(password)}")
        hba.write_text(_lines(role) + hba.read_text())
        conn.execute("SELECT pg_reload_conf()")
    try:
        _wait_until_asked(make_conninfo(server.url(), user=role, password="nope"))
        yield
    finally:
        with server.admin() as conn:
            hba.write_text(hba.read_text().replace(_lines(role), ""))
            conn.execute("SELECT pg_reload_conf()")
            conn.execute(f"DROP ROLE {ident(role)}")


def _wait_until_asked(wrong_login: str) -> None:
    """pg_reload_conf() only signals the postmaster: wait until a wrong password is refused."""
    for _ in range(50):
        try:
            psycopg.connect(wrong_login).close()
        except psycopg.OperationalError as exc:
            if "password" in str(exc):
                return
        time.sleep(0.1)
    raise AssertionError("the server did not start asking for the password")
