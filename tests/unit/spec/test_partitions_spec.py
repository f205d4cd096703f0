"""partition_by / partition_of in schema.yaml: read by PostgreSQL's parser, typed in the model."""

from __future__ import annotations

import pytest

from conftest import model, spec_error
from schemadiff.model.ids import table_id

PARENT = """schemas:
  public:
    tables:
      events:
        partition_by: RANGE (created_at)
        columns: {id: bigint, created_at: timestamptz}
"""


def _with(partition: str) -> str:
    return PARENT + "      events_1:\n" + "".join(f"        {line}\n" for line in partition.splitlines())


def test_keys_and_bounds_become_typed_fields():
    db = model(_with("partition_of: {table: events, values: \"FROM ('2024-01-01') TO ('2025-01-01')\"}\n"
                     "partition_by: LIST (lower(kind))"))
    parent, part = db.get(table_id("public", "events")), db.get(table_id("public", "events_1"))
    assert (parent.partition_by.strategy, parent.partition_by.key) == ("range", "created_at")
    assert part.partition_by.definition() == "LIST (lower(kind))"
    assert (part.partition_of.parent_id, part.partition_of.bound) == (
        table_id("public", "events"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
    assert part.columns == ()  # the parent's, never repeated


def test_default_partition():
    part = model(_with("partition_of: {table: events, values: DEFAULT}")).get(table_id("public", "events_1"))
    assert part.partition_of.is_default and part.partition_of.bound == "DEFAULT"


def test_a_partitions_own_index_reads_the_parents_columns():
    db = model(_with("partition_of: {table: events, values: default}\nindexes: {events_1_id: [id]}"))
    assert [k.column for k in db.of_kind("index")[0].keys] == ["id"]


@pytest.mark.parametrize("partition, key, message", [
    ("partition_of: {table: events, values: default}\ncolumns: {id: bigint}",
     "columns", "a partition's columns are its parent's: list none here"),
    ("partition_of: {table: nope, values: default}",
     "partition_of.table", "partition_of names table 'nope', which this schema does not declare"),
    ("partition_of: {table: events, values: \"FROM (1) TO (2); DROP TABLE x\"}",
     "partition_of.values", "a partition bound (`values`) must be one piece of SQL; found ';' ending a statement"),
    ("partition_of: {table: events, values: \"IN (1)) PARTITION BY HASH (id\"}",
     "partition_of.values", "a partition bound (`values`) closes a parenthesis it did not open, at ') PARTITION BY HASH '"),
    ("partition_of: {table: events, values: default}\nindexes: {i: [nope]}",
     "indexes.i.columns[0]", "column 'nope' does not exist in table 'events_1'"),
])
def test_partition_errors_name_the_key(partition, key, message):
    err = spec_error(_with(partition))
    assert err.message == message
    assert err.key == f"schemas.public.tables.events_1.{key}"


def test_the_parent_must_be_partitioned():
    text = PARENT.replace("        partition_by: RANGE (created_at)\n", "") + \
        "      events_1:\n        partition_of: {table: events, values: default}\n"
    err = spec_error(text)
    assert err.message == "table 'events' is not partitioned"


@pytest.mark.parametrize("key", ["RANGE (a) WITH (fillfactor = 10)", "RANGE (a)); DROP TABLE t; --", "(a)",
                                 "RANGE ((SELECT 1))"])
def test_a_partition_key_is_one_partition_by_clause(key):
    err = spec_error(PARENT.replace("RANGE (created_at)", f'"{key}"'))
    assert err.key == "schemas.public.tables.events.partition_by"
