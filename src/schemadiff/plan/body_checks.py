"""A body's references checked against a model (pure): every column it names must exist.

Relations, functions and types that are not in the model may still exist (pg_catalog, an
extension's members): those are looked up in the scratch database (canonical/bodies.py). A column
of a relation the model holds is certain, so it is checked here, and a name that schema.yaml
declares as the `renamed_from` of another says which rename broke the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Database, Function, ObjectId, Table
from ..model.ids import table_id
from ..model.views import view_id
from .body_references import BodyReading, read_routine
from .sql_references import Reference

DEFAULT_SCHEMA = "public"  # schema.yaml's names resolve with search_path = public


@dataclass(frozen=True, slots=True)
class BodyProblem:
    owner: str  # "function public.upsert_customer_atomic"
    line: int  # in the body
    message: str
    key: str = ""  # the schema.yaml key the owner is declared under

    def text(self) -> str:
        return self.message


def function_owner(fn: Function) -> str:
    return f"{'procedure' if fn.is_procedure else 'function'} {fn.schema}.{fn.name}"


def relation_of(ref: Reference, db: Database) -> ObjectId | None:
    """The table or view of `db` a reference names (unqualified: public), or None."""
    schema = ref.schema or DEFAULT_SCHEMA
    for oid in (table_id(schema, ref.name), view_id(schema, ref.name), view_id(schema, ref.name, True)):
        if oid in db.objects:
            return oid
    return None


def column_names(oid: ObjectId, db: Database) -> set[str]:
    obj = db.get(oid)
    if isinstance(obj, Table):
        return {c.name for c in obj.columns}
    return set(getattr(obj, "column_names", ()) or ())


def check_routine(fn: Function, db: Database, hints: Database, reading: BodyReading | None = None
                  ) -> list[BodyProblem]:
    """Columns `fn`'s body names that `db` does not have; `hints` holds renamed_from."""
    reading = reading if reading is not None else read_routine(fn)
    owner = function_owner(fn)
    triggers = trigger_tables(fn, db)
    out = []
    for ref in reading.references:
        for table, column in _missing(ref, db, triggers):
            out.append(_problem(owner, ref, table, column, hints))
    return out


def check_command(owner: str, reading: BodyReading, db: Database, hints: Database) -> list[BodyProblem]:
    """The same check for a cron command (or any SQL text outside a function)."""
    return [_problem(owner, ref, table, column, hints)
            for ref in reading.references for table, column in _missing(ref, db, ())]


def trigger_tables(fn: Function, db: Database) -> tuple[ObjectId, ...]:
    """The tables whose triggers call `fn`: what NEW and OLD are rows of."""
    return tuple(t.table_id for t in db.of_kind("trigger") if t.function == (fn.schema, fn.name))


def _missing(ref: Reference, db: Database, triggers) -> list[tuple[ObjectId | None, str]]:
    if ref.kind == "field" and ref.name in ("new", "old"):
        return [(t, ref.column) for t in triggers if ref.column not in column_names(t, db)]
    if ref.kind != "column" or ref.column is None:
        return []
    if ref.scopes:
        return [] if _resolves(ref, db) else [(_sole(ref, db), ref.column)]
    oid = relation_of(ref, db)
    return [(oid, ref.column)] if oid is not None and ref.column not in column_names(oid, db) else []


def _resolves(ref: Reference, db: Database) -> bool:
    """Like PostgreSQL: the nearest FROM level with a relation having the column wins; a level
    with a relation we cannot see into (or that is not in the model) may have it."""
    for level in ref.scopes:
        for rel in level:
            if rel is None:
                return True
            oid = relation_of(Reference("table", rel[1], rel[0]), db)
            if oid is None or ref.column in column_names(oid, db):
                return True
    return False


def _sole(ref: Reference, db: Database) -> ObjectId | None:
    first = ref.scopes[0]
    return relation_of(Reference("table", first[0][1], first[0][0]), db) if len(first) == 1 else None


def _problem(owner: str, ref: Reference, table: ObjectId | None, column: str, hints: Database) -> BodyProblem:
    verb = "writes" if ref.writes else "reads"
    where = f"{table.name}.{column}" if table is not None else column
    renamed = _renamed_to(table, column, hints) if table is not None else None
    if renamed is not None:
        return BodyProblem(owner, ref.line, f"{owner} {verb} {where}, which this plan renames to "
                                            f"{renamed}: update the body")
    return BodyProblem(owner, ref.line, f"{owner}, line {ref.line} of its body: column {where} does not exist")


def _renamed_to(table: ObjectId, column: str, hints: Database) -> str | None:
    obj = hints.get(table)
    if isinstance(obj, Table):
        return next((c.name for c in obj.columns if c.renamed_from == column), None)
    return None


def renamed_table(ref: Reference, hints: Database) -> str | None:
    """The new name of a table the reference names by the old one (`renamed_from`)."""
    schema = ref.schema or DEFAULT_SCHEMA
    return next((t.name for t in hints.tables() if t.schema == schema and t.renamed_from == ref.name), None)
