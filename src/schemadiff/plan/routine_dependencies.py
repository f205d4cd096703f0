"""What functions, triggers and the defaults that call functions need first, read from the model.

Only for objects built from schema.yaml, which carry no pg_depend edges yet (a catalog object
always has at least its schema's): there, the model stands in for the catalog. Function bodies
other than SQL-standard ones are not read: PL/pgSQL and string SQL bodies are created with
check_function_bodies off, so a function may be created before the tables it mentions.
"""

from __future__ import annotations

from ..model import Database, DbObject, Function, ObjectId, Table, Trigger
from .view_dependencies import names
# What an argument or result type can name: a row type comes with every table and view.
_TYPE_KINDS = ("enum", "domain", "table", "view", "matview")


def routine_requirements(obj: DbObject, db: Database) -> set[ObjectId]:
    if obj.depends_on:
        return set()
    if isinstance(obj, Trigger):
        fn = _functions(db, {obj.function[1]}, obj.function[0], "") if obj.function else set()
        return {obj.table_id} | fn
    if isinstance(obj, Function):
        return _function_needs(obj, db)
    if isinstance(obj, Table):
        called = names("expression", *(c.default for c in obj.columns))
        return _functions(db, called) if called else set()
    return set()


def _function_needs(fn: Function, db: Database) -> set[ObjectId]:
    types = names("arguments", fn.arguments) | names("result", fn.result)
    out = {o.id for kind in _TYPE_KINDS for o in db.of_kind(kind) if o.name in types}
    if fn.sql_standard_body:  # parsed at creation: what it reads must exist
        body = names("standard_body", fn.body)
        out |= {t.id for t in db.tables() if t.name in body}
        out |= _functions(db, body) - {fn.id}
    return out


def _functions(db: Database, names: set[str], schema: str | None = None,
               signature: str | None = None) -> set[ObjectId]:
    return {f.id for f in db.of_kind("function") if f.name in names
            and (schema is None or f.schema == schema)
            and (signature is None or f.signature == signature)}

