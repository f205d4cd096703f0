"""A column of a table with rows made identity: the next INSERT that takes the default gets a
value past the stored ones (render/tables.py `_past_stored_values`), never one already used."""

from __future__ import annotations

import psycopg
import pytest

from schemadiff.cli import main

SCHEMA = """
schemas:
  public:
    tables:
      widgets:
        columns:
          id: {{type: bigint, not_null: true, identity: {identity}}}
          name: text
        primary_key: [id]
"""


@pytest.mark.parametrize("identity, stored, first", [
    ("by default", "(1, 'a'), (7, 'b')", 8),                      # past the largest stored value
    ("{generated: always, start: 100}", "(1, 'a'), (7, 'b')", 100),  # never below the declared start
    ("{generated: by default, start: 5}", "(1, 'a'), (7, 'b')", 8),
    ("by default", "", 1),                                          # no rows: the start
    ("{generated: by default, start: -10, min_value: -100}", "", -10),
    ("{generated: by default, start: -10, min_value: -100}", "(-50, 'a')", -10),
    ("by default", "(-5, 'a')", 1),                                 # below the start: the start
    ("{generated: by default, increment: -1}", "(-1, 'a'), (-7, 'b')", -8),  # descending: past the smallest
    ("{generated: by default, increment: -1, start: -100}", "(-1, 'a')", -100),
    ("{generated: by default, increment: -1}", "", -1),
    ("{generated: by default, increment: -1, start: 100, max_value: 100}", "", 100),
])
def test_the_next_insert_gets_a_new_value(server, make_db, tmp_path, identity, stored, first):
    seed = f"INSERT INTO widgets VALUES {stored};" if stored else ""
    url = make_db(server, f"CREATE TABLE widgets (id bigint NOT NULL PRIMARY KEY, name text); {seed}")
    path = tmp_path / "schema.yaml"
    path.write_text(SCHEMA.format(identity=identity))
    assert main(["apply", "-s", str(path), "-d", url, "--yes"]) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("INSERT INTO widgets (name) VALUES ('new') RETURNING id").fetchone()[0] == first
