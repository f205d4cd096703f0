"""Constraint blocks of schema.yaml -> model Constraint, as typed fields.

Expressions are the user's SQL, kept as written (the scratch database settles their spelling);
an exclusion's definition is schema.yaml text, read by PostgreSQL's parser into the same fields
the catalog's text gives (introspect/constraints.py).
"""

from __future__ import annotations

from ..model import Constraint
from ..model.constraints import definition_fields, key_parameters
from ..sqltree import exclusion_columns, referenced_columns
from .constraints import CheckSpec, Deferrable, ExclusionSpec, ForeignKeySpec, PrimaryKeySpec
from .constraints import UniqueSpec
from .build_indexes import parameter_text
from .expand import Named


def build_constraint(schema: str, table: str, columns: tuple[str, ...], named: Named,
                     ref_columns: tuple[str, ...] = ()) -> Constraint:
    """The model Constraint for one expanded constraint of a table."""
    spec = named.spec
    base = dict(schema=schema, table=table, name=named.name, kind=named.kind,
                comment=spec.comment)
    if isinstance(spec, (PrimaryKeySpec, UniqueSpec)):
        nulls = isinstance(spec, UniqueSpec) and spec.nulls_not_distinct
        parameters = key_parameters((k, parameter_text(v)) for k, v in spec.with_.items())
        return Constraint(**base, columns=tuple(spec.columns), nulls_not_distinct=nulls,
                          parameters=parameters, **_deferral(spec))
    if isinstance(spec, CheckSpec):
        return Constraint(**base, columns=referenced_columns(spec.expression, columns),
                          expression=spec.expression, no_inherit=spec.no_inherit,
                          validated=spec.valid)
    if isinstance(spec, ExclusionSpec):
        return Constraint(**base, columns=exclusion_columns(spec.definition, columns),
                          **definition_fields(spec.definition))
    return _foreign_key(base, spec, schema, ref_columns)


def _foreign_key(base: dict, spec: ForeignKeySpec, schema: str,
                 ref_columns: tuple[str, ...]) -> Constraint:
    ref_schema = spec.references.schema_ or schema
    return Constraint(**base, columns=tuple(spec.columns),
                      ref_table=(ref_schema, spec.references.table), ref_columns=ref_columns,
                      on_update=spec.on_update, on_delete=spec.on_delete, match=spec.match,
                      validated=spec.valid, **_deferral(spec))


def _deferral(spec: Deferrable) -> dict:
    return {"deferrable": spec.is_deferrable, "initially_deferred": spec.initially_deferred}
