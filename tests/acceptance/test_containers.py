"""The acceptance cases on PostgreSQL 14, 16 and 17 too, each in a container (testcontainers),
when a Docker engine is reachable; the whole module is skipped with the reason when it is not.

One container per version per pytest worker, started with tests/servers.py's SETTINGS (durability
off, cheap CREATE DATABASE), and the same runner as test_cases.py (runner.run_case). Goldens: a
version whose deparsed SQL differs from the generic expected/*.sql needs its own
expected/<name>.pg<major>.sql, written by `pytest tests/acceptance/test_containers.py
--update-expected` and reviewed like any golden.
"""

from __future__ import annotations

import http.client
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from runner import Case, discover, run_case
from servers import SETTINGS, PgServer, checked_settings

VERSIONS = (14, 16, 17)
IMAGE = "postgres:{version}"  # the Docker library's official images
PING_TIMEOUT = 3.0  # seconds for the engine to answer /_ping


def docker_unreachable() -> str | None:
    """Why no Docker engine can be used (None: one answered /_ping), naming what was tried."""
    host = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    where = f"DOCKER_HOST={host}" if os.environ.get("DOCKER_HOST") else host
    parts = urlsplit(host)
    try:
        if parts.scheme == "unix":
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(PING_TIMEOUT)
                sock.connect(parts.path)
                sock.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
                status = sock.recv(64).split(b"\r\n", 1)[0].decode(errors="replace")
        elif parts.scheme in ("tcp", "http", "https"):
            conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
            conn = conn_class(parts.hostname, parts.port or 2375, timeout=PING_TIMEOUT)
            conn.request("GET", "/_ping")
            status = f"HTTP {conn.getresponse().status}"
        else:
            return f"no Docker engine reachable ({where}: a scheme this check does not speak)"
    except OSError as exc:
        return f"no Docker engine reachable ({where}: {exc.strerror or exc})"
    return None if " 200" in f" {status}" else f"no Docker engine reachable ({where} answered {status!r})"


_reason = docker_unreachable()
if _reason is not None:
    pytest.skip(_reason, allow_module_level=True)
testcontainers_postgres = pytest.importorskip(
    "testcontainers.postgres", reason="testcontainers is not installed (pip install -e '.[test]')")


@dataclass
class ContainerServer(PgServer):
    """A PostgreSQL container reached over TCP with the image's password."""

    host: str = ""
    port: int = 0
    password: str = ""

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres:{self.password}@{self.host}:{self.port}/{dbname}"


@pytest.fixture(scope="session", params=VERSIONS, ids=[f"pg{v}" for v in VERSIONS])
def container_server(request: pytest.FixtureRequest) -> Iterator[ContainerServer]:
    image = IMAGE.format(version=request.param)
    # the image's entrypoint passes arguments starting with "-" on to postgres
    flags = " ".join(f"-c {name}={value}" for name, value in SETTINGS.items())
    container = testcontainers_postgres.PostgresContainer(image, username="postgres", password="postgres",
                                                         dbname="postgres").with_command(flags)
    with container:
        server = ContainerServer(f"pg{request.param}", socket_dir=None, host=container.get_container_host_ip(),
                                 port=int(container.get_exposed_port(5432)), password="postgres")
        yield checked_settings(server)  # no postmaster pid: it lives in the container's namespace


CASES = discover()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_in_a_container(case: Case, container_server, make_db, tmp_path, update_expected):
    run_case(case, container_server, make_db, tmp_path, update_expected)
