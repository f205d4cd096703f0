"""SQL-text fields read by PostgreSQL's own parser (pglast, libpg_query) before anything runs.

A field of schema.yaml is formatted into DDL: a default of `0); CREATE ROLE x; --` would be
two statements once wrapped in `DEFAULT (...)`. So each field is parsed as exactly what it
claims to be (one expression, one type name, one SELECT, one statement) and refused otherwise.

Two checks together make a field unable to leave its place in the statement around it:
- the text alone is scanned by PostgreSQL's lexer: every quote and comment is closed, no
  parenthesis closes one the text did not open, and no `;` ends a statement;
- the text is parsed inside a wrapper shaped like the DDL it goes into, and the tree must be
  exactly one statement holding exactly one node of the claimed kind, nothing else.

Each check raises RuleError (path relative to the field) with what the field must be; pydantic
validators and the diagnostics turn it into `schema.yaml:<line>: <key>: ...`. The functions are
plain text -> None so other layers can reuse them.
"""

from __future__ import annotations

import json
from typing import Any

from pglast import parser

from .paths import RuleError

_OPEN, _CLOSE, _SEMI = "ASCII_40", "ASCII_41", "ASCII_59"
# Nodes that change data or the catalog: never legal inside an expression, type or view query
# (a data-modifying WITH is refused by PostgreSQL in a view and in a sub-select anyway).
_WRITES = ("InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt")


def parse(text: str, what: str = "it") -> list[dict]:
    """The statements of `text` as pglast's JSON tree (`[{"stmt": {...}}]`), or RuleError."""
    try:
        return json.loads(parser.parse_sql_json(text)).get("stmts", [])
    except parser.ParseError as exc:
        raise RuleError(f"PostgreSQL rejected {what}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    return str(exc.args[0] if exc.args else exc).split(", at index")[0]


def scan_contained(text: str, what: str, semicolons: bool = False, alone: bool = False) -> None:
    """Refuse text that could end its place in a statement: an unclosed quote or comment, a `)`
    closing a parenthesis it did not open, (unless `semicolons`) a `;`, and (unless `alone`:
    nothing is written after it) a final `--` comment."""
    if not text.strip():
        raise RuleError(f"{what} is empty")
    try:
        tokens = parser.scan(text)
    except parser.ParseError as exc:
        raise RuleError(f"{what} is not valid SQL: {_reason(exc)}") from None
    depth = 0
    for token in tokens:
        depth += (token.name == _OPEN) - (token.name == _CLOSE)
        if depth < 0:
            raise RuleError(f"{what} closes a parenthesis it did not open, at "
                            f"{text[token.start:token.start + 20]!r}")
        if token.name == _SEMI and not semicolons:
            raise RuleError(f"{what} must be one piece of SQL; found ';' ending a statement")
        if token.name == "SQL_COMMENT" and not alone and "\n" not in text[token.end + 1:]:
            # `--` runs to the end of the line: it would hide the SQL written after the field.
            raise RuleError(f"{what} ends in a `--` comment, which would hide what follows it",
                            hint="use /* ... */, or end the text with a new line")
    if depth:
        raise RuleError(f"{what} leaves a parenthesis open")


def _wrapped(prefix: str, text: str, suffix: str, what: str) -> dict:
    """The one statement `prefix text suffix` parses to (newlines end a trailing `--`)."""
    scan_contained(text, what)
    stmts = parse(f"{prefix}\n{text}\n{suffix}", what)
    if len(stmts) != 1:
        raise RuleError(f"{what} must be one piece of SQL; found {len(stmts)} statements")
    return stmts[0]["stmt"]


def _only(node: dict, kind: str, allowed: set[str], what: str, expected: str) -> dict:
    """`node[kind]`, refusing any key beyond `allowed` (a clause the text smuggled in)."""
    body = node.get(kind)
    extra = set(body or {}) - allowed
    if body is None or extra:
        raise RuleError(f"{what} must be {expected}; PostgreSQL reads more than that")
    return body


def _walk(node: Any):
    """Every node name (dict key starting upper case) in a JSON tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key[:1].isupper():
                yield key
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _refuse(tree: Any, names: tuple[str, ...], what: str, why: str) -> None:
    found = next((n for n in _walk(tree) if n in names), None)
    if found:
        raise RuleError(f"{what} {why} (found {found})")


# --- the field kinds ------------------------------------------------------------------------

_SELECT_KEYS = {"targetList", "limitOption", "op"}


def expression(text: str, what: str = "an expression", subqueries: bool = False) -> str:
    """One value expression (a default, check, generated column, predicate, policy clause).

    `subqueries`: a policy may read other tables; a default, check, generated column or index
    predicate may not (PostgreSQL refuses a sub-select there too, later and with less context).
    """
    stmt = _wrapped("SELECT (", text, ")", what)
    select = _only(stmt, "SelectStmt", _SELECT_KEYS, what, "one SQL expression")
    targets = select.get("targetList", [])
    if len(targets) != 1 or set(targets[0]["ResTarget"]) - {"val", "location"}:
        raise RuleError(f"{what} must be one SQL expression; found {len(targets)}")
    _refuse(targets, _WRITES, what, "cannot change data")
    if not subqueries:
        _refuse(targets, ("SubLink",), what, "cannot contain a sub-select")
    return text


def type_name(text: str, what: str = "a type") -> str:
    """One type name: `numeric(15,4)`, `timestamp with time zone`, `"My Type"[]`, `s.t`."""
    stmt = _wrapped("SELECT NULL::", text, "", what)
    select = _only(stmt, "SelectStmt", _SELECT_KEYS, what, "one type name")
    targets = select.get("targetList", [])
    val = targets[0]["ResTarget"].get("val", {}) if len(targets) == 1 else {}
    cast = val.get("TypeCast")
    if cast is None or "A_Const" not in cast.get("arg", {}) or not cast["arg"]["A_Const"].get("isnull"):
        raise RuleError(f"{what} must be one type name")
    _refuse(cast["typeName"], ("SubLink", "SelectStmt", "FuncCall"), what, "must be a type name")
    return text


def query(text: str, what: str = "a view query") -> str:
    """Exactly one SELECT (VALUES, set operations and read-only WITH included)."""
    scan_contained(text, what, semicolons=True)
    stmts = parse(text, what)
    if len(stmts) != 1:
        raise RuleError(f"{what} must be one SELECT; found {len(stmts)} statements")
    select = stmts[0]["stmt"].get("SelectStmt")
    if select is None:
        raise RuleError(f"{what} must be one SELECT; found {_kind(stmts[0])}")
    if "intoClause" in select:
        raise RuleError(f"{what} must be one SELECT; SELECT INTO creates a table")
    _refuse(select, _WRITES, what, "cannot change data")
    return text


def statement(text: str, what: str = "a command") -> dict:
    """Exactly one statement of any kind (a pg_cron command, passed as a literal); its tree."""
    scan_contained(text, what, semicolons=True, alone=True)
    stmts = parse(text, what)
    if len(stmts) != 1:
        raise RuleError(f"{what} must be one SQL statement; found {len(stmts)} statements",
                        hint="wrap several statements in a procedure, or a DO block")
    return stmts[0]["stmt"]


def _kind(stmt: dict) -> str:
    return next(iter(stmt["stmt"]), "nothing")


def index_element(text: str, what: str = "an index key") -> str:
    """One index key as CREATE INDEX takes it: `email`, `lower(email)`, `a DESC NULLS LAST`."""
    stmt = _wrapped("CREATE INDEX ON t (", text, ")", what)
    index = _only(stmt, "IndexStmt", {"relation", "accessMethod", "indexParams"}, what,
                  "one index key")
    if len(index["indexParams"]) != 1:
        raise RuleError(f"{what} must be one index key; found {len(index['indexParams'])}",
                        hint="list each key as its own entry")
    _refuse(index["indexParams"], _WRITES + ("SubLink",), what, "cannot contain a sub-select")
    return text


def exclusion(text: str, what: str = "an exclusion definition") -> str:
    """`EXCLUDE USING gist (room WITH =, during WITH &&) [WHERE (...)]`: one constraint."""
    stmt = _wrapped("ALTER TABLE t ADD", text, "", what)
    alter = _only(stmt, "AlterTableStmt", {"relation", "cmds", "objtype"}, what,
                  "one EXCLUDE constraint")
    cmds = alter["cmds"]
    cons = cmds[0]["AlterTableCmd"].get("def", {}).get("Constraint", {}) if len(cmds) == 1 else {}
    if cons.get("contype") != "CONSTR_EXCLUSION":
        raise RuleError(f"{what} must be one EXCLUDE constraint")
    _refuse(cons, _WRITES + ("SubLink",), what, "cannot contain a sub-select")
    return text


_FUNCTION_KEYS = {"funcname", "parameters", "returnType", "options"}


def _function(params: str, returns: str, what: str) -> dict:
    stmt = _wrapped(f"CREATE FUNCTION f({params}) RETURNS", returns, "LANGUAGE sql AS ''", what)
    fn = _only(stmt, "CreateFunctionStmt", _FUNCTION_KEYS, what, "what its key says")
    if len(fn.get("options", [])) != 2:  # exactly the wrapper's LANGUAGE and AS
        raise RuleError(f"{what} must be what its key says; PostgreSQL reads function options in it")
    return fn


def returns(text: str, what: str = "returns") -> str:
    """A function's result: `jsonb`, `SETOF uuid`, `TABLE(id uuid, n integer)`, `trigger`."""
    fn = _function("", text, what)
    for param in fn.get("parameters", []):  # only RETURNS TABLE (...) adds parameters here
        if param["FunctionParameter"].get("mode") != "FUNC_PARAM_TABLE":
            raise RuleError(f"{what} must be a result type")
    _refuse(fn["returnType"], ("SubLink",), what, "must be a result type")
    return text


def argument(text: str, what: str = "an argument") -> str:
    """One argument of CREATE FUNCTION: `[mode] [name] type [DEFAULT expr]`."""
    scan_contained(text, what)
    fn = _function(text, "void", what)
    if len(fn.get("parameters", [])) != 1:
        raise RuleError(f"{what} must be one function argument; found "
                        f"{len(fn.get('parameters', []))}")
    _refuse(fn["parameters"], _WRITES + ("SubLink",), what, "cannot contain a sub-select")
    return text


def argument_types(text: str, what: str = "the argument types") -> str:
    """A function's identifying argument list, as in `GRANT ... ON FUNCTION f(<text>)`."""
    if not text.strip():
        return text  # f(): no arguments
    scan_contained(text, what)
    fn = _function(text, "void", what)
    for param in fn.get("parameters", []):
        if "defexpr" in param["FunctionParameter"]:
            raise RuleError(f"{what} must list argument types, without defaults")
    return text


def standard_body(header: str, body: str, what: str = "the body") -> str:
    """A SQL-standard body (`RETURN expr`, `BEGIN ATOMIC ... END`) is SQL after the header, not
    a quoted string: it must end the one CREATE FUNCTION statement."""
    scan_contained(body, what, semicolons=True)
    stmts = parse(f"{header}\n{body}", what)
    fn = stmts[0]["stmt"].get("CreateFunctionStmt", {}) if len(stmts) == 1 else {}
    if "sql_body" not in fn:
        raise RuleError(f"{what} must be one RETURN expression or one BEGIN ATOMIC ... END block; "
                        f"found {len(stmts)} statements")
    return body


def partition_key(text: str, what: str = "a partition key") -> str:
    """`RANGE (created_at)`, `LIST (lower(region))`, `HASH (id)`: one PARTITION BY clause."""
    stmt = _wrapped("CREATE TABLE t () PARTITION BY", text, "", what)
    create = _only(stmt, "CreateStmt", {"relation", "partspec", "oncommit"}, what,
                   "one partition key, like RANGE (created_at)")
    _refuse(create["partspec"], _WRITES + ("SubLink",), what, "cannot contain a sub-select")
    return text


def partition_bound(text: str, what: str = "a partition bound") -> str:
    """`FROM ('2024-01-01') TO ('2025-01-01')`, `IN ('eu', 'us')`, `WITH (MODULUS 4, REMAINDER 0)`."""
    stmt = _wrapped("CREATE TABLE t PARTITION OF p FOR VALUES", text, "", what)
    create = _only(stmt, "CreateStmt", {"relation", "inhRelations", "partbound", "oncommit"}, what,
                   "one partition bound, like FROM (1) TO (10), IN (1, 2) or WITH (MODULUS 4, REMAINDER 0)")
    _refuse(create["partbound"], _WRITES + ("SubLink",), what, "cannot contain a sub-select")
    return text
