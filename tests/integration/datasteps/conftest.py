"""Helpers for the data step tests: a schema.yaml in tmp_path, apply and read back."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.pipeline import Settings


@pytest.fixture
def write_schema(tmp_path: Path):
    """write_schema(text, url) -> Settings for that schema.yaml against `url`."""
    def write(text: str, url: str) -> Settings:
        path = tmp_path / "schema.yaml"
        path.write_text(text)
        return Settings(schema=path, database=url, project_dir=tmp_path)
    return write


def rows(url: str, query: str, *params) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(query, params).fetchall()


def yes(_):
    return True
