"""The statements inside a function body or a cron command, and what each refers to (pure).

PostgreSQL checks a PL/pgSQL body only for syntax when it is created (`check_function_bodies`),
and records none of its references in pg_depend: a body that writes a renamed column is accepted
and fails at its first call. So the body is read here with PostgreSQL's own parsers (pglast:
`parse_plpgsql` for the PL/pgSQL structure, `parse_sql` for each embedded statement) and every
relation, column, function and type it names is listed with its line in the body.

Each statement is also given a form PostgreSQL can PREPARE on its own: PL/pgSQL variables become
typed parameters ($1, $2 ...), so the scratch database can resolve every name and type in it
(canonical/bodies.py). Not covered, by nature: dynamic SQL (EXECUTE of a string is only known at
run time; its line is listed in `dynamic`), and statements using a variable whose type is not a
plain type name (a record, NEW/OLD, `%TYPE`): those are checked against the model only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pglast
from pglast import ast
from pglast.stream import RawStream

from ..model import Function
from ..quoting import dollar_quoted
from .sql_references import RECORD_NAMES, Reference, statement_references

_PREPARABLE = (ast.SelectStmt, ast.InsertStmt, ast.UpdateStmt, ast.DeleteStmt, ast.MergeStmt)
_EXPRESSION_MODES = (2,)  # RAW_PARSE_PLPGSQL_EXPR: an expression, run as SELECT expr
_ASSIGN_MODES = (3, 4, 5)  # RAW_PARSE_PLPGSQL_ASSIGNn: `target := expr`
_SELECT = "SELECT "


@dataclass(frozen=True, slots=True)
class BodyStatement:
    line: int  # in the body (1 = its first line)
    sql: str  # the statement as PL/pgSQL runs it; an expression as SELECT expr
    references: tuple[Reference, ...]
    prepared: str | None = None  # variables as $n; None when it cannot be prepared on its own
    parameter_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BodyReading:
    statements: tuple[BodyStatement, ...] = ()
    dynamic: tuple[int, ...] = ()  # lines of EXECUTE: not checkable before run time

    @property
    def references(self) -> tuple[Reference, ...]:
        return tuple(r for s in self.statements for r in s.references)


def read_routine(fn: Function) -> BodyReading:
    """The statements of a PL/pgSQL or SQL (string) body; nothing for other languages and for
    SQL-standard bodies (PostgreSQL parses those at creation and tracks their references)."""
    if fn.language == "plpgsql":
        return _read_plpgsql(fn)
    if fn.language == "sql" and not fn.sql_standard_body:
        # Nothing to PREPARE: PostgreSQL analyses a SQL body fully at creation (canonical/routines.py).
        reading = read_sql(fn.body, _sql_arguments(fn))
        return BodyReading(tuple(replace(s, prepared=None, parameter_types=()) for s in reading.statements))
    return BodyReading()


def read_sql(text: str, variables: dict[str, str | None] | None = None) -> BodyReading:
    """The statements of SQL text (a cron command, a SQL function body); unparsable text gives
    nothing here: PostgreSQL itself reports it where the text is checked."""
    variables = variables or {}
    try:
        stmts = pglast.parse_sql(text)
    except pglast.parser.ParseError:
        return BodyReading()
    out = []
    for raw in stmts:
        start = raw.stmt_location or 0
        sql = text[start: start + raw.stmt_len] if raw.stmt_len else text[start:]
        start += len(sql) - len(sql.lstrip())  # the statement's first line, not the blank before
        line = 1 + text.count("\n", 0, start)
        out.append(_statement(raw.stmt, sql.strip(), line, variables, text, start))
    return BodyReading(tuple(out))


def _sql_arguments(fn: Function) -> dict[str, str | None]:
    """A SQL body names its parameters like columns: they are variables, never columns."""
    try:
        tree = pglast.parse_sql(f"CREATE FUNCTION f({fn.arguments}) RETURNS void LANGUAGE sql AS ''")
    except pglast.parser.ParseError:
        return {}
    params = tree[0].stmt.parameters or ()
    return {p.name: RawStream()(p.argType) for p in params if p.name}


def read_do_blocks(text: str) -> BodyReading:
    """The statements inside the PL/pgSQL `DO` blocks of SQL text (a data step), with the line
    each has in `text`. read_sql sees a DO as one statement naming nothing: its body is a string
    constant, which only the PL/pgSQL parser reads. Blocks in other languages give nothing."""
    try:
        stmts = pglast.parse_sql(text)
    except pglast.parser.ParseError:
        return BodyReading()
    out, dynamic = [], []
    for raw in stmts:
        if not isinstance(raw.stmt, ast.DoStmt):
            continue
        options = {o.defname: o.arg.sval for o in raw.stmt.args or () if isinstance(o.arg, ast.String)}
        if options.get("language", "plpgsql").lower() != "plpgsql" or "as" not in options:
            continue
        body = options["as"]
        # the body's first line: where its quoted string starts in `text`
        at = text.find(body, raw.stmt_location or 0)
        first = 1 + text.count("\n", 0, at if at >= 0 else raw.stmt_location or 0)
        reading = _read_plpgsql_text("FUNCTION", "", " RETURNS void", body)
        shift = first - 1
        out += [replace(s, line=s.line + shift, references=tuple(replace(r, line=r.line + shift) for r in s.references))
                for s in reading.statements]
        dynamic += [line + shift for line in reading.dynamic]
    return BodyReading(tuple(out), tuple(dynamic))


def _read_plpgsql(fn: Function) -> BodyReading:
    kind = "PROCEDURE" if fn.is_procedure else "FUNCTION"
    result = f" RETURNS {fn.result}" if fn.result and not fn.is_procedure else ""
    return _read_plpgsql_text(kind, fn.arguments, result, fn.body)


def _read_plpgsql_text(kind: str, arguments: str, result: str, body: str) -> BodyReading:
    text = f"CREATE {kind} f({arguments}){result} LANGUAGE plpgsql AS {dollar_quoted(body)}"
    try:
        tree = pglast.parse_plpgsql(text)[0]["PLpgSQL_function"]
    except (pglast.parser.ParseError, KeyError, IndexError):
        return BodyReading()  # PostgreSQL's validator reports the syntax error with its line
    variables = _variables(tree.get("datums", ()))
    out, dynamic = [], []
    for line, expr in _expressions(tree, 1):
        query, mode = expr.get("query", ""), expr.get("parseMode", 0)
        stmt = _expression_statement(query, mode, line, variables)
        if stmt is not None:
            out.append(stmt)
    for line, _ in _statements_of(tree, "PLpgSQL_stmt_dynexecute", 1):
        dynamic.append(line)
    return BodyReading(tuple(out), tuple(sorted(set(dynamic))))


def _variables(datums) -> dict[str, str | None]:
    """name -> type name of every variable, parameter and record (None: no plain type)."""
    out: dict[str, str | None] = {}
    for datum in datums:
        for kind, body in datum.items():
            name = body.get("refname", "")
            if not name or name.startswith("("):
                continue
            typname = body.get("datatype", {}).get("PLpgSQL_type", {}).get("typname")
            plain = typname if kind == "PLpgSQL_var" and typname and "%" not in typname else None
            out[name] = plain if out.get(name, plain) == plain else None  # two blocks, two types
    return out


def _expressions(node, line: int):
    """(line, PLpgSQL_expr) for every expression and embedded statement of the tree."""
    if isinstance(node, list):
        for item in node:
            yield from _expressions(item, line)
    elif isinstance(node, dict):
        line = node.get("lineno", line)
        for key, value in node.items():
            if key == "PLpgSQL_expr":
                yield line, value
            else:
                yield from _expressions(value, line)


def _statements_of(node, kind: str, line: int):
    if isinstance(node, list):
        for item in node:
            yield from _statements_of(item, kind, line)
    elif isinstance(node, dict):
        line = node.get("lineno", line)
        for key, value in node.items():
            if key == kind:
                yield value.get("lineno", line), value
            yield from _statements_of(value, kind, line)


def _expression_statement(query: str, mode: int, line: int, variables) -> BodyStatement | None:
    """An expression or assignment becomes SELECT expr; a statement is parsed as it is."""
    target = None
    if mode in _ASSIGN_MODES:
        target, query = _split_assignment(query)
        if query is None:
            return None
    sql = _SELECT + query if mode in _EXPRESSION_MODES + _ASSIGN_MODES else query
    try:
        stmts = pglast.parse_sql(sql)
    except pglast.parser.ParseError:
        return None
    if len(stmts) != 1:
        return None
    stmt = _statement(stmts[0].stmt, sql, line, variables, sql, 0)
    if target is not None:
        stmt = _with_target(stmt, target, line)
    return stmt


def _split_assignment(query: str) -> tuple[str, str | None]:
    """`NEW."updated_at" := now()` -> ('NEW."updated_at"', 'now()'), with PostgreSQL's scanner."""
    for token in pglast.parser.scan(query):
        if token.name in ("COLON_EQUALS", "ASCII_61"):
            return query[: token.start].strip(), query[token.end + 1:].strip()
    return "", None


def _with_target(stmt: BodyStatement, target: str, line: int) -> BodyStatement:
    """An assignment to `NEW.col` writes that column of the trigger's table."""
    try:
        ref = pglast.parse_sql(_SELECT + target)[0].stmt.targetList[0].val
    except (pglast.parser.ParseError, AttributeError, IndexError):
        return stmt
    names = [f.sval for f in getattr(ref, "fields", ()) if isinstance(f, ast.String)]
    if len(names) == 2 and names[0] in RECORD_NAMES:
        write = Reference("field", names[0], column=names[1], line=line, writes=True)
        return BodyStatement(stmt.line, stmt.sql, stmt.references + (write,), stmt.prepared,
                             stmt.parameter_types)
    return stmt


def _statement(node, sql: str, line: int, variables: dict[str, str | None], text: str,
               offset: int) -> BodyStatement:
    refs = statement_references(node, text, line, frozenset(variables), offset)
    prepared, types = _parameterised(node, variables) if isinstance(node, _PREPARABLE) else (None, ())
    return BodyStatement(line, sql, tuple(refs), prepared, types)


def _parameterised(node, variables: dict[str, str | None]) -> tuple[str | None, tuple[str, ...]]:
    """The statement with each variable replaced by $n, and the types of $1..$n; (None, ())
    when a variable has no plain type or is used as a record."""
    numbers: dict[str, int] = {}
    blocked = []

    def visit(value):
        if isinstance(value, ast.ParamRef):  # `$1` for the first parameter: numbers would clash
            blocked.append("$")
            return value
        if isinstance(value, ast.ColumnRef):
            names = [f.sval if isinstance(f, ast.String) else None for f in value.fields]
            if len(names) == 1 and names[0] in variables:
                if variables[names[0]] is None:
                    blocked.append(names[0])
                    return value
                number = numbers.setdefault(names[0], len(numbers) + 1)
                return ast.ParamRef(number=number, location=value.location)
            if len(names) == 2 and (names[0] in variables or names[0] in RECORD_NAMES):
                blocked.append(names[0])
            return value
        if isinstance(value, ast.Node):
            for name in value:
                child = getattr(value, name)
                if isinstance(child, (ast.Node, list, tuple)):
                    setattr(value, name, visit(child))
            return value
        if isinstance(value, (list, tuple)):
            return type(value)(visit(v) for v in value)
        return value

    rewritten = visit(node)
    if blocked:
        return None, ()
    types = tuple(variables[name] for name, _ in sorted(numbers.items(), key=lambda kv: kv[1]))
    return RawStream()(rewritten), types
