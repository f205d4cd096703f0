"""Rules beyond the shape of each block: references between blocks, names, Postgres limits.

Called from the documents' validators; each raises RuleError with a path relative to the
validated block, so the message can point at the exact line.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from .expand import Named, constraints, indexes, owned_by_candidates, primary_key_columns
from .expand import primary_keys
from .partitions import with_parent_columns
from .paths import Path, RuleError, display_path
from .sql_checks import index_element
from .view_rules import view_relations

if TYPE_CHECKING:
    from .constraints import ForeignKeySpec
    from .documents import SchemaSpec, SpecDocument
    from .tables import TableSpec

_INDEX_BACKED = ("p", "u", "x")  # these constraints create an index of the same name


def check_distinct(values: list[str], path: Path, what: str) -> None:
    for i, value in enumerate(values):
        if value in values[:i]:
            raise RuleError(f"{what} {value!r} is listed twice", path + (i,))


def _suggest(name: str, names) -> str:
    close = difflib.get_close_matches(name, list(names), n=1)
    return f"did you mean {close[0]!r}?" if close else ""


def check_schema(spec: SchemaSpec) -> None:
    for name, table in spec.tables.items():
        if table.partition_of is not None:
            if table.partition_of.schema_ is not None:
                continue  # a parent in another schema: its columns are checked there
            _check_parent(table, spec, ("tables", name, "partition_of", "table"))
            table = with_parent_columns(table, spec.tables)
        _check_table(name, table, ("tables", name))
    for name, seq in spec.sequences.items():
        _check_owned_by(seq.owned_by, spec.tables, ("sequences", name, "owned_by"))
    _check_relation_names(spec)
    _check_type_names(spec)


def _check_parent(table: TableSpec, spec: SchemaSpec, path: Path) -> None:
    parent = spec.tables.get(table.partition_of.table)
    if parent is None:
        raise RuleError(f"partition_of names table {table.partition_of.table!r}, which this schema "
                        f"does not declare", path, _suggest(table.partition_of.table, spec.tables))
    if parent.partition_by is None:
        raise RuleError(f"table {table.partition_of.table!r} is not partitioned", path,
                        "give it a `partition_by:` key, like RANGE (created_at)")


def _check_table(name: str, table: TableSpec, base: Path) -> None:
    keys = primary_keys(name, table)
    if len(keys) > 1:
        raise RuleError(f"table {name!r} has more than one primary key", base + keys[1].path,
                        "list all its columns in the table-level primary_key")
    seen: dict[str, Path] = {}
    for named in constraints(name, table):
        _check_columns(name, table, named, base)
        if named.name in seen:
            raise RuleError(f"constraint name {named.name!r} is used twice in table {name!r}",
                            base + named.path, f"also at {display_path(base + seen[named.name])}")
        seen[named.name] = named.path
    for named in indexes(table):
        _check_index(name, table, named, base)


def _check_columns(table: str, spec: TableSpec, named: Named, base: Path) -> None:
    cols = getattr(named.spec, "columns", None) if named.kind in "puf" else None
    for i, col in enumerate(cols or []):
        _column_exists(table, spec, col, base + named.path + ("columns", i))
    check_distinct(cols or [], base + named.path + ("columns",), "column")


def _column_exists(table: str, spec: TableSpec, col: str, path: Path) -> None:
    if col not in spec.columns:
        raise RuleError(f"column {col!r} does not exist in table {table!r}", path,
                        _suggest(col, spec.columns))


def _check_index(table: str, spec: TableSpec, named: Named, base: Path) -> None:
    path = base + named.path
    for i, entry in enumerate(named.spec.columns):
        key = check_index_key(entry, tuple(spec.columns), path + ("columns", i))
        if key.column is not None:
            _column_exists(table, spec, key.column, path + ("columns", i))
    for i, col in enumerate(named.spec.include):
        _column_exists(table, spec, col, path + ("include", i))


def check_index_key(entry: str, columns: tuple[str, ...], path: Path):
    """The entry read as one CREATE INDEX key (spec/build_indexes.py), its text parse-checked."""
    from .build_indexes import parse_key

    try:
        found = parse_key(entry, columns)
        index_element(found[1] if found is not None else entry, "an index key")
    except RuleError as exc:
        raise RuleError(exc.message, path + exc.path, exc.hint) from None
    if found is None:
        raise RuleError(f"{entry!r} is not one index key", path,
                        "a column, or an expression, then COLLATE, an operator class, ASC/DESC, NULLS")
    return found[0]


def _check_owned_by(text: str | None, tables: dict, path: Path) -> None:
    if text is None:
        return
    found = owned_by_candidates(text, tables)
    if not found:
        raise RuleError(f"owned_by {text!r} does not name a column of a table in this schema",
                        path, "write table.column, both declared in this schema")
    if len(found) > 1:
        raise RuleError(f"owned_by {text!r} is ambiguous: {found}", path)


def _check_relation_names(spec: SchemaSpec) -> None:
    # Tables, sequences and indexes share pg_class: one name per schema across all of them,
    # and a primary key, unique or exclusion constraint brings an index of its own name.
    seen: dict[str, str] = {}
    for what, name, path in _relations(spec):
        if name in seen:
            raise RuleError(f"{what} {name!r} has the same name as {seen[name]} in this schema",
                            path, "tables, sequences and indexes share one namespace per schema")
        seen[name] = f"{what} {name!r} ({display_path(path)})"


def _relations(spec: SchemaSpec):
    yield from (("table", name, ("tables", name)) for name in spec.tables)
    yield from (("sequence", name, ("sequences", name)) for name in spec.sequences)
    for table, tspec in spec.tables.items():
        base = ("tables", table)
        for named in constraints(table, tspec):
            if named.kind in _INDEX_BACKED:
                yield "the index of constraint", named.name, base + named.path
        yield from (("index", n.name, base + n.path) for n in indexes(tspec))
    yield from view_relations(spec)  # views and their indexes (view_rules.py)


def _check_type_names(spec: SchemaSpec) -> None:
    for name in spec.enums:
        if name in spec.tables:  # every table also defines a composite type of its name
            raise RuleError(f"enum {name!r} has the same name as table {name!r}",
                            ("enums", name), "a table's row type takes its name")


def check_document(doc: SpecDocument) -> None:
    for sname, schema in doc.schemas.items():
        for tname, table in schema.tables.items():
            for named in constraints(tname, table):
                if named.kind == "f":
                    base = ("schemas", sname, "tables", tname) + named.path
                    _check_target(doc, sname, named.spec, base)


def _check_target(doc: SpecDocument, schema: str, fk: ForeignKeySpec, base: Path) -> None:
    target = fk.references
    path = base if base[-1] == "references" else base + ("references",)  # column-level or not
    schema = target.schema_ or schema
    if schema not in doc.schemas:  # a schema managed elsewhere: nothing to look up
        if target.columns is None:
            raise RuleError(f"schema {schema!r} is not in this file, so the referenced "
                            "columns must be listed", path, "add columns: [...]")
        return _check_count(fk, target.columns, path)
    tables = doc.schemas[schema].tables
    if target.table not in tables:
        raise RuleError(f"referenced table {target.table!r} is not in schema {schema!r}", path,
                        _suggest(target.table, tables))
    cols = target.columns or list(primary_key_columns(target.table, tables[target.table]))
    if not cols:
        raise RuleError(f"referenced table {target.table!r} has no primary key", path,
                        "name the referenced columns, or give that table a primary key")
    for i, col in enumerate(cols):
        _column_exists(target.table, tables[target.table], col, path + ("columns", i))
    _check_count(fk, cols, path)


def _check_count(fk: ForeignKeySpec, cols: list[str], path: Path) -> None:
    if len(cols) != len(fk.columns):
        raise RuleError(f"the foreign key has {len(fk.columns)} column(s) but references "
                        f"{len(cols)}", path)
