"""Read-only queries on the target's rows for the plan steps that can fail or lose data on them.

Each query returns rows of (sample key, total count): the key is the violating row's primary key
as text (ctid when the table has none), never another column's value. apply/preflight.py runs them."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Database
from ..plan.ops.constraints import AddConstraint, AddConstraintUsingIndex, ValidateConstraint
from ..plan.ops.indexes import CreateIndex
from ..plan.ops.tables import (AddColumn, AlterColumnType, DropColumn, DropTable, RenameTable,
                               SetColumnNotNull, SetNotNullUsingCheck)
from ..plan.ops.data_steps import RunDataStep
from ..plan.ops.types import RecreateEnum
from ..quoting import ident, literal, qualified
from .preflight_findings import FAILS, LOSES, SAMPLES, TOUCHES, Check, Finding  # noqa: F401 - re-exported
from .constraints import constraint_definition
from .indexes import index_body
from .preflight_data_steps import data_step_checks
from .preflight_keys import check_expr, constraint_key, index_key
from .preflight_pairs import duplicates, exclusion

def key_columns(current: Database, schema: str, table: str) -> tuple[str, ...]:
    """The primary key columns of the table as it is now (empty: use ctid)."""
    from ..model.ids import table_id

    pk = [c for c in current.constraints_of(table_id(schema, table)) if c.kind == "p"]
    return pk[0].columns if pk else ()


def key_sql(keys: tuple[str, ...], alias: str = "t") -> str:
    """The sample key as text: the primary key's values, else the row's ctid."""
    if not keys:
        return f"{alias}.ctid::text"
    if len(keys) == 1:
        return f"{alias}.{ident(keys[0])}::text"
    return "row(" + ", ".join(f"{alias}.{ident(k)}" for k in keys) + ")::text"


def _rows_where(predicate: str) -> str:
    """Violating rows of {source} (aliased t): the sample keys and their count."""
    return f"SELECT {{key}}, count(*) OVER () FROM {{source}} WHERE {predicate} LIMIT {SAMPLES}"


def _any_rows() -> str:
    return _rows_where("true")


def _not_null(schema, table, column, step) -> Check:
    return Check(step, FAILS, schema, table, f"have NULL in {column}", _rows_where(f"t.{ident(column)} IS NULL"))


def _check(con, step: str) -> Check:
    parsed = check_expr(constraint_definition(con))
    if parsed.not_null_column:  # the safe SET NOT NULL recipe's helper check: say what it means
        return _not_null(con.schema, con.table, parsed.not_null_column, step)
    # a CHECK passes on NULL: only rows where it is false violate it; the expression names bare
    # columns of the one table in FROM
    return Check(step, FAILS, con.schema, con.table, f"violate check {con.name}",
                 _rows_where(f"NOT COALESCE(({parsed.expr}), true)"))


def _foreign_key(con, step: str, target: "Target") -> Check | None:
    if not con.ref_table or len(con.columns) != len(con.ref_columns):
        return None
    present = " AND ".join(f"t.{ident(c)} IS NOT NULL" for c in con.columns)
    ref_now = target.name_now(*con.ref_table)
    if ref_now is None:  # the plan creates the referenced table: it is empty when the key is added
        return Check(step, FAILS, con.schema, con.table,
                     f"have a key but {con.ref_table[1]} is created empty by this plan ({con.name})",
                     _rows_where(present))
    ref = qualified(con.ref_table[0], ref_now)
    match = " AND ".join(f"r.{ident(rc)} = t.{ident(c)}" for c, rc in zip(con.columns, con.ref_columns))
    return Check(step, FAILS, con.schema, con.table, f"reference no row of {con.ref_table[1]} ({con.name})",
                 _rows_where(f"{present} AND NOT EXISTS (SELECT 1 FROM {ref} r WHERE {match})"))


def _cast(op: AlterColumnType, step: str) -> Check:
    """A DO block that tries the column's conversion row by row inside a subtransaction
    (read-only: the conversion writes nothing) and reports the failures through a NOTICE; works
    on PG 15 as on 18. The conversion is the ALTER's own: schema.yaml's `using:` (evaluated on
    the row, by ctid, since it may read any of its columns), via text between two enums, else the
    plain cast. The variables are prefixed so that a column of the same name stays a column.

    One set-based pass first: when every value converts (the usual case) that costs a scan, not a
    subtransaction per row (1M rows: 0.5 s instead of 12 s, benchmarks/bench_preflight.py)."""
    col, typ = ident(op.new.name), op.new.type
    if op.using:
        table = qualified(op.schema, op.table_name)
        converted = f"({op.using})::{typ}"
        rows = f"SELECT {{key}} AS k, t.ctid AS c FROM {{source}} WHERE t.{col} IS NOT NULL"
        attempt = f"PERFORM {converted} FROM {table} t WHERE t.ctid = sd_r.c;"
    else:
        cast = f"{'::text' if op.via_text else ''}::{typ}"
        converted = f"t.{col}{cast}"
        rows = f"SELECT {{key}} AS k, t.{col} AS v FROM {{source}} WHERE t.{col} IS NOT NULL"
        attempt = f"PERFORM sd_r.v{cast};"
    body = (
        "DECLARE sd_r record; sd_n bigint := 0; sd_s text[] := '{}'; BEGIN "
        f"BEGIN PERFORM count({converted}) FROM {{source}} WHERE t.{col} IS NOT NULL; "
        "RAISE NOTICE 'preflight %', json_build_array(0, sd_s); RETURN; "
        "EXCEPTION WHEN OTHERS THEN NULL; END; "
        f"FOR sd_r IN {rows} LOOP "
        f"BEGIN {attempt} EXCEPTION WHEN OTHERS THEN sd_n := sd_n + 1; "
        f"IF sd_n <= {SAMPLES} THEN sd_s := sd_s || sd_r.k; END IF; END; END LOOP; "
        "RAISE NOTICE 'preflight %', json_build_array(sd_n, sd_s); END")
    return Check(step, FAILS, op.schema, op.table_name, f"hold values that {col} cannot cast to {typ}",
                 "DO " + _dollar(body), notice=True)


def _dollar(body: str) -> str:
    tag = "preflight"
    while f"${tag}$" in body:
        tag += "_"
    return f"${tag}${body}${tag}$"


def _enum_removal(op: RecreateEnum, step: str) -> list[Check]:
    removed = [v for v in op.old.values if v not in op.new.values]
    if not removed:
        return []
    values = ", ".join(literal(v) for v in removed)
    out = []
    for schema, table, column, is_array, _ in op.columns:
        col = f"t.{ident(column)}"
        pred = f"{col}::text[] && ARRAY[{values}]" if is_array else f"{col}::text IN ({values})"
        out.append(Check(step, FAILS, schema, table, f"hold removed value(s) {', '.join(removed)} in {column}",
                         _rows_where(pred)))
    return out


@dataclass(frozen=True)
class Target:
    """The target as the plan finds it: which tables exist now, under which name."""

    current: Database
    renamed: dict  # (schema, new name) -> old name of the tables the plan renames

    def name_now(self, schema: str, table: str) -> str | None:
        """The table's name in the target today; None when the plan creates it (no rows yet)."""
        from ..model.ids import table_id

        name = self.renamed.get((schema, table), table)
        return name if self.current.get(table_id(schema, name)) is not None else None


def checks_for(op, current: Database, renamed: dict[tuple[str, str], str] | None = None) -> list[Check]:
    """The preflight queries of one step (none for a step that cannot fail on rows).

    `renamed`: (schema, new name) -> old name of the tables this plan renames: the rows are read
    under the name they have now. A table the target does not have yet has no rows to check."""
    target = Target(current, renamed or {})
    out = []
    for c in _checks(op, op.describe(), target):
        name = target.name_now(c.schema, c.table)
        if name is not None:
            out.append(Check(**{**c.__dict__, "table": name, "keys": key_columns(current, c.schema, name)}))
    return out


def renamed_tables(plan) -> dict[tuple[str, str], str]:
    """(schema, new name) -> old name of every table the plan renames."""
    return {(op.schema, op.table_name): op.old_name for op in plan.ops if isinstance(op, RenameTable)}


def _checks(op, step: str, target: Target) -> list[Check]:  # noqa: C901 - one branch per kind of step
    if isinstance(op, RunDataStep):
        return data_step_checks(op, step)
    if isinstance(op, SetNotNullUsingCheck):
        return []  # its helper CHECK (col IS NOT NULL) is validated first: that step is checked
    if isinstance(op, SetColumnNotNull) and op.not_null:
        return [_not_null(op.schema, op.table_name, op.column, step)]
    if isinstance(op, AddColumn) and op.column.not_null and op.column.default is None \
            and op.column.identity is None and op.column.generated is None:
        return [Check(step, FAILS, op.schema, op.table_name,
                      f"exist ({op.column.name} is added NOT NULL without a default)", _any_rows())]
    if isinstance(op, AlterColumnType) and op.old.type != op.new.type:
        return [_cast(op, step)]
    if isinstance(op, (AddConstraint, ValidateConstraint, AddConstraintUsingIndex)):
        return _constraint(op, step, target)
    if isinstance(op, CreateIndex) and op.index.unique:
        ix = op.index
        return [duplicates(ix.schema, ix.table, index_key(index_body(ix)), ix.name, step)]
    if isinstance(op, RecreateEnum):
        return _enum_removal(op, step)
    if isinstance(op, DropTable):
        t = op.table_def
        return [Check(step, LOSES, t.schema, t.name, f"rows of {t.name}", _any_rows())]
    if isinstance(op, DropColumn):
        col = op.column.name
        return [Check(step, LOSES, op.schema, op.table_name, f"non-NULL values of {op.table_name}.{col}",
                      _rows_where(f"t.{ident(col)} IS NOT NULL"))]
    return []


def _constraint(op, step: str, target: Target) -> list[Check]:
    con = op.constraint
    if isinstance(op, AddConstraint) and op.not_valid:
        return []  # NOT VALID checks no existing row; its ValidateConstraint step is checked
    if isinstance(op, AddConstraintUsingIndex):
        # the unique index is built (and checked) first; a primary key also sets NOT NULL
        return [_not_null(con.schema, con.table, c, step) for c in con.columns] if con.kind == "p" else []
    if con.kind == "c":
        return [_check(con, step)]
    if con.kind == "f":
        found = _foreign_key(con, step, target)
        return [] if found is None else [found]
    if con.kind == "x":
        return [exclusion(con, step)]
    if con.kind in ("p", "u"):
        dups = [duplicates(con.schema, con.table, constraint_key(constraint_definition(con)), con.name, step)]
        return dups + ([_not_null(con.schema, con.table, c, step) for c in con.columns] if con.kind == "p" else [])
    return []


def source_sql(schema: str, table: str, sample_percent: float | None) -> str:
    """The table, or a block sample of it (TABLESAMPLE SYSTEM) on a very large one, aliased t."""
    sampled = f" TABLESAMPLE SYSTEM ({float(sample_percent)!r})" if sample_percent else ""
    return f"{qualified(schema, table)} t{sampled}"


def query_sql(check: Check, sample_percent: float | None, equality: tuple[str | None, ...] = ()) -> str:
    """The check's SQL with its table (or sample), key expression and equality operators filled in.

    `equality`: per key part, the `OPERATOR(schema.op)` of its operator class (apply looks them up)."""
    sql = check.sql
    for i, op in enumerate(equality):
        if op is not None:
            sql = sql.replace(f"{{eq{i}}}", op)
    return sql.replace("{source}", source_sql(check.schema, check.table, sample_percent)) \
              .replace("{key}", key_sql(check.keys))
