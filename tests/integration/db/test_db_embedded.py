"""The project-local embedded server: started once, reused, reachable as root."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

from schemadiff.cli import main
from schemadiff.db.embedded import DATA_DIR, embedded_url, stop_embedded
from schemadiff.db.embedded_access import SERVER_USER
from servers import remove_project_server

AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="only root's server runs as another OS user")


MODES_BEFORE: dict[Path, dict[Path, int]] = {}


def ancestor_modes(path: Path) -> dict[Path, int]:
    """The mode of every directory from `path` up to /."""
    return {p: p.stat().st_mode for p in (path, *path.parents)}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project directory with spaces in its path under 0700 parents (like pytest's own tmp
    dirs, or a home directory): the modes of every ancestor are recorded before the first start."""
    path = tmp_path_factory.mktemp("embedded") / "private home" / "my project"
    path.parent.mkdir(mode=0o700)
    path.mkdir(mode=0o700)
    MODES_BEFORE[path] = ancestor_modes(path)
    yield path
    remove_project_server(path)


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


def test_no_parent_directory_changes_mode(project):
    embedded_url(project)
    assert ancestor_modes(project) == MODES_BEFORE[project]
    assert stat.S_IMODE(project.parent.stat().st_mode) == 0o700


@AS_ROOT
def test_as_root_the_data_lives_where_the_server_user_reaches_it(project):
    embedded_url(project)
    link = project / DATA_DIR
    assert link.is_symlink()  # a 0700 parent: the data went to a private directory, linked here
    base = link.resolve().parent
    assert base.owner() == SERVER_USER and stat.S_IMODE(base.stat().st_mode) == 0o700
    assert link.resolve().owner() == SERVER_USER


@AS_ROOT
def test_as_root_without_a_reachable_place_it_says_how_to_run(tmp_path, monkeypatch, capsys):
    # the project and the temporary directory both under 0700 parents: nowhere to put pgdata
    private = tmp_path / "private"
    (private / "tmp").mkdir(parents=True)
    private.chmod(0o700)
    (private / "proj").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private / "tmp"))
    monkeypatch.chdir(private / "proj")
    for var in ("DATABASE_URL", "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"):
        monkeypatch.delenv(var, raising=False)
    before = ancestor_modes(private / "tmp")
    (private / "proj" / "schema.yaml").write_text("schemas: {public: {}}\n")
    assert main(["plan"]) == 1
    err = capsys.readouterr().err
    assert f"cannot traverse (mode 0700) {private}" in err
    assert "run schemadiff as a non-root user, or give --database" in err
    assert ancestor_modes(private / "tmp") == before
