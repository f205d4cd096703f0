"""Constraint definitions as SQL text, the way pg_get_constraintdef() lays them out.

Names go through quoting helpers only; expressions are the user's SQL, kept as written.
"""

from __future__ import annotations

from ..model import Constraint
from ..quoting import ident_list, qualified
from .constraints import CheckSpec, Deferrable, ExclusionSpec, ForeignKeySpec, PrimaryKeySpec
from .constraints import UniqueSpec
from ..sqltree import exclusion_columns, referenced_columns
from .expand import Named


def build_constraint(schema: str, table: str, columns: tuple[str, ...], named: Named,
                     ref_columns: tuple[str, ...] = ()) -> Constraint:
    """The model Constraint for one expanded constraint of a table."""
    spec = named.spec
    base = dict(schema=schema, table=table, name=named.name, kind=named.kind,
                comment=spec.comment)
    if isinstance(spec, (PrimaryKeySpec, UniqueSpec)):
        return Constraint(**base, definition=_key_sql(spec), columns=tuple(spec.columns))
    if isinstance(spec, CheckSpec):
        no_inherit = " NO INHERIT" if spec.no_inherit else ""  # where pg_get_constraintdef puts it
        return Constraint(**base, definition=f"CHECK ({spec.expression}){no_inherit}",
                          columns=referenced_columns(spec.expression, columns), validated=spec.valid)
    if isinstance(spec, ExclusionSpec):
        return Constraint(**base, definition=spec.definition,
                          columns=exclusion_columns(spec.definition, columns))
    ref_schema = spec.references.schema_ or schema
    return Constraint(**base, definition=_fk_sql(spec, ref_schema, ref_columns),
                      columns=tuple(spec.columns), ref_table=(ref_schema, spec.references.table),
                      ref_columns=ref_columns, validated=spec.valid)


def _key_sql(spec: PrimaryKeySpec | UniqueSpec) -> str:
    if isinstance(spec, PrimaryKeySpec):
        head = "PRIMARY KEY"
    else:
        head = "UNIQUE NULLS NOT DISTINCT" if spec.nulls_not_distinct else "UNIQUE"
    return f"{head} ({ident_list(spec.columns)}){_deferral(spec)}"


def _fk_sql(spec: ForeignKeySpec, ref_schema: str, ref_columns: tuple[str, ...]) -> str:
    # Clauses in pg_get_constraintdef's order; the defaults (MATCH SIMPLE, NO ACTION) omitted.
    sql = (f"FOREIGN KEY ({ident_list(spec.columns)}) REFERENCES "
           f"{qualified(ref_schema, spec.references.table)}({ident_list(ref_columns)})")
    if spec.match == "full":
        sql += " MATCH FULL"
    if spec.on_update != "no action":
        sql += f" ON UPDATE {spec.on_update.upper()}"
    if spec.on_delete != "no action":
        sql += f" ON DELETE {spec.on_delete.upper()}"
    return sql + _deferral(spec)


def _deferral(spec: Deferrable) -> str:
    sql = " DEFERRABLE" if spec.is_deferrable else ""
    return sql + (" INITIALLY DEFERRED" if spec.initially_deferred else "")
