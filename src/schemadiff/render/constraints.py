"""SQL for constraints, their definitions written from the model's fields in
pg_get_constraintdef()'s order (so a definition read back from the catalog renders the same)."""

from __future__ import annotations

from ..model import Constraint
from ..plan import ops
from ..quoting import catalog_ident, ident, qualified, readable_ident
from .comments import COMMENT_TARGETS, on_its_table
from .indexes import key_sql, parameter_list
from .registry import renders


def _on_table(c) -> str:
    return f"ALTER TABLE {qualified(c.schema, c.table)}"


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(catalog_ident(n) for n in names)


def constraint_definition(c: Constraint) -> str:
    """`PRIMARY KEY (id)`, `FOREIGN KEY (a) REFERENCES public.t(id) ON DELETE CASCADE`, ..."""
    body = _BODIES[c.kind](c)
    body += " DEFERRABLE" if c.deferrable or c.initially_deferred else ""
    return body + (" INITIALLY DEFERRED" if c.initially_deferred else "")


def _key(c: Constraint) -> str:
    head = "PRIMARY KEY" if c.kind == "p" else "UNIQUE"
    head += " NULLS NOT DISTINCT" if c.nulls_not_distinct else ""
    columns = _names(c.columns) + (" WITHOUT OVERLAPS" if c.without_overlaps else "")
    return f"{head} ({columns}){_index_clauses(c)}"


def _index_clauses(c: Constraint) -> str:
    """INCLUDE and WITH of a key's or exclusion's index."""
    out = f" INCLUDE ({_names(c.include)})" if c.include else ""
    return out + (f" WITH ({parameter_list(c.parameters)})" if c.parameters else "")


def _period(columns: tuple[str, ...], period: bool) -> str:
    if not period:
        return _names(columns)
    return ", ".join([*(catalog_ident(n) for n in columns[:-1]), f"PERIOD {catalog_ident(columns[-1])}"])


def _foreign_key(c: Constraint) -> str:
    ref_schema, ref_table = c.ref_table or (c.schema, "")
    sql = (f"FOREIGN KEY ({_period(c.columns, c.period)}) REFERENCES "
           f"{catalog_ident(ref_schema)}.{catalog_ident(ref_table)}({_period(c.ref_columns, c.period)})")
    sql += f" MATCH {c.match.upper()}" if c.match != "simple" else ""
    sql += f" ON UPDATE {c.on_update.upper()}" if c.on_update != "no action" else ""
    if c.on_delete != "no action":
        sql += f" ON DELETE {c.on_delete.upper()}"
        sql += f" ({_names(c.on_delete_columns)})" if c.on_delete_columns else ""
    return sql


def _check(c: Constraint) -> str:
    return f"CHECK ({c.expression})" + (" NO INHERIT" if c.no_inherit else "")


def _operator(parts: tuple[str, ...]) -> str:
    if len(parts) == 1:
        return parts[0]
    return f"OPERATOR({readable_ident(parts[0])}.{parts[-1]})"


def _exclusion(c: Constraint) -> str:
    elements = ", ".join(f"{key_sql(e.key)} WITH {_operator(e.operator)}" for e in c.elements)
    sql = f"EXCLUDE USING {readable_ident(c.method or 'btree')} ({elements}){_index_clauses(c)}"
    if c.predicate is not None:
        sql += f" WHERE ({c.predicate})"
    return sql


_BODIES = {"p": _key, "u": _key, "f": _foreign_key, "c": _check, "x": _exclusion}


@renders(ops.AddConstraint)
def _add_constraint(op: ops.AddConstraint) -> list[str]:
    c = op.constraint
    suffix = " NOT VALID" if op.not_valid else ""
    return [f"{_on_table(c)} ADD CONSTRAINT {ident(c.name)} {constraint_definition(c)}{suffix}"]


@renders(ops.ValidateConstraint)
def _validate_constraint(op: ops.ValidateConstraint) -> list[str]:
    c = op.constraint
    return [f"{_on_table(c)} VALIDATE CONSTRAINT {ident(c.name)}"]


@renders(ops.AddConstraintUsingIndex)
def _add_using_index(op: ops.AddConstraintUsingIndex) -> list[str]:
    c = op.constraint
    kind = "PRIMARY KEY" if c.kind == "p" else "UNIQUE"
    deferrable = " DEFERRABLE" if c.deferrable or c.initially_deferred else ""
    deferrable += " INITIALLY DEFERRED" if c.initially_deferred else ""
    return [f"{_on_table(c)} ADD CONSTRAINT {ident(c.name)} {kind} USING INDEX {ident(op.index_name)}{deferrable}"]


@renders(ops.DropConstraint)
def _drop_constraint(op: ops.DropConstraint) -> list[str]:
    c = op.constraint
    return [f"{_on_table(c)} DROP CONSTRAINT {ident(c.name)}"]


@renders(ops.RenameConstraint)
def _rename_constraint(op: ops.RenameConstraint) -> list[str]:
    c = op.constraint
    return [f"{_on_table(c)} RENAME CONSTRAINT {ident(op.old_name)} TO {ident(c.name)}"]


COMMENT_TARGETS.register("constraint", on_its_table("CONSTRAINT"))
