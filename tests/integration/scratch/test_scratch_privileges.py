"""Scratch databases: built by a role of their own, and never left behind by a killed run."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from schemadiff.canonical.scratch import SCRAM_ROUNDS, choose_scratch, scram_verifier
from schemadiff.cli import main

from hba import password_required

ROOT = Path(__file__).resolve().parents[3]


def _no_embedded():
    raise AssertionError("a superuser target must be its own scratch server")


def test_the_build_runs_as_a_non_superuser_role_owning_only_its_database(db_url):
    scratch = choose_scratch(db_url, None, _no_embedded)
    with scratch.database() as url, psycopg.connect(url, autocommit=True) as conn:
        user, superuser, owner = conn.execute(
            "SELECT current_user, r.rolsuper, pg_get_userbyid(d.datdba) FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()").fetchone()
        assert user.startswith("schemadiff_scratch_") and not superuser and owner == user
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("COPY (SELECT 1) TO PROGRAM 'true'")
        conn.execute("CREATE TABLE t (id int)")  # it may build anything inside its own database
        conn.execute("GRANT SELECT ON t TO pg_monitor")  # and grant to existing roles
    with psycopg.connect(db_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", [user]).fetchone()[0] == 0


def _scratch_users(server) -> tuple[list, list]:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        dbs = conn.execute(r"SELECT datname FROM pg_database WHERE datname LIKE 'schemadiff\_scratch\_%'").fetchall()
        roles = conn.execute(r"SELECT rolname FROM pg_roles WHERE rolname LIKE 'schemadiff\_scratch\_%'").fetchall()
    return [d for (d,) in dbs], [r for (r,) in roles]


CHILD = textwrap.dedent("""
    import sys, time
    from schemadiff.canonical.scratch import choose_scratch
    scratch = choose_scratch(sys.argv[1], None, None)
    with scratch.database():
        print("inside", flush=True)
        time.sleep(60)
""")


def test_a_scratch_database_left_by_a_killed_run_is_removed_by_the_next_plan(server, db_url, tmp_path, capsys):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen([sys.executable, "-c", CHILD, db_url], stdout=subprocess.PIPE, env=env, text=True)
    assert child.stdout.readline().strip() == "inside"
    left_dbs, left_roles = _scratch_users(server)
    assert left_dbs
    child.send_signal(signal.SIGKILL)
    child.wait()
    _wait_for_backends_to_go(server, left_dbs)

    schema = tmp_path / "schema.yaml"
    schema.write_text("schemas:\n  public:\n    tables:\n      t:\n        columns: {id: bigint}\n")
    assert main(["plan", "-s", str(schema), "-d", db_url]) == 0
    dbs, roles = _scratch_users(server)
    assert not set(left_dbs) & set(dbs) and not set(left_roles) & set(roles)
    assert "left by a run that was killed" in capsys.readouterr().err


def _wait_for_backends_to_go(server, dbs: list[str]) -> None:
    """The killed client's sessions end when the server notices the closed socket."""
    deadline = time.monotonic() + 10
    with psycopg.connect(server.url(), autocommit=True) as conn:
        while time.monotonic() < deadline:
            if not conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                "'schemadiff' AND datname = ANY(%s)", [dbs]).fetchone()[0]:
                return
            time.sleep(0.1)


def test_a_live_run_s_scratch_database_is_left_alone(server, db_url):
    scratch = choose_scratch(db_url, None, _no_embedded)
    with scratch.database() as url:
        name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
        choose_scratch(db_url, None, _no_embedded)  # another run starts meanwhile
        assert name in _scratch_users(server)[0]


def test_a_build_longer_than_the_targets_idle_session_timeout_still_drops_its_database(server, db_url):
    # The connection that made the scratch database waits idle through the build, then drops it.
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("ALTER DATABASE {} SET idle_session_timeout = '100ms'")
                     .format(psycopg.sql.Identifier(conn.info.dbname)))
    scratch = choose_scratch(db_url, None, _no_embedded)
    with scratch.database() as url:
        name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
        time.sleep(0.5)
    with server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)


def test_without_a_login_the_build_still_runs_as_the_role(db_url, monkeypatch):
    """pg_hba.conf may refuse the new role a login: then the role is set at connection start."""
    real = psycopg.connect

    def refuse_scratch_logins(conninfo, *args, **kwargs):
        if "user=schemadiff_scratch_" in conninfo:
            raise psycopg.OperationalError("no pg_hba.conf entry (simulated)")
        return real(conninfo, *args, **kwargs)

    monkeypatch.setattr(psycopg, "connect", refuse_scratch_logins)
    with choose_scratch(db_url, None, _no_embedded).database() as url:
        with real(url, autocommit=True) as conn:
            current, session = conn.execute("SELECT current_user, session_user").fetchone()
            assert current.startswith("schemadiff_scratch_") and session == "postgres"
            conn.execute("CREATE TABLE t (id int)")


def test_the_role_s_few_round_verifier_passes_a_password_check_and_refuses_a_wrong_one(server):
    """The scratch role's password is stored as a verifier made in Python (scram_verifier, few
    PBKDF2 rounds): a server that asks for the password (scram-sha-256) must accept it and refuse
    any other."""
    role, password = f"pw_{secrets.token_hex(5)}", secrets.token_urlsafe(24)
    with password_required(server, role, scram_verifier(password)):
        login = make_conninfo(server.url(), user=role)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(make_conninfo(login, password="wrong"))
        with psycopg.connect(make_conninfo(login, password=password)) as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == role
        with server.admin() as conn:
            stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()[0]
        assert stored.startswith(f"SCRAM-SHA-256${SCRAM_ROUNDS}:")


def test_a_scratch_role_s_password_is_such_a_verifier(db_url):
    with choose_scratch(db_url, None, _no_embedded).database() as url, psycopg.connect(db_url) as admin:
        role = psycopg.conninfo.conninfo_to_dict(url)["user"]
        stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()[0]
        assert stored.startswith(f"SCRAM-SHA-256${SCRAM_ROUNDS}:")
