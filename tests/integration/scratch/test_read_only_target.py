"""plan reads the target database through a connection the server keeps read-only (issue 6)."""

from __future__ import annotations

import psycopg
import pytest

from schemadiff import pipeline
from schemadiff.pipeline import Settings, compute_plan


def test_plan_introspects_the_target_on_a_read_only_connection(db_url, tmp_path, monkeypatch):
    refused = []
    real = pipeline.introspect

    def probing(conn):
        try:
            conn.execute("CREATE TABLE public.written_by_plan (id int)")
        except psycopg.errors.ReadOnlySqlTransaction:
            refused.append(True)
        return real(conn)

    monkeypatch.setattr(pipeline, "introspect", probing)
    schema = tmp_path / "schema.yaml"
    schema.write_text("schemas:\n  public:\n    tables:\n      t:\n        columns: {id: bigint}\n")
    result = compute_plan(Settings(schema=schema, database=db_url, project_dir=tmp_path))
    assert refused == [True] and not result.forward.empty
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT to_regclass('public.written_by_plan')").fetchone()[0] is None
