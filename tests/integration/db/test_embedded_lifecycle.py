"""schemadiff server status|start|stop|logs, and the embedded server stopping by itself."""

from __future__ import annotations

import time

import psycopg
import pytest

from schemadiff.cli import main
from schemadiff.db.embedded import DATA_DIR, embedded_url, is_running
from schemadiff.db.embedded_idle import idle_limit
from schemadiff.errors import SchemaDiffError
from servers import remove_project_server


@pytest.fixture
def project(tmp_path, monkeypatch):
    path = tmp_path / "proj"
    path.mkdir()
    monkeypatch.chdir(path)
    yield path
    remove_project_server(path)


def _wait_stopped(pgdata, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not is_running(pgdata):
            return True
        time.sleep(0.5)
    return False


def test_status_start_logs_stop(project, capsys, monkeypatch):
    monkeypatch.setenv("SCHEMADIFF_EMBEDDED_IDLE", "0")
    assert main(["server", "status"]) == 0
    assert "stopped (never started here)" in capsys.readouterr().out
    assert main(["server", "start"]) == 0
    assert "running: postgresql://" in capsys.readouterr().out
    assert main(["server", "status"]) == 0
    out = capsys.readouterr().out
    assert "running, pid" in out and "stops by itself: never" in out
    url = next(line.split("url: ")[1] for line in out.splitlines() if line.startswith("url: "))
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == "schemadiff"
    assert main(["server", "logs", "-n", "5"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["server", "stop"]) == 0
    assert "stopped" in capsys.readouterr().out
    assert not is_running(project / DATA_DIR)
    assert main(["server", "stop"]) == 0
    assert "was not running" in capsys.readouterr().out


def test_stops_by_itself_when_idle_and_not_while_used(project, monkeypatch):
    monkeypatch.setenv("SCHEMADIFF_EMBEDDED_IDLE", "3s")
    url = embedded_url(project)
    pgdata = project / DATA_DIR
    with psycopg.connect(url) as conn:  # a client connected: not idle
        time.sleep(6)
        assert is_running(pgdata)
        conn.execute("SELECT 1")
    assert _wait_stopped(pgdata, 30), "the idle server did not stop by itself"


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("30m", 1800), ("2h", 7200), ("0", None), ("15", 15)])
def test_idle_limit_parses_durations(text, seconds):
    assert idle_limit(text) == seconds


def test_idle_limit_refuses_nonsense():
    with pytest.raises(SchemaDiffError, match="not a duration"):
        idle_limit("soon")
