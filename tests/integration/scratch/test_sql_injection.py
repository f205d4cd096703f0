"""Issue 6: SQL hidden in a SQL-text field never reaches a server during validate or plan.

Each payload would run a program (COPY ... TO PROGRAM), create the cluster-wide role
`sqlguard_evil` and a table `zz`. validate and plan must exit 1 naming schema.yaml:<line>, and
the server must show none of it: no role, no marker file, no table.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from schemadiff.cli import main

from sql_payloads import EVIL_ROLE, ISSUE_KINDS, payload_line, payloads

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/nowhere?connect_timeout=2"


@pytest.fixture
def marker() -> Path:
    path = Path(f"/tmp/sqlguard_marker_{uuid.uuid4().hex}")
    yield path
    path.unlink(missing_ok=True)


def _nothing_reached(server, db_url: str, marker: Path) -> None:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                            [EVIL_ROLE]).fetchone()[0] == 0
    with psycopg.connect(db_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('public.zz')").fetchone()[0] is None
    assert not marker.exists()


def test_the_marker_would_show_a_program_that_ran(server, db_url, marker):
    """Control: the server's user can create the marker, so its absence below means something."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        # `cat`, not `touch`: a program that exits without reading its input may break the pipe
        # before the server has written the row (a flaky "could not close pipe" failure)
        conn.execute(f"COPY (SELECT 1) TO PROGRAM 'cat > {marker}'")
    assert marker.exists()


@pytest.mark.parametrize("command", ["validate", "plan"])
@pytest.mark.parametrize("kind", ISSUE_KINDS)
def test_a_payload_is_refused_and_nothing_reaches_the_server(server, db_url, tmp_path, marker,
                                                              capsys, kind, command):
    text = payloads(str(marker))[kind]
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    assert main([command, "-s", str(schema), "-d", db_url]) == 1
    err = capsys.readouterr().err
    assert f"schema.yaml:{payload_line(text)}" in err and "Traceback" not in err
    _nothing_reached(server, db_url, marker)


@pytest.mark.parametrize("kind", ISSUE_KINDS)
def test_the_refusal_comes_before_any_connection(tmp_path, capsys, kind):
    """With a target nobody listens on, the error is still the schema's: nothing was sent."""
    text = payloads()[kind]
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    assert main(["plan", "-s", str(schema), "-d", UNREACHABLE]) == 1
    err = capsys.readouterr().err
    assert f"schema.yaml:{payload_line(text)}" in err and "cannot connect" not in err
