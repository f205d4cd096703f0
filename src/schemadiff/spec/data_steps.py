"""The `data:` block: named SQL that moves rows once, in the migration that needs it.

Each step's SQL is read by PostgreSQL's parser (pglast) at load time: every statement must be
one a migration's transaction can run and that changes rows, not structure (structure is what
the rest of schema.yaml declares; a step that created a table would make every plan differ).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pglast import parser
from pydantic import Field, model_validator

from ..errors import SpecError
from ..model.data_steps import DataStep
from .fields import Name, Spec, SqlText
from .paths import Path, RuleError, display_path
from .sql_checks import scan_contained
from .templates import render as render_template

if TYPE_CHECKING:
    from .documents import SpecDocument

# What a data step may run. Everything else is refused by name: transaction control (a step runs
# inside the migration's transaction, where COMMIT would end it half-way), VACUUM and CREATE INDEX
# CONCURRENTLY (refused in a transaction block), and DDL (declare it in schema.yaml instead).
ALLOWED = {
    "InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE", "MergeStmt": "MERGE",
    "SelectStmt": "SELECT", "DoStmt": "DO", "CallStmt": "CALL", "LockStmt": "LOCK",
    "TruncateStmt": "TRUNCATE", "VariableSetStmt": "SET LOCAL",
}
_WHY = {
    "TransactionStmt": "a data step runs inside the migration's transaction",
    "VacuumStmt": "VACUUM cannot run inside a transaction",
    "IndexStmt": "indexes are declared under a table's indexes:",
}


class DataStepSpec(Spec):
    sql: SqlText | None = None  # one or more statements, run as written
    template: SqlText | None = None  # or a template's name, rendered with `vars` (like functions)
    vars: dict[Name, Any] = {}
    schema_: Name | None = Field(None, alias="schema")  # the template's `schema` (default public)
    rollback: SqlText | None = None  # SQL undoing it; without it, `schemadiff rollback` leaves its rows
    rollback_template: SqlText | None = None  # or a template undoing it, with the same `vars`/`schema`
    after: list[SqlText] = []  # run after these: a table, table.column, function or data step
    before: list[SqlText] = []  # and before these
    comment: SqlText | None = None  # for readers of schema.yaml

    model_config = Spec.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _one_source(self):
        if (self.sql is None) == (self.template is None):
            raise RuleError("a data step needs exactly one of `sql` and `template`")
        if self.rollback is not None and self.rollback_template is not None:
            raise RuleError("a data step has at most one of `rollback` and `rollback_template`",
                            ("rollback_template",))
        for key in ("vars", "schema_"):
            if getattr(self, key) and self.template is None and self.rollback_template is None:
                raise RuleError(f"`{key.rstrip('_')}` is only for a `template`", (key.rstrip("_"),))
        return self


def data_steps(doc: SpecDocument) -> tuple[DataStep, ...]:
    """The declared steps in file order, rendered and checked; a mistake names file and line."""
    return tuple(_step(doc, name, spec) for name, spec in doc.data.items())


def _step(doc: SpecDocument, name: str, spec: DataStepSpec) -> DataStep:
    key = "sql" if spec.sql is not None else "template"
    sql = spec.sql if spec.sql is not None else _rendered(doc, name, spec, "template")
    line = _text_line(doc, ("data", name, key), spec.sql)
    run = check_sql(doc, name, sql, ("data", name, key), line)
    rollback, undo = spec.rollback, ()
    if spec.rollback_template is not None:
        rollback = _rendered(doc, name, spec, "rollback_template")
    if rollback is not None:
        path = ("data", name, "rollback" if spec.rollback is not None else "rollback_template")
        undo = check_sql(doc, name, rollback, path, _text_line(doc, path, spec.rollback))
    return DataStep(name, sql, rollback, run, undo, tuple(spec.after), tuple(spec.before), doc.file, line)


def _rendered(doc: SpecDocument, name: str, spec: DataStepSpec, key: str) -> str:
    """A template key's output, with the step's vars and schema (like functions' templates)."""
    return render_template(doc, getattr(spec, key), spec.vars, what=f"data step {name!r}",
                           path=("data", name, key), schema=spec.schema_ or "public")


def _text_line(doc: SpecDocument, path: Path, text: str | None) -> int | None:
    """The line of the text's first character: a block scalar (`sql: |`) starts below its key."""
    line = doc._lines.line(path, value=True)  # noqa: SLF001 (the document's own line map)
    if line is not None and text is not None and "\n" in text.strip("\n") and line == doc.line_of(path):
        return line + 1
    return line


def _split(sql: str, trees: list[dict], line: int | None) -> tuple[tuple[int | None, str], ...]:
    """(line, text) of each statement, as PostgreSQL's parser split `sql` (offsets are bytes)."""
    raw, out = sql.encode("utf-8"), []
    for stmt in trees:
        start = stmt.get("stmt_location", 0)
        end = start + stmt["stmt_len"] if stmt.get("stmt_len") else len(raw)
        text = raw[start:end].decode("utf-8").strip()
        at = _statement_line(sql, _at(RuleError(""), start + _lead(raw[start:end])), line)
        out.append((at, text))
    return tuple(out)


def _lead(chunk: bytes) -> int:
    return len(chunk) - len(chunk.lstrip())


def check_sql(doc: SpecDocument, name: str, sql: str, path: Path, line: int | None) -> tuple:
    """Every statement parses and is one a data step may run (else a SpecError at its line);
    its statements, split."""
    try:
        scan_contained(sql, "the SQL", semicolons=True, alone=True)
        trees = _parsed(sql)
        if not trees:
            raise RuleError("the SQL has no statement")
        for stmt in trees:
            _allowed(stmt, sql)
        return _split(sql, trees, line)
    except RuleError as exc:
        at = _statement_line(sql, exc, line)
        raise SpecError(f"data step {name!r}: {exc.message}", doc.file, at, display_path(path),
                        exc.hint) from None


def _parsed(sql: str) -> list[dict]:
    """The statements' trees; a syntax error keeps its position, for its line."""
    try:
        return json.loads(parser.parse_sql_json(sql)).get("stmts", [])
    except parser.ParseError as exc:
        reason = str(exc.args[0] if exc.args else exc).split(", at index")[0]
        location = exc.args[1] if len(exc.args) > 1 else None  # a byte offset into `sql`
        raise _at(RuleError(f"PostgreSQL rejected the SQL: {reason}"), location) from None


def _allowed(stmt: dict, sql: str) -> None:
    kind = next(iter(stmt["stmt"]), "nothing")
    body = stmt["stmt"].get(kind) or {}
    loc = stmt.get("stmt_location", 0)
    if kind == "SelectStmt" and "intoClause" in body:
        raise _at(RuleError("SELECT INTO creates a table; declare tables in schema.yaml"), loc)
    if kind == "VariableSetStmt" and not body.get("is_local"):
        raise _at(RuleError("SET would outlive the migration; use SET LOCAL"), loc)
    if kind not in ALLOWED:
        why = _WHY.get(kind, "a data step changes rows; declare structure in schema.yaml")
        raise _at(RuleError(f"{_opening(sql, loc)} is not allowed in a data step: {why}"), loc)


def _opening(sql: str, location: int) -> str:
    """The statement's first two words, as the user wrote them (`COMMIT`, `CREATE TABLE`)."""
    words = sql.encode("utf-8")[location:].decode("utf-8", "ignore").replace(";", " ").split()[:2]
    return " ".join(words[:1] if words and words[0].upper() in ("COMMIT", "BEGIN", "ROLLBACK", "VACUUM")
                    else words).upper()


def _at(exc: RuleError, location: int | None) -> RuleError:
    exc.location = location  # byte offset of the statement, for its line
    return exc


def _statement_line(sql: str, exc: Exception, line: int | None) -> int | None:
    """The schema.yaml line of the statement (or parse error) `exc` is about."""
    location = getattr(exc, "location", None)
    if line is None or not isinstance(location, int) or location < 0:
        return line
    prefix = sql.encode("utf-8")[:location].decode("utf-8", "ignore")
    rest = sql[len(prefix):]
    return line + prefix.count("\n") + rest[:len(rest) - len(rest.lstrip())].count("\n")
