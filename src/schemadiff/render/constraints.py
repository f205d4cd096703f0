"""SQL for constraints."""

from __future__ import annotations

from ..plan import ops
from ..quoting import ident, qualified
from ..sqltree import constraint_parts
from .registry import renders
from .comments import COMMENT_TARGETS, on_its_table


def _on_table(c) -> str:
    return f"ALTER TABLE {qualified(c.schema, c.table)}"


@renders(ops.AddConstraint)
def _add_constraint(op: ops.AddConstraint) -> list[str]:
    c = op.constraint
    suffix = " NOT VALID" if op.not_valid else ""
    return [f"{_on_table(c)} ADD CONSTRAINT {ident(c.name)} {c.definition}{suffix}"]


@renders(ops.ValidateConstraint)
def _validate_constraint(op: ops.ValidateConstraint) -> list[str]:
    c = op.constraint
    return [f"{_on_table(c)} VALIDATE CONSTRAINT {ident(c.name)}"]


@renders(ops.AddConstraintUsingIndex)
def _add_using_index(op: ops.AddConstraintUsingIndex) -> list[str]:
    c = op.constraint
    kind = "PRIMARY KEY" if c.kind == "p" else "UNIQUE"
    parts = constraint_parts(c.definition)
    deferrable = " DEFERRABLE" if parts.deferrable else ""
    deferrable += " INITIALLY DEFERRED" if parts.initially_deferred else ""
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
