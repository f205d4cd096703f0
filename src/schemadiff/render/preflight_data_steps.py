"""Preflight of data steps: how many existing rows each UPDATE, DELETE and INSERT ... SELECT of a
step touches, read-only, before the plan is shown (issue 9: "preflight counts the rows they
touch"). A count, never a failure: the step's own SQL decides what it does with them.

Each statement is read through PostgreSQL's parser (pglast) and only its target, FROM/USING list
and WHERE are reused, deparsed by pglast: the query selects the rows the statement would match
(`ctid IN (SELECT target.ctid FROM ... WHERE ...)`), never writes. A statement of another shape
(a CTE, a function call, INSERT ... VALUES) is not counted.
"""

from __future__ import annotations

import pglast
from pglast import parser
from pglast import ast
from pglast.stream import RawStream

from ..quoting import ident
from .preflight_findings import SAMPLES, TOUCHES, Check


def data_step_checks(op, step: str) -> list[Check]:
    """One counting query per UPDATE, DELETE or INSERT ... SELECT of the step's SQL."""
    out = []
    for line, text in op.step.statements:
        try:
            stmts = pglast.parse_sql(text)
        except parser.ParseError:  # checked when schema.yaml was loaded: cannot happen
            continue
        for raw in stmts:
            check = _check(raw.stmt, step, op.step.name, line)
            if check is not None:
                out.append(check)
    return out


def _check(stmt, step: str, name: str, line: int | None) -> Check | None:
    where = f"line {line}" if line else f"data step {name}"
    if isinstance(stmt, (ast.UpdateStmt, ast.DeleteStmt)) and stmt.withClause is None:
        rel = stmt.relation
        others = stmt.fromClause if isinstance(stmt, ast.UpdateStmt) else stmt.usingClause
        ref = rel.alias.aliasname if rel.alias else rel.relname
        sub = f"SELECT {ident(ref)}.ctid FROM " + ", ".join(
            RawStream()(n) for n in (rel, *(others or ())))
        if stmt.whereClause is not None:
            sub += f" WHERE {RawStream()(stmt.whereClause)}"
        verb = "updated" if isinstance(stmt, ast.UpdateStmt) else "deleted"
        return Check(step, TOUCHES, rel.schemaname or "public", rel.relname,
                     f"rows of {rel.relname} {verb} by {where}",
                     f"SELECT {{key}}, count(*) OVER () FROM {{source}} "
                     f"WHERE t.ctid IN ({sub}) LIMIT {SAMPLES}")
    if isinstance(stmt, ast.InsertStmt) and stmt.withClause is None \
            and isinstance(stmt.selectStmt, ast.SelectStmt) and stmt.selectStmt.fromClause:
        source = stmt.selectStmt.fromClause[0]
        if not isinstance(source, ast.RangeVar):
            return None
        maybe = " (ON CONFLICT may skip some)" if stmt.onConflictClause is not None else ""
        # The rows are new ones: no sample keys, only how many the SELECT yields.
        return Check(step, TOUCHES, source.schemaname or "public", source.relname,
                     f"rows for {stmt.relation.relname} by {where}{maybe}",
                     f"SELECT NULL::text, count(*) FROM ({RawStream()(stmt.selectStmt)}) AS s")
    return None
