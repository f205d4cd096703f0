"""The issue's example, built by hand: a partitioned events table with monthly partitions, a
default partition, a sub-partitioned month, partitioned indexes (one built ON ONLY and attached),
keys and foreign keys from and to it, hash partitions. dump -> plan against the same database is
empty; the file applied to an empty database gives the same catalog (tests/catalog.py, which
reads relkind, partition keys, bounds, pg_inherits and index/constraint parent links); the
rollback empties it."""

from __future__ import annotations

import psycopg

from catalog import catalog_differences, catalog_fingerprint
from schemadiff.cli import main

SQL = """
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE events (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts,
    kind text NOT NULL DEFAULT 'click',
    payload jsonb,
    PRIMARY KEY (id, created_at, kind)
) PARTITION BY RANGE (created_at);
COMMENT ON TABLE events IS 'one partition per month';
CREATE INDEX events_account_idx ON events (account_id, created_at);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')
    PARTITION BY LIST (kind);
CREATE TABLE events_2026_02_click PARTITION OF events_2026_02 FOR VALUES IN ('click');
CREATE TABLE events_2026_02_other PARTITION OF events_2026_02 DEFAULT;
CREATE TABLE events_default PARTITION OF events DEFAULT;
ALTER TABLE events_2026_01 ADD CONSTRAINT events_2026_01_kind_check CHECK (kind <> '');
CREATE INDEX events_2026_01_local ON events_2026_01 (kind);
-- the safe build of a partitioned index, by hand
CREATE INDEX events_payload_idx ON ONLY events USING gin (payload);
CREATE INDEX events_2026_01_payload_idx ON events_2026_01 USING gin (payload);
ALTER INDEX events_payload_idx ATTACH PARTITION events_2026_01_payload_idx;
CREATE INDEX events_2026_02_payload_idx ON ONLY events_2026_02 USING gin (payload);
CREATE INDEX events_2026_02_click_payload_idx ON events_2026_02_click USING gin (payload);
CREATE INDEX events_2026_02_other_payload_idx ON events_2026_02_other USING gin (payload);
ALTER INDEX events_2026_02_payload_idx ATTACH PARTITION events_2026_02_click_payload_idx;
ALTER INDEX events_2026_02_payload_idx ATTACH PARTITION events_2026_02_other_payload_idx;
ALTER INDEX events_payload_idx ATTACH PARTITION events_2026_02_payload_idx;
CREATE INDEX events_default_payload_idx ON events_default USING gin (payload);
ALTER INDEX events_payload_idx ATTACH PARTITION events_default_payload_idx;
CREATE TABLE event_notes (event_id bigint, event_at timestamptz, event_kind text, note text,
    FOREIGN KEY (event_id, event_at, event_kind) REFERENCES events ON DELETE CASCADE);
CREATE TABLE buckets (n integer NOT NULL, UNIQUE (n)) PARTITION BY HASH (n);
CREATE TABLE buckets_0 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE buckets_1 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);
"""


def test_dump_plans_empty_rebuilds_the_same_catalog_and_rolls_back(server, make_db, tmp_path):
    source = make_db(server, SQL)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", source, "--out", str(out)]) == 0
    text = out.read_text()
    assert "partition_by: RANGE (created_at)" in text and "values: default" in text
    assert "events_2026_01_payload_idx" not in text  # a copy of the parent's index, not an index of its own
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 0
    target = make_db(server, "")
    empty = catalog_fingerprint(target)
    assert main(["apply", "-s", str(out), "-d", target, "--yes"]) == 0
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}
    assert main(["rollback", "-d", target, "--yes"]) == 0
    assert catalog_differences(empty, catalog_fingerprint(target)) == {}


def test_a_partitioned_index_left_invalid_is_rebuilt(server, make_db, tmp_path):
    """An index ON ONLY the parent whose partitions never attached theirs is INVALID: a difference,
    which the plan repairs (the same recipe, partition by partition)."""
    source = make_db(server, SQL)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", source, "--out", str(out)]) == 0
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("DROP INDEX events_account_idx; CREATE INDEX events_account_idx ON ONLY events (account_id, created_at)")
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 2
    assert main(["apply", "-s", str(out), "-d", source, "--yes"]) == 0
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 0
