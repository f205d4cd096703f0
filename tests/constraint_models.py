"""Constraint models written the way pg_get_constraintdef() prints them, for tests that build
models by hand.

`sql_constraint(schema, table, name, kind, "FOREIGN KEY (a) REFERENCES public.t(id)", ("a",),
("public", "t"), ("id",))` reads the definition into the typed fields with the parser introspection
uses (model.constraints.definition_fields), so a test states a constraint in one familiar line.
"""

from __future__ import annotations

from schemadiff.model import Constraint
from schemadiff.model.constraints import definition_fields


def sql_constraint(schema: str, table: str, name: str, kind: str, definition: str,
                   columns=(), ref_table=None, ref_columns=(), **fields) -> Constraint:
    return Constraint(schema, table, name, kind, tuple(columns), ref_table, tuple(ref_columns),
                      **{**definition_fields(definition), **fields})
