"""Which owned sequences are just the expansion of a `serial` column.

CREATE TABLE with `id serial` makes an integer column NOT NULL DEFAULT nextval('t_id_seq'),
and a sequence t_id_seq AS integer with default settings, owned by the column. Dumping that
back as `serial` reads as the user wrote it; anything else keeps the sequence explicit.
"""

from __future__ import annotations

from ..model import Column, Database, Sequence, Table
from ..model.naming import make_object_name
from ..sqltree import nextval_sequence

SERIAL_TYPES = {"integer": "serial", "bigint": "bigserial", "smallint": "smallserial"}
_TYPE_MAX = {"smallint": 2**15 - 1, "integer": 2**31 - 1, "bigint": 2**63 - 1}


def serial_columns(db: Database) -> dict[tuple[str, str, str], Sequence]:
    """(schema, table, column) -> the sequence a serial column stands for."""
    found = {}
    sequences = {(s.schema, s.name): s for s in db.of_kind("sequence")}
    for table in db.tables():
        for column in table.columns:
            seq = _serial_sequence(sequences, table, column)
            if seq is not None:
                found[(table.schema, table.name, column.name)] = seq
    return found


def _serial_sequence(sequences: dict, table: Table, column: Column) -> Sequence | None:
    if column.type not in SERIAL_TYPES or column.identity or column.generated:
        return None
    if not column.not_null or column.default is None:
        return None
    name = make_object_name(table.name, column.name, "seq")  # how Postgres names it
    seq = sequences.get((table.schema, name))
    if seq is None or seq.owned_by != (table.name, column.name) or not _plain(seq, column.type):
        return None
    if seq.unlogged != table.unlogged:  # `serial` makes it as the table: UNLOGGED or not
        return None
    return seq if nextval_sequence(column.default) == (table.schema, name) else None


def _plain(seq: Sequence, data_type: str) -> bool:
    return (seq.data_type == data_type and seq.start == 1 and seq.increment == 1
            and seq.min_value in (None, 1) and seq.max_value in (None, _TYPE_MAX[data_type])
            and seq.cache == 1 and not seq.cycle and seq.comment is None)


def identity_sequences(db: Database) -> set[tuple[str, str]]:
    """Sequences owned by an identity column: part of the column, never listed on their own."""
    identity = {(t.schema, t.name, c.name) for t in db.tables() for c in t.columns if c.identity}
    return {(s.schema, s.name) for s in db.of_kind("sequence")
            if s.owned_by and (s.schema, *s.owned_by) in identity}
