"""Table inheritance of an existing table: ALTER TABLE ... INHERIT / NO INHERIT.

PostgreSQL keeps a column local once it is (pg_attribute.attislocal never goes back to false):
INHERIT needs the child to have every column of the parent already, and those stay the child's
own, so schema.yaml must declare them on the child; a plan that would leave them undeclared is
refused, naming them. NO INHERIT turns the columns inherited from that parent into the child's
own, which no rollback can undo: it is planned only when the child already has them as its own
(as after an INHERIT of an existing table), and refused otherwise."""

from __future__ import annotations

from ...errors import UnsupportedChange
from ...model import Database, Table
from ...model.ids import table_id
from .. import ops


def inheritance_ops(old: Table, new: Table, ctx) -> list[ops.Op]:
    removed = [p for p in old.inherits if p not in new.inherits]
    added = [p for p in new.inherits if p not in old.inherits]
    if [p for p in new.inherits if p in old.inherits] != [p for p in old.inherits if p in new.inherits]:
        raise UnsupportedChange(f"table {new.schema}.{new.name}: the order of its parents changes; "
                                "PostgreSQL keeps the order they were added in (drop and re-add them)")
    declared = set(new.column_names)
    for parent in removed:
        kept = _columns(ctx.current, parent) - _columns_of_parents(ctx.current, old, but=parent)
        _refuse_irreversible(new, sorted(kept - set(old.column_names)), parent)
    for parent in added:
        _require_declared(new, declared, _columns(ctx.desired, parent), "inherit", parent)
        _require_checks(new, ctx.desired, parent)
    return ([ops.NoInherit(new.schema, new.name, parent=p) for p in removed]
            + [ops.Inherit(new.schema, new.name, parent=p) for p in added])


def _refuse_irreversible(table: Table, inherited_only: list[str], parent: tuple[str, str]) -> None:
    """NO INHERIT turns the columns the child has only from this parent into its own for good:
    no rollback could make them inherited-only again, and a plan is never without one."""
    if inherited_only:
        raise UnsupportedChange(
            f"table {table.schema}.{table.name} would stop inheriting {parent[0]}.{parent[1]}, which "
            f"makes its inherited column(s) {', '.join(inherited_only)} its own for good: no rollback "
            "could undo that, so schemadiff does not plan it (run ALTER TABLE ... NO INHERIT "
            "yourself, then declare them on the table)")


def _require_declared(table: Table, declared: set[str], needed: set[str], verb: str,
                      parent: tuple[str, str]) -> None:
    missing = sorted(needed - declared)
    if missing:
        raise UnsupportedChange(
            f"table {table.schema}.{table.name} would {verb} {parent[0]}.{parent[1]}, after which "
            f"PostgreSQL keeps column(s) {', '.join(missing)} as the table's own: declare them "
            f"under its columns (or drop them in a later change)")


def _require_checks(table: Table, db: Database, parent: tuple[str, str]) -> None:
    """INHERIT needs each inheritable CHECK of the parent on the child, by name."""
    own = {c.name for c in db.constraints_of(table.id) if c.kind == "c"}
    needed = {c.name for c in db.constraints_of(table_id(*parent))
              if c.kind == "c" and not c.no_inherit}
    missing = sorted(needed - own)
    if missing:
        raise UnsupportedChange(
            f"table {table.schema}.{table.name} would inherit {parent[0]}.{parent[1]}, which "
            f"PostgreSQL allows only when it has the parent's check(s) {', '.join(missing)} "
            "already: declare them under its checks (they stay its own)")


def _columns(db: Database, table: tuple[str, str]) -> set[str]:
    """Every column of a table: its own and those it inherits, through every ancestor."""
    t = db.objects.get(table_id(*table))
    if not isinstance(t, Table):
        return set()
    return set(t.column_names) | _columns_of_parents(db, t)


def _columns_of_parents(db: Database, table: Table, but: tuple[str, str] | None = None) -> set[str]:
    out: set[str] = set()
    for p in table.inherits:
        if p != but:
            out |= _columns(db, p)
    return out


def refuse_identity_with_children(table: Table, column, ctx) -> None:
    """ADD COLUMN ... GENERATED AS IDENTITY on a table that has children fails in PostgreSQL
    ("cannot recursively add identity column to table that has child tables"): always for
    inheritance children, and for partitions before 17 (from 17 the partitions get the identity
    too). Refused here, naming the column, rather than by the proof."""
    version = ctx.current.server_version or ctx.desired.server_version
    children = sorted(f"{t.schema}.{t.name}" for t in ctx.current.tables()
                      if (table.schema, table.name) in t.inherits
                      or (t.partition_of is not None and t.partition_of.parent_id == table.id
                          and 0 < version < 170000))
    if children:
        raise UnsupportedChange(
            f"table {table.schema}.{table.name}: PostgreSQL cannot add the identity column "
            f"{column.name} to a table that has child tables ({', '.join(children)}); add the "
            f"column without identity, or add identity to an existing NOT NULL column (ALTER "
            f"COLUMN ... ADD GENERATED, which PostgreSQL allows on a parent)")
