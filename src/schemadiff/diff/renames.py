"""Declared renames (`renamed_from`), never guessed; and hints where a drop plus an add look like one."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Database, ObjectId, Table
from ..model.ids import table_id


@dataclass(frozen=True)
class Renames:
    """old table id -> new table id; (new table id, old column) -> new column."""

    tables: dict[ObjectId, ObjectId] = field(default_factory=dict)
    columns: dict[tuple[ObjectId, str], str] = field(default_factory=dict)

    def inverted(self) -> Renames:
        """The renames that undo these (for the rollback plan)."""
        tables = {new: old for old, new in self.tables.items()}
        columns = {}
        for (new_table, old_col), new_col in self.columns.items():
            old_table = tables.get(new_table, new_table)
            columns[(old_table, new_col)] = old_col
        return Renames(tables, columns)

    def __bool__(self) -> bool:
        return bool(self.tables or self.columns)


def declared_renames(current: Database, desired: Database, hints: Database | None = None) -> Renames:
    """Renames the desired side declares that the current side still needs.

    `hints` is the model the `renamed_from` fields are read from (the spec's model; the canonical
    model read back from the scratch database has lost them)."""
    source = hints if hints is not None else desired
    tables: dict[ObjectId, ObjectId] = {}
    columns: dict[tuple[ObjectId, str], str] = {}
    for table in source.tables():
        new_id = table.id
        if table.renamed_from and new_id not in current.objects:
            old_id = table_id(table.schema, table.renamed_from)
            if old_id in current.objects:
                tables[old_id] = new_id
        old_table = current.get(_old_id(table, tables)) or current.get(new_id)
        if isinstance(old_table, Table):
            columns.update(_column_renames(old_table, table))
    return Renames(tables, columns)


def _old_id(table: Table, tables: dict[ObjectId, ObjectId]) -> ObjectId:
    return next((old for old, new in tables.items() if new == table.id), table.id)


def _column_renames(old_table: Table, new_table: Table) -> dict[tuple[ObjectId, str], str]:
    out = {}
    for col in new_table.columns:
        if col.renamed_from and old_table.column(col.name) is None and old_table.column(col.renamed_from):
            out[(new_table.id, col.renamed_from)] = col.name
    return out


def apply_renames(current: Database, renames: Renames) -> Database:
    """The current model as it will be once the renames ran: ids, parents and column names moved."""
    if not renames:
        return current
    objs = []
    for obj in current:
        objs.append(_renamed(obj, renames))
    return Database.of(objs, current.server_version)


def _renamed(obj, renames: Renames):
    from dataclasses import replace

    kind = obj.id.kind
    if kind == "table":
        new_id = renames.tables.get(obj.id, obj.id)
        gone = set(displaced_columns(obj, new_id, renames))
        cols = tuple(
            replace(c, name=renames.columns.get((new_id, c.name), c.name)) for c in obj.columns
            if c.name not in gone
        )
        return replace(obj, name=new_id.name, columns=cols)
    if kind == "index":
        from .indexes import renamed_columns

        new_table = renames.tables.get(table_id(obj.schema, obj.table), table_id(obj.schema, obj.table))
        return renamed_columns(obj, new_table, {old: new for (t, old), new in renames.columns.items()
                                                if t == new_table})
    if kind == "constraint":
        return _renamed_constraint(obj, renames)
    if kind == "grant" and obj.object_kind in ("table", "column"):
        return _renamed_grant(obj, renames)
    if kind == "trigger":  # follows its table (diff/routines.py)
        from .routines import renamed_trigger

        return renamed_trigger(obj, renames.tables.get(obj.table_id, obj.table_id))
    return obj


def _renamed_grant(g, renames: Renames):
    """Privileges stay with a renamed table or column (they live in its catalog row)."""
    from dataclasses import replace

    new_table = renames.tables.get(table_id(g.schema, g.object_name), table_id(g.schema, g.object_name))
    column = renames.columns.get((new_table, g.column), g.column) if g.column else ""
    return replace(g, object_name=new_table.name, column=column)


def _renamed_constraint(c, renames: Renames):
    """Move a constraint to its table's new name, and every column it names (key, INCLUDE,
    referenced, SET NULL (...), inside its check, exclusion elements and predicate) to the new
    column names: the constraint as Postgres re-prints it once the renames ran."""
    from dataclasses import replace

    new_table = renames.tables.get(table_id(c.schema, c.table), table_id(c.schema, c.table))

    def own(cols):
        return tuple(renames.columns.get((new_table, col), col) for col in cols)

    def text(t):
        return _with_columns(t, new_table, renames) if t is not None else None

    ref, ref_cols = c.ref_table, c.ref_columns
    if ref is not None:
        new_ref = renames.tables.get(table_id(*ref), table_id(*ref))
        ref = (new_ref.schema, new_ref.name)
        ref_cols = tuple(renames.columns.get((new_ref, col), col) for col in ref_cols)
    elements = tuple(replace(e, key=replace(e.key, column=own((e.key.column,))[0] if e.key.column
                                            else None, expression=text(e.key.expression)))
                     for e in c.elements)
    return replace(c, table=new_table.name, columns=own(c.columns), ref_table=ref,
                   ref_columns=ref_cols, include=own(c.include),
                   on_delete_columns=own(c.on_delete_columns), expression=text(c.expression),
                   elements=elements, predicate=text(c.predicate))


def _with_columns(text: str, table: ObjectId, renames: Renames) -> str:
    """Text as Postgres will re-print it once the table's declared column renames ran."""
    from .identifiers import rename_identifier

    for (t, old), new in renames.columns.items():
        if t == table:
            text = rename_identifier(text, old, new)
    return text


def displaced_columns(table: Table, new_id: ObjectId, renames: Renames) -> dict[str, object]:
    """Columns whose name another column is renamed to, and that are not renamed away themselves:
    they must be dropped for the rename to happen (new name -> the column in the way)."""
    mine = {old: new for (t, old), new in renames.columns.items() if t == new_id}
    return {new: table.column(new) for new in mine.values()
            if table.column(new) is not None and new not in mine}
