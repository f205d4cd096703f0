"""The seeds' database after `schemadiff apply` of the shipped schema.yaml, for behaviour tests.

    seeds_url   a database on `server` holding the applied schema.yaml (cron jobs skipped: they
                need the cron database, see test_seed_cron.py); one per module and server, so
                every test makes its own organization, products and customers
    seeds       a `Seeds` helper (seeds_db.py) on `seeds_url`: connections, fresh rows, RPC calls
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from seeds_db import Seeds, apply_seeds


@pytest.fixture(scope="module")
def seeds_url(server, tmp_path_factory) -> Iterator[str]:
    name, url = server.create_database()
    try:
        apply_seeds(url, tmp_path_factory.mktemp("seeds"), with_cron=False)
        yield url
    finally:
        server.drop_database(name)


@pytest.fixture
def seeds(seeds_url) -> Seeds:
    return Seeds(seeds_url)
