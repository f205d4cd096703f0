"""Read-only queries on the target's rows for the plan steps that can fail or lose data on them.

Each query returns rows of (sample key, total count): the key is the violating row's primary key
as text (ctid when the table has none), never another column's value. apply/preflight.py runs them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Database
from ..plan.ops.constraints import AddConstraint, AddConstraintUsingIndex, ValidateConstraint
from ..plan.ops.indexes import CreateIndex
from ..plan.ops.tables import (AddColumn, AlterColumnType, DropColumn, DropTable, RenameTable,
                               SetColumnNotNull, SetNotNullUsingCheck)
from ..plan.ops.types import RecreateEnum
from ..quoting import ident, literal, qualified

SAMPLES = 3  # sample keys shown per finding

FAILS = "fails"  # certain to fail if any row matches
LOSES = "loses"  # drops the rows (or values) counted


@dataclass(frozen=True)
class Check:
    """One query for one step: `what` completes "will fail: N rows of T ..." or "drops N ..."."""

    step: str  # the step's one-line description
    kind: str  # FAILS | LOSES
    schema: str
    table: str
    what: str
    sql: str = ""  # {source} stands for the table (or its TABLESAMPLE); {key} for the key expression
    notice: bool = False  # a DO block reporting through RAISE NOTICE (the cast test)
    keys: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Finding:
    """What a check found: a count (an estimate when sampled), sample keys, or why it was not checked."""

    step: str
    kind: str
    table: str
    what: str
    count: int = 0
    samples: tuple[str, ...] = ()
    estimate: bool = False
    unchecked: str = ""  # "timed out", an error line: the step was not checked

    @property
    def fails(self) -> bool:
        return self.kind == FAILS and self.count > 0 and not self.unchecked

    def line(self) -> str:
        """One line for the plan."""
        if self.unchecked:
            return f"not checked: {self.unchecked} ({self.step})"
        about = "about " if self.estimate else ""
        keys = f" (e.g. {', '.join(self.samples)})" if self.samples else ""
        if self.kind == LOSES:
            return f"drops {about}{self.count} {self.what}{keys}"
        if not self.count:
            return f"checked: no rows of {self.table} {self.what}"
        return f"will fail: {about}{self.count} rows of {self.table} {self.what}{keys}"

    def to_json(self) -> dict:
        return {"step": self.step, "kind": self.kind, "table": self.table, "what": self.what,
                "count": self.count, "estimate": self.estimate, "samples": list(self.samples),
                "certain_to_fail": self.fails, "not_checked": self.unchecked or None, "line": self.line()}


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


def _check_expr(definition: str) -> str | None:
    """The expression of `CHECK (expr) [NOT VALID]` as pg_get_constraintdef prints it."""
    m = re.fullmatch(r"CHECK \((.*)\)( NOT VALID)?", definition.strip(), re.S)
    return m.group(1) if m else None


def _check(con, step: str) -> Check | None:
    expr = _check_expr(con.definition)
    if expr is None:
        return None
    null_test = re.fullmatch(r'\(?("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*) IS NOT NULL\)?', expr)
    if null_test:  # the safe SET NOT NULL recipe's helper check: say what it means
        column = null_test.group(1)
        name = column[1:-1].replace('""', '"') if column.startswith('"') else column
        return _not_null(con.schema, con.table, name, step)
    # a CHECK passes on NULL: only rows where it is false violate it; the expression names bare
    # columns, so the source is not aliased-qualified inside it
    return Check(step, FAILS, con.schema, con.table, f"violate check {con.name}",
                 _rows_where(f"NOT COALESCE(({expr}), true)"))


def _foreign_key(con, step: str) -> Check | None:
    if not con.ref_table or len(con.columns) != len(con.ref_columns):
        return None
    ref = qualified(*con.ref_table)
    match = " AND ".join(f"r.{ident(rc)} = t.{ident(c)}" for c, rc in zip(con.columns, con.ref_columns))
    present = " AND ".join(f"t.{ident(c)} IS NOT NULL" for c in con.columns)
    return Check(step, FAILS, con.schema, con.table, f"reference no row of {con.ref_table[1]} ({con.name})",
                 _rows_where(f"{present} AND NOT EXISTS (SELECT 1 FROM {ref} r WHERE {match})"))


def _duplicates(schema, table, exprs: list[str], where: str | None, name: str, step: str) -> Check:
    """Rows sharing their key with another row (NULLs never collide in a plain unique index)."""
    parts = ", ".join(exprs)
    present = " AND ".join(f"({e}) IS NOT NULL" for e in exprs)
    inner = (f"SELECT {{key}} AS preflight_key, count(*) OVER (PARTITION BY {parts}) AS preflight_n "
             f"FROM {{source}} WHERE {present}" + (f" AND ({where})" if where else ""))
    sql = (f"SELECT d.preflight_key, count(*) OVER () FROM ({inner}) d WHERE d.preflight_n > 1 LIMIT {SAMPLES}")
    return Check(step, FAILS, schema, table, f"share their key with another row ({name})", sql)


def _index_parts(index) -> tuple[list[str], str | None] | None:
    """(key expressions, WHERE) of a plain btree index; None when it is anything fancier."""
    if index.method != "btree" or index.nulls_not_distinct or any(
            k.collation or k.opclass or k.descending or k.nulls_first for k in index.keys):
        return None
    return [ident(k.column) if k.column is not None else k.expression for k in index.keys], index.predicate


def _cast(op: AlterColumnType, step: str) -> Check:
    """A DO block that tries the column's conversion row by row inside a subtransaction
    (read-only: the conversion writes nothing) and reports the failures through a NOTICE; works
    on PG 15 as on 18. The conversion is the ALTER's own: schema.yaml's `using:` (evaluated on
    the row, by ctid, since it may read any of its columns), via text between two enums, else the
    plain cast. The variables are prefixed so that a column of the same name stays a column."""
    col, typ = ident(op.new.name), op.new.type
    if op.using:
        table = qualified(op.schema, op.table_name)
        rows = f"SELECT {{key}} AS k, t.ctid AS c FROM {{source}} WHERE t.{col} IS NOT NULL"
        attempt = f"PERFORM ({op.using})::{typ} FROM {table} t WHERE t.ctid = sd_r.c;"
    else:
        rows = f"SELECT {{key}} AS k, t.{col} AS v FROM {{source}} WHERE t.{col} IS NOT NULL"
        attempt = f"PERFORM sd_r.v{'::text' if op.via_text else ''}::{typ};"
    body = (
        "DECLARE sd_r record; sd_n bigint := 0; sd_s text[] := '{}'; BEGIN "
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


def checks_for(op, current: Database, renamed: dict[tuple[str, str], str] | None = None) -> list[Check]:
    """The preflight queries of one step (none for a step that cannot fail on rows).

    `renamed`: (schema, new name) -> old name of the tables this plan renames: the rows are read
    under the name they have now. A table the target does not have yet has no rows to check."""
    from ..model.ids import table_id

    out = []
    for c in _checks(op, op.describe()):
        name = (renamed or {}).get((c.schema, c.table), c.table)
        if current.get(table_id(c.schema, name)) is None:
            continue
        out.append(Check(**{**c.__dict__, "table": name, "keys": key_columns(current, c.schema, name)}))
    return out


def renamed_tables(plan) -> dict[tuple[str, str], str]:
    """(schema, new name) -> old name of every table the plan renames."""
    return {(op.schema, op.table_name): op.old_name for op in plan.ops if isinstance(op, RenameTable)}


def _checks(op, step: str) -> list[Check]:  # noqa: C901 - one branch per kind of step
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
        return _constraint(op, step)
    if isinstance(op, CreateIndex) and op.index.unique:
        parts = _index_parts(op.index)
        return [] if parts is None else [_duplicates(op.index.schema, op.index.table, parts[0], parts[1],
                                                     op.index.name, step)]
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


def _constraint(op, step: str) -> list[Check]:
    con = op.constraint
    if isinstance(op, AddConstraint) and op.not_valid:
        return []  # NOT VALID checks no existing row; its ValidateConstraint step is checked
    if con.kind == "c":
        found = _check(con, step)
    elif con.kind == "f":
        found = _foreign_key(con, step)
    elif con.kind in ("p", "u") and con.columns:
        exprs = [f"t.{ident(c)}" for c in con.columns]
        found = _duplicates(con.schema, con.table, exprs, None, con.name, step)
    else:
        found = None
    return [] if found is None else [found]


def source_sql(schema: str, table: str, sample_percent: float | None) -> str:
    """The table, or a block sample of it (TABLESAMPLE SYSTEM) on a very large one, aliased t."""
    sampled = f" TABLESAMPLE SYSTEM ({float(sample_percent)!r})" if sample_percent else ""
    return f"{qualified(schema, table)} t{sampled}"


def query_sql(check: Check, sample_percent: float | None) -> str:
    """The check's SQL with its table (or sample) and key expression filled in."""
    return check.sql.replace("{source}", source_sql(check.schema, check.table, sample_percent)) \
                    .replace("{key}", key_sql(check.keys))
