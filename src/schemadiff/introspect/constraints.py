"""Table constraints from their catalog rows, as typed fields."""

from __future__ import annotations

from ..model import Constraint
from ..model.constraints import definition_fields, key_parameters
from ..quoting import catalog_ident, literal
from ..sqltree import varchar_in_list
from .catalog import READERS, Reader, Row


# pg_constraint's letters in schema.yaml's words (' ' on a constraint that is no foreign key).
_ACTIONS = {"a": "no action", "r": "restrict", "c": "cascade", "n": "set null", "d": "set default"}
_MATCHES = {"s": "simple", "f": "full"}


def constraint(r: Row) -> Constraint:
    ref = (r["ref_schema"], r["ref_table"]) if r["ref_table"] is not None else None
    return Constraint(
        schema=r["schema"], table=r["table"], name=r["name"], kind=r["kind"],
        columns=tuple(r["columns"]), ref_table=ref, ref_columns=tuple(r["ref_columns"]),
        comment=r["comment"], validated=r["validated"], **_fields(r),
    )


def _fields(r: Row) -> dict:
    """The typed fields from the catalog's columns; a check's expression and an exclusion's
    elements and predicate from its definition's text (the only parts kept as text)."""
    kind = r["kind"]
    out: dict = {"deferrable": r["deferrable"], "initially_deferred": r["initially_deferred"]}
    if kind in ("p", "u", "x"):
        out |= {"include": tuple(r["include"]),
                "parameters": key_parameters(o.split("=", 1) for o in r["parameters"])}
    if kind in ("p", "u"):
        out |= {"without_overlaps": r["period"], "nulls_not_distinct": r["nulls_not_distinct"]}
    if kind == "f":
        out |= {"on_update": _ACTIONS[r["on_update"]], "on_delete": _ACTIONS[r["on_delete"]],
                "on_delete_columns": tuple(r["on_delete_columns"]),
                "match": _MATCHES[r["match"]], "period": r["period"]}
    if kind == "c":
        expression = definition_fields(r["definition"])["expression"]
        out |= {"expression": as_written(expression, r["varchar_columns"]),
                "no_inherit": r["no_inherit"]}
    if kind == "x":
        text = definition_fields(r["definition"])
        out |= {k: text[k] for k in ("method", "elements", "predicate")}
    return out


def as_written(expression: str, varchar_columns, spelled=catalog_ident) -> str:
    """A varchar column's IN list as it was written, not as stored: the stored text, run again,
    would be stored in a second form (sqltree.varchar_in_list), so a migration could not give
    another database this one's catalog. `spelled`: how the column is written (a domain's VALUE)."""
    listed = varchar_in_list(expression, varchar_columns)
    if listed is None:
        return expression
    values = ", ".join(literal(v) for v in listed.values)
    return f"{spelled(listed.column)} {'NOT IN' if listed.negated else 'IN'} ({values})"


def constraints(rows: list[Row]) -> list[Constraint]:
    return [constraint(r) for r in rows]


READERS.register("constraint", Reader("constraints", constraints))
