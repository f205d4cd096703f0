"""The project-local embedded server: started once, reused, reachable as root."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from schemadiff.db.embedded import DATA_DIR, embedded_url, stop_embedded


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project directory with spaces in its path (mode 0700 like pytest's own tmp dirs)."""
    path = tmp_path_factory.mktemp("embedded") / "my project"
    path.mkdir(mode=0o700)
    yield path
    stop_embedded(path)


def postmaster_pid(project: Path) -> int:
    return int((project / DATA_DIR / "postmaster.pid").read_text().split()[0])


def test_starts_and_creates_the_database(project):
    url = embedded_url(project)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == "schemadiff"
    assert (project / DATA_DIR / "PG_VERSION").exists()
    if os.geteuid() == 0:  # postgres refuses root: the library runs it as its own user
        assert (project / DATA_DIR).stat().st_uid != 0


def test_reused_across_processes_without_warnings(project):
    first = embedded_url(project)
    pid = postmaster_pid(project)
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    code = ("import sys; from pathlib import Path; from schemadiff.db.embedded import embedded_url;"
            "print(embedded_url(Path(sys.argv[1])))")
    proc = subprocess.run([sys.executable, "-c", code, str(project)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert proc.stdout.strip() == first
    assert proc.stderr == ""  # no RuntimeDirWarning, no library log lines
    assert postmaster_pid(project) == pid  # the same server, still running after that exit


def test_stop(project):
    embedded_url(project)
    assert stop_embedded(project)
    assert not stop_embedded(project)
    with psycopg.connect(embedded_url(project)) as conn:  # and it starts again
        assert conn.execute("SELECT 1").fetchone() == (1,)
