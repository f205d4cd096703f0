"""Tables and columns from the row-per-column catalog query."""

from __future__ import annotations

from itertools import groupby

from ..model import Column, IdentityOptions, Table
from ..model.partitions import PartitionOf, partition_key
from ..model.tables import DEFAULT_IDENTITY, column_option, storage_options
from .catalog import READERS, Reader, Row
from .sequences import default_bounds

IDENTITY = {"a": "always", "d": "by default"}  # pg_attribute.attidentity; '' is none
STORAGE = {"p": "plain", "e": "external", "x": "extended", "m": "main"}  # attstorage, typstorage
REPLICA_IDENTITY = {"d": "default", "f": "full", "n": "nothing", "i": "index"}


def identity_options(seq: dict | None) -> IdentityOptions:
    """The identity sequence's options, with what CREATE would pick by itself folded to None."""
    if seq is None:
        return DEFAULT_IDENTITY
    low, high = default_bounds(seq["type"], seq["increment"])
    options = IdentityOptions(
        start=seq["start"], increment=seq["increment"],
        min_value=None if seq["min"] == low else seq["min"],
        max_value=None if seq["max"] == high else seq["max"],
        cache=seq["cache"], cycle=seq["cycle"])
    default_start = IdentityOptions(None, options.increment, seq["min"], seq["max"]).start_value()
    return options if options.start != default_start else _without_start(options)


def _without_start(o: IdentityOptions) -> IdentityOptions:
    return IdentityOptions(None, o.increment, o.min_value, o.max_value, o.cache, o.cycle)


def column(r: Row) -> Column:
    return Column(
        name=r["column_name"], type=r["type"], not_null=r["not_null"],
        default=r["default"], identity=IDENTITY.get(r["identity"]),
        identity_options=identity_options(r["identity_sequence"]),
        generated=r["generated"], collation=r["collation"], comment=r["column_comment"],
        statistics=r["statistics"], compression=r["compression"],
        storage=STORAGE.get(r["storage"]), type_storage=STORAGE.get(r["type_storage"]),
        options=tuple(sorted(column_option(e) for e in r["column_options"])),
    )


def tables(rows: list[Row]) -> list[Table]:
    """Group the rows (ordered by schema, table, attnum) into tables."""
    result = []
    for (schema, name), group in groupby(rows, key=lambda r: (r["schema"], r["name"])):
        group = list(group)
        # A table without columns comes back as one row whose column is NULL.
        # A partition's columns are its parent's (unsupported.sql refuses one that differs).
        is_partition = group[0]["partition_bound"] is not None
        cols = tuple(column(r) for r in group if r["column_name"] is not None and not is_partition)
        result.append(Table(schema=schema, name=name, columns=cols, comment=group[0]["comment"],
                            rls_enabled=group[0]["rls_enabled"], rls_forced=group[0]["rls_forced"],
                            unlogged=group[0]["unlogged"], **_table_fields(group[0])))
    return result


def _table_fields(r: Row) -> dict:
    return {"options": storage_options(r["options"], r["toast_options"]),
            "replica_identity": REPLICA_IDENTITY[r["replica_identity"]],
            "replica_index": r["replica_index"] if r["replica_identity"] == "i" else None,
            "inherits": tuple((s, n) for s, n in r["inherits"] or ()),
            **_partition_fields(r)}


def _partition_fields(r: Row) -> dict:
    key = partition_key(r["partition_by"]) if r["partition_by"] else None
    parent = (PartitionOf(r["partition_parent_schema"], r["partition_parent"], r["partition_bound"],
                          r["partition_constraint"] or "")
              if r["partition_bound"] is not None else None)
    return {"partition_by": key, "partition_of": parent}


READERS.register("table", Reader("tables", tables))


def compression_methods(conn) -> frozenset[str]:
    """The column compression methods the connected server has (pglz; lz4 when built with it)."""
    from .catalog import fetch

    return frozenset(r["name"] for r in fetch(conn, "compressions")) or frozenset({"pglz"})
