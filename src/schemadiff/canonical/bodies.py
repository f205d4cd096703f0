"""Function bodies and cron commands checked against the desired schema, in the scratch database.

`check_function_bodies` only parses PL/pgSQL, so a body that writes a renamed or dropped column is
accepted and fails at its first call (PITFALLS). Here, with the whole desired schema built:
  1. (check_references) every column a body or cron command names is looked up in the desired
     model (plan/body_checks.py, pure), which also says when a declared `renamed_from` is the cause;
  then (check_bodies):
  2. every relation, function and type it names must exist (catalog look-ups, so pg_catalog's
     and extensions' objects count);
  3. each embedded statement is PREPAREd with the PL/pgSQL variables as typed parameters, so
     PostgreSQL's own analysis finds wrong columns, operators and types; always rolled back;
  4. where the server offers the plpgsql_check extension, it checks every PL/pgSQL function too
     (created inside a transaction that is rolled back, never required).
Not covered: dynamic SQL (EXECUTE of a string), statements using record variables or `%TYPE`
variables (step 1 still applies to them), tables a body creates itself.
"""

from __future__ import annotations

import psycopg

from ..errors import SpecError
from ..model import CronJob, Database, Function
from ..plan.body_checks import BodyProblem, check_command, check_routine, function_owner, trigger_tables
from ..plan.body_references import BodyReading, BodyStatement, read_routine, read_sql
from ..quoting import qualified
from ..render.bodies import deallocate, prepare
from ..sqlfiles import query_text

_STATEMENT = "_schemadiff_body_check"
# A reference of each kind exists when its query finds the name in one of its schemas
_CATALOG = {
    "table": query_text(__package__, "relation_named"),
    "function": query_text(__package__, "function_named"),
    "type": query_text(__package__, "type_named"),
}
_SEARCH = ["pg_catalog", "public"]  # schema.yaml's names resolve with search_path = public


def check_references(hints: Database, built: Database, jobs: tuple[CronJob, ...], source: str) -> None:
    """Raise a SpecError naming the first function or cron job whose body names a column the
    desired schema lacks (say which declared rename caused it); `hints` holds renamed_from."""
    for fn in built.of_kind("function"):
        _raise_first(check_routine(fn, built, hints, read_routine(fn)), _key(fn), source)
    for job in jobs:
        if job.database is None:
            owner, key = f"cron job {job.name!r}", f"cron.jobs.{job.name}.command"
            _raise_first(check_command(owner, read_sql(job.command), built, hints), key, source)


def check_bodies(conn: psycopg.Connection, built: Database, source: str,
                 privileged: psycopg.Connection | None = None) -> None:
    """Raise a SpecError naming the first function whose body names a relation, function or type
    that does not exist, or a statement PostgreSQL's analysis (or plpgsql_check) rejects.
    `privileged`: the same database as the connecting role, which may create plpgsql_check (an
    untrusted extension) where the build's least-privilege role may not."""
    for fn in built.of_kind("function"):
        reading = read_routine(fn)
        if reading.statements:
            _raise_first(_unknown_names(conn, function_owner(fn), reading, _schemas(fn)), _key(fn), source)
            _raise_first(_prepare_all(conn, fn, reading), _key(fn), source)
    _raise_first(plpgsql_check(privileged or conn, built), "", source)


def _key(fn: Function) -> str:
    return f"schemas.{fn.schema}.functions.{fn.name}"


def _raise_first(problems: list[BodyProblem], key: str, source: str) -> None:
    if problems:
        p = problems[0]
        raise SpecError(p.message, source, key=p.key or key,
                        hint=f"line {p.line} of the body; fix the body (or the template that renders it)")


def _schemas(fn: Function) -> list[str]:
    """Where the body's unqualified names resolve: its own search_path, else schema.yaml's."""
    setting = fn.setting("search_path")
    if setting is None:
        return _SEARCH
    names = [part.strip().strip('"') for part in setting.split(",")]
    return ["pg_catalog"] + [n for n in names if n and n != "$user"]


def _unknown_names(conn: psycopg.Connection, owner: str, reading: BodyReading,
                   search: list[str]) -> list[BodyProblem]:
    created = {r.name for r in reading.references if r.kind == "created"}
    out, seen = [], set()
    for ref in reading.references:
        if ref.kind not in _CATALOG or (ref.kind == "table" and ref.name in created):
            continue
        key = (ref.kind, ref.schema, ref.name)
        if key in seen:
            continue
        seen.add(key)
        schemas = [ref.schema] if ref.schema else search
        if conn.execute(_CATALOG[ref.kind], (ref.name, schemas)).fetchone() is None:
            what = "relation" if ref.kind == "table" else ref.kind
            out.append(BodyProblem(owner, ref.line, f"{owner}, line {ref.line} of its body: {what} "
                                                    f"{ref.display()} does not exist"))
    return out


def _prepare_all(conn: psycopg.Connection, fn: Function, reading: BodyReading) -> list[BodyProblem]:
    """PREPARE each statement that stands on its own, with the function's search_path."""
    created = {r.name for r in reading.references if r.kind == "created"}
    search_path = fn.setting("search_path") or "public"
    for stmt in reading.statements:
        if stmt.prepared is None or any(r.kind == "table" and r.name in created for r in stmt.references):
            continue
        message = _prepare(conn, stmt, search_path)
        if message is not None:
            owner = function_owner(fn)
            return [BodyProblem(owner, stmt.line, f"{owner}, line {stmt.line} of its body: {message}")]
    return []


def _prepare(conn: psycopg.Connection, stmt: BodyStatement, search_path: str) -> str | None:
    """PostgreSQL's message when the statement does not analyse, or None (also when a variable's
    type cannot be named: nothing is claimed then)."""
    try:
        with conn.transaction(force_rollback=True):  # its search_path (SET LOCAL) ends with it
            conn.execute(query_text(__package__, "body_search_path"), (search_path,))
            types = [_type_name(conn, t) for t in stmt.parameter_types]
            if None in types:
                return None
            conn.execute(prepare(_STATEMENT, types, stmt.prepared))
            conn.execute(deallocate(_STATEMENT))
            return None
    except psycopg.Error as exc:
        return (exc.diag.message_primary or str(exc)).strip()


def _type_name(conn: psycopg.Connection, name: str) -> str | None:
    """The type as PostgreSQL prints it (quoted where needed); None if unknown or polymorphic."""
    row = conn.execute(query_text(__package__, "type_display"), (name,)).fetchone()
    return row[0] if row is not None and row[1] != "p" else None


def plpgsql_check(conn: psycopg.Connection, built: Database) -> list[BodyProblem]:
    """Errors the plpgsql_check extension finds, when the server has it; nothing otherwise."""
    if conn.execute(query_text(__package__, "plpgsql_check_available")).fetchone() is None:
        return []
    try:
        with conn.transaction(force_rollback=True):  # the extension is created for the check only
            conn.execute(query_text(__package__, "plpgsql_check_create"))
            return [p for fn in built.of_kind("function") if fn.language == "plpgsql"
                    for p in _check_function(conn, fn, built)]
    except psycopg.Error:
        return []  # not allowed to create it here (not a superuser): the other checks stand


def _check_function(conn: psycopg.Connection, fn: Function, built: Database) -> list[BodyProblem]:
    oid = conn.execute(query_text(__package__, "regprocedure_oid"),
                       (f"{qualified(fn.schema, fn.name)}({fn.signature})",)).fetchone()[0]
    if oid is None:
        return []
    if fn.result == "trigger":
        relids = [conn.execute(query_text(__package__, "regclass_oid"), (qualified(t.schema, t.name),)).fetchone()[0]
                  for t in trigger_tables(fn, built)]
    else:
        relids = [0]
    owner, out = function_owner(fn), []
    for relid in relids:
        rows = conn.execute(query_text(__package__, "plpgsql_check_errors"), (oid, relid or 0)).fetchall()
        out += [BodyProblem(owner, line or 0, f"{owner}, line {line} of its body: {msg} (plpgsql_check)",
                            _key(fn)) for line, msg in rows]
    return out
