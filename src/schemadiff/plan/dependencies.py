"""What each object needs to exist first: pg_depend's answer plus what the model itself says.

Objects read from a catalog carry `depends_on` from pg_depend. Objects built from schema.yaml
(before canonicalisation) carry none, so the model-derived edges below stand in for them; on
catalog models they agree with pg_depend and only repeat it.
"""

from __future__ import annotations

from ..model import Constraint, Database, DbObject, Index, ObjectId, Table
from ..model.ids import schema_id, table_id
from .view_dependencies import names, view_requirements
from .routine_dependencies import routine_requirements


def requirements(obj: DbObject, db: Database) -> frozenset[ObjectId]:
    """Ids of other objects that must exist before `obj` can be created."""
    out = set(obj.depends_on)
    schema = getattr(obj, "schema", None)
    # An extension needs its schema too when schema.yaml creates it (`CREATE EXTENSION citext
    # SCHEMA ext`); the edge drops out below when the schema is not one of ours (public, pg_catalog).
    if obj.id.kind != "schema" and schema:
        out.add(schema_id(schema))
    if isinstance(obj, Table):
        out |= _type_and_sequence_uses(obj, db)
        if obj.partition_of is not None:  # PARTITION OF needs its parent (pg_depend 'a' agrees)
            out |= partition_requirements(obj, db)
        out |= {table_id(*parent) for parent in obj.inherits}  # INHERITS needs its parents
    if isinstance(obj, (Constraint, Index)):
        out.add(obj.table_id)
    if isinstance(obj, Constraint) and obj.ref_table:
        out.add(obj.ref_table_id)
        out |= _referenced_key(obj, db)
    out |= view_requirements(obj, db)  # views, policies, grants, domains (view_dependencies.py)
    out |= routine_requirements(obj, db)  # functions, triggers, defaults (routine_dependencies.py)
    out.discard(obj.id)
    return frozenset(o for o in out if o in db.objects)


def partition_requirements(table: Table, db: Database) -> set[ObjectId]:
    # The parent, and its indexes: a partition created after them gets its copy of each, attached
    # (one created before an index built ON ONLY the parent would leave that index INVALID).
    parent = table.partition_of.parent_id
    return {parent} | {i.id for i in db.indexes_of(parent)}


def _type_and_sequence_uses(table: Table, db: Database) -> set[ObjectId]:
    candidates = db.of_kind("enum") + db.of_kind("sequence") + db.of_kind("domain")
    if not candidates:
        return set()
    used = names("type", *(c.type for c in table.columns)) | names(
        "expression", *(c.default for c in table.columns))
    return {obj.id for obj in candidates if obj.name in used}


def _referenced_key(fk: Constraint, db: Database) -> set[ObjectId]:
    """The primary key, unique constraint or unique index a foreign key relies on."""
    ref = fk.ref_table_id
    wanted = set(fk.ref_columns)
    for c in db.constraints_of(ref):
        if c.kind in ("p", "u") and set(c.columns) == wanted:
            return {c.id}
    for i in db.indexes_of(ref):
        columns = i.plain_columns
        if i.unique and i.predicate is None and columns is not None and set(columns) == wanted:
            return {i.id}
    return set()
