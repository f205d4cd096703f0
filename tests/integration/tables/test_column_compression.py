"""`compression: lz4` works where the server was built with lz4 and is refused, naming the
column, where it was not (the embedded PostgreSQL 18 has no lz4; the machine's 15 has). Which
branch runs is the server's own answer (default_toast_compression's values), so each server
proves the behaviour it can (issue 8)."""

from __future__ import annotations

import psycopg

from schemadiff.cli import main
from schemadiff.introspect.tables import compression_methods

SCHEMA = """
schemas:
  public:
    tables:
      docs:
        columns:
          id: {type: bigint, not_null: true}
          body: {type: text, compression: lz4}
        primary_key: [id]
"""


def test_lz4_is_applied_or_refused_naming_the_column(server, make_db, tmp_path, capsys):
    url = make_db(server)
    schema = tmp_path / "schema.yaml"
    schema.write_text(SCHEMA)
    with psycopg.connect(url) as conn:
        has_lz4 = "lz4" in compression_methods(conn)
    code = main(["apply", "-s", str(schema), "-d", url, "--yes"])
    err = capsys.readouterr().err
    if not has_lz4:
        assert code == 1 and "column public.docs.body: compression lz4 is not available" in err, err
        assert "Traceback" not in err
        return
    assert code == 0, err
    with psycopg.connect(url) as conn:
        stored = conn.execute("SELECT attcompression FROM pg_attribute"
                              " WHERE attrelid = 'docs'::regclass AND attname = 'body'").fetchone()
    assert stored == ("l",)
    assert main(["plan", "-s", str(schema), "-d", url, "--exit-code"]) == 0
