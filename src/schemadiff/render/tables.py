"""SQL for tables and columns."""

from __future__ import annotations

from ..model import Column, IdentityOptions
from ..plan import ops
from ..quoting import ident, literal, qualified
from .registry import renders
from .comments import COMMENT_TARGETS, by_qualified_name
from .partitions import partition_by_clause, partition_of_clause



def _collation(name: str) -> str:
    """A column's collation: pg_catalog's by bare name, a user's `schema.name` qualified."""
    schema, dot, rest = name.partition(".")
    return qualified(schema, rest) if dot else ident(name)

def column_definition(col: Column) -> str:
    """`"name" type [COLLATE] [GENERATED ...] [DEFAULT ...] [NOT NULL]`; type and expressions are SQL text."""
    parts = [ident(col.name), col.type]
    if col.collation:
        parts.append(f"COLLATE {_collation(col.collation)}")
    if col.generated is not None:
        parts.append(f"GENERATED ALWAYS AS ({col.generated}) STORED")
    if col.identity:
        parts.append(f"GENERATED {col.identity.upper()} AS IDENTITY{_sequence_options(col.identity_options)}")
    if col.default is not None:
        parts.append(f"DEFAULT {col.default}")
    if col.not_null:
        parts.append("NOT NULL")
    return " ".join(parts)


def _sequence_options(o: IdentityOptions) -> str:
    """` (START WITH 100 ...)`: only what differs from what CREATE picks by itself."""
    parts = [f"START WITH {o.start}" if o.start is not None else "",
             f"INCREMENT BY {o.increment}" if o.increment != 1 else "",
             f"MINVALUE {o.min_value}" if o.min_value is not None else "",
             f"MAXVALUE {o.max_value}" if o.max_value is not None else "",
             f"CACHE {o.cache}" if o.cache != 1 else "", "CYCLE" if o.cycle else ""]
    text = " ".join(p for p in parts if p)
    return f" ({text})" if text else ""


def _set_sequence_options(o: IdentityOptions) -> str:
    """Every option, so that what is no longer declared goes back to its default."""
    return " ".join([
        f"SET INCREMENT BY {o.increment}",
        f"SET MINVALUE {o.min_value}" if o.min_value is not None else "SET NO MINVALUE",
        f"SET MAXVALUE {o.max_value}" if o.max_value is not None else "SET NO MAXVALUE",
        f"SET START WITH {o.start_value()}", f"SET CACHE {o.cache}",
        "SET CYCLE" if o.cycle else "SET NO CYCLE"])


def storage_parameter(entry: str) -> str:
    """`"toast"."autovacuum_enabled" = 'false'`: names quoted, the value a literal (both accepted)."""
    key, _, value = entry.partition("=")
    return f"{storage_parameter_name(key)} = {literal(value)}"


def storage_parameter_name(key: str) -> str:
    return ".".join(ident(part) for part in key.split("."))


def _with(options: tuple[str, ...]) -> str:
    return f" WITH ({', '.join(storage_parameter(e) for e in options)})" if options else ""


def _alter(op: ops.tables._TableOp, action: str) -> str:
    return f"ALTER TABLE {qualified(op.schema, op.table_name)} {action}"


@renders(ops.CreateTable)
def _create_table(op: ops.CreateTable) -> list[str]:
    t = op.table_def
    unlogged = "UNLOGGED " if t.unlogged else ""
    if t.partition_of is not None:  # the parent's columns (render/partitions.py)
        body = partition_of_clause(t.partition_of)
    else:
        cols = ",\n".join(f"    {column_definition(c)}" for c in t.columns)
        body = f"(\n{cols}\n)" if cols else "()"
    by = partition_by_clause(t.partition_by)
    inherits = f" INHERITS ({', '.join(qualified(*p) for p in t.inherits)})" if t.inherits else ""
    return [f"CREATE {unlogged}TABLE {qualified(t.schema, t.name)} {body}{inherits}{by}{_with(t.options)}"]


@renders(ops.Inherit)
def _inherit(op: ops.Inherit) -> list[str]:
    return [_alter(op, f"INHERIT {qualified(*op.parent)}")]


@renders(ops.NoInherit)
def _no_inherit(op: ops.NoInherit) -> list[str]:
    return [_alter(op, f"NO INHERIT {qualified(*op.parent)}")]


@renders(ops.DropTable)
def _drop_table(op: ops.DropTable) -> list[str]:
    return [f"DROP TABLE {qualified(op.table_def.schema, op.table_def.name)}"]


@renders(ops.RenameTable)
def _rename_table(op: ops.RenameTable) -> list[str]:
    return [f"ALTER TABLE {qualified(op.schema, op.old_name)} RENAME TO {ident(op.table_name)}"]


@renders(ops.AddColumn)
def _add_column(op: ops.AddColumn) -> list[str]:
    return [_alter(op, f"ADD COLUMN {column_definition(op.column)}")]


@renders(ops.DropColumn)
def _drop_column(op: ops.DropColumn) -> list[str]:
    return [_alter(op, f"DROP COLUMN {ident(op.column.name)}")]


@renders(ops.RenameColumn)
def _rename_column(op: ops.RenameColumn) -> list[str]:
    rename = _alter(op, f"RENAME COLUMN {ident(op.old_name)} TO {ident(op.new_name)}")
    if op.displaced is not None:
        return [_alter(op, f"DROP COLUMN {ident(op.displaced.name)}"), rename]
    return [rename]


@renders(ops.AlterColumnType)
def _alter_column_type(op: ops.AlterColumnType) -> list[str]:
    col = ident(op.new.name)
    collate = f" COLLATE {_collation(op.new.collation)}" if op.new.collation else ""
    # `using` is schema.yaml's SQL expression, passed as written like a default or a check.
    using = op.using or (f"{col}::text::{op.new.type}" if op.via_text else f"{col}::{op.new.type}")
    return [_alter(op, f"ALTER COLUMN {col} TYPE {op.new.type}{collate} USING {using}")]


@renders(ops.SetColumnDefault)
def _set_default(op: ops.SetColumnDefault) -> list[str]:
    col = ident(op.column)
    if op.default is None:
        return [_alter(op, f"ALTER COLUMN {col} DROP DEFAULT")]
    return [_alter(op, f"ALTER COLUMN {col} SET DEFAULT {op.default}")]


@renders(ops.SetColumnNotNull)
def _set_not_null(op: ops.SetColumnNotNull) -> list[str]:
    verb = "SET" if op.not_null else "DROP"
    return [_alter(op, f"ALTER COLUMN {ident(op.column)} {verb} NOT NULL")]


@renders(ops.SetNotNullUsingCheck)
def _set_not_null_using_check(op: ops.SetNotNullUsingCheck) -> list[str]:
    return [
        _alter(op, f"ALTER COLUMN {ident(op.column)} SET NOT NULL"),
        _alter(op, f"DROP CONSTRAINT {ident(op.check_name)}"),
    ]


@renders(ops.AddIdentityAfterNotNull)
def _add_identity_after(op: ops.AddIdentityAfterNotNull) -> list[str]:
    return _set_identity(op)


@renders(ops.SetColumnIdentity)
def _set_identity(op: ops.SetColumnIdentity) -> list[str]:
    col = ident(op.column)
    if op.new is None:
        return [_alter(op, f"ALTER COLUMN {col} DROP IDENTITY")]
    if op.old is None:
        # The new identity sequence starts at 1; existing rows would collide with it, so move it
        # past the largest value already stored.
        table = qualified(op.schema, op.table_name)
        options = _sequence_options(op.options)
        return [
            _alter(op, f"ALTER COLUMN {col} ADD GENERATED {op.new.upper()} AS IDENTITY{options}"),
            *_past_stored_values(op, table, col),
        ]
    return [_alter(op, f"ALTER COLUMN {col} SET GENERATED {op.new.upper()}")]


def _past_stored_values(op: ops.SetColumnIdentity, table: str, col: str) -> list[str]:
    """setval past the stored values (max + 1, or min - 1 for a descending sequence), never
    before the declared start; with no rows the subquery is NULL, which greatest() and least()
    skip, so the sequence starts at its start."""
    start = op.options.start_value()
    if op.options.increment < 0:
        value = f"least((SELECT min({col}) FROM {table}) - 1, {start})"
    else:
        value = f"greatest((SELECT max({col}) FROM {table}) + 1, {start})"
    return [f"SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence({literal(table)}, {literal(op.column)}), "
            f"{value}, false)"]


@renders(ops.SetIdentityOptions)
def _set_identity_options(op: ops.SetIdentityOptions) -> list[str]:
    return [_alter(op, f"ALTER COLUMN {ident(op.column)} {_set_sequence_options(op.options)}")]


@renders(ops.SetColumnStatistics)
def _set_statistics(op: ops.SetColumnStatistics) -> list[str]:
    target = -1 if op.statistics is None else op.statistics
    return [_alter(op, f"ALTER COLUMN {ident(op.column)} SET STATISTICS {int(target)}")]


@renders(ops.SetColumnCompression)
def _set_compression(op: ops.SetColumnCompression) -> list[str]:
    method = ident(op.compression) if op.compression else "DEFAULT"
    return [_alter(op, f"ALTER COLUMN {ident(op.column)} SET COMPRESSION {method}")]


# SET STORAGE takes a keyword; the model's word is checked against these, never copied into SQL.
_STORAGE_KEYWORDS = {"plain": "PLAIN", "external": "EXTERNAL", "extended": "EXTENDED", "main": "MAIN"}


@renders(ops.SetColumnStorage)
def _set_column_storage(op: ops.SetColumnStorage) -> list[str]:
    return [_alter(op, f"ALTER COLUMN {ident(op.column)} SET STORAGE {_STORAGE_KEYWORDS[op.storage]}")]


@renders(ops.SetColumnOptions)
def _set_column_options(op: ops.SetColumnOptions) -> list[str]:
    out = []
    if op.set:
        values = ", ".join(storage_parameter(e) for e in op.set)
        out.append(_alter(op, f"ALTER COLUMN {ident(op.column)} SET ({values})"))
    if op.reset:
        names = ", ".join(storage_parameter_name(k) for k in op.reset)
        out.append(_alter(op, f"ALTER COLUMN {ident(op.column)} RESET ({names})"))
    return out


@renders(ops.SetStorageParameters)
def _set_storage(op: ops.SetStorageParameters) -> list[str]:
    out = []
    if op.set:
        out.append(_alter(op, f"SET ({', '.join(storage_parameter(e) for e in op.set)})"))
    if op.reset:
        out.append(_alter(op, f"RESET ({', '.join(storage_parameter_name(k) for k in op.reset)})"))
    return out


@renders(ops.SetReplicaIdentity)
def _set_replica_identity(op: ops.SetReplicaIdentity) -> list[str]:
    if op.identity == "index":
        return [_alter(op, f"REPLICA IDENTITY USING INDEX {ident(op.index)}")]
    return [_alter(op, f"REPLICA IDENTITY {op.identity.upper()}")]


@renders(ops.SetColumnCollation)
def _set_collation(op: ops.SetColumnCollation) -> list[str]:
    col = op.column
    collate = _collation(col.collation) if col.collation else '"default"'
    return [_alter(op, f"ALTER COLUMN {ident(col.name)} TYPE {col.type} COLLATE {collate}")]


@renders(ops.SetLogged)
def _set_logged(op: ops.SetLogged) -> list[str]:
    return [_alter(op, "SET UNLOGGED" if op.unlogged else "SET LOGGED")]


@renders(ops.AnalyzeTable)
def _analyze(op: ops.AnalyzeTable) -> list[str]:
    return [f"ANALYZE {qualified(op.schema, op.table_name)}"]


# Row-level security is a table's flag (ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY).
@renders(ops.SetRowLevelSecurity)
def _set_rls(op: ops.SetRowLevelSecurity) -> list[str]:
    table = qualified(op.schema, op.table_name)
    out = []
    if op.enabled is not None:
        out.append(f"ALTER TABLE {table} {'ENABLE' if op.enabled else 'DISABLE'} ROW LEVEL SECURITY")
    if op.forced is not None:
        out.append(f"ALTER TABLE {table} {'FORCE' if op.forced else 'NO FORCE'} ROW LEVEL SECURITY")
    return out


COMMENT_TARGETS.register("table", by_qualified_name("TABLE"))
