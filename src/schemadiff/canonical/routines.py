"""Function bodies checked once everything else exists.

The build creates functions with check_function_bodies off, so a function can come before the
tables its body mentions (a SQL body is otherwise checked at creation). Once the whole schema is
built, each SQL and PL/pgSQL function is created again (CREATE OR REPLACE, same text) with the
checks on: a broken body fails the plan, naming the function, before any target is touched.
"""

from __future__ import annotations

import dataclasses

import psycopg

from ..errors import SpecError
from ..model import Database, Function
from ..render.routines import function_sql
from ..sqlfiles import query_text

CHECKED_LANGUAGES = ("sql", "plpgsql")  # the languages whose validators read the body


def validate_bodies(conn: psycopg.Connection, model: Database, source: str) -> None:
    """Raise a SpecError naming the first function whose body PostgreSQL rejects."""
    conn.execute(query_text(__package__, "check_function_bodies"))
    for fn in model.of_kind("function"):
        if fn.language in CHECKED_LANGUAGES and not fn.sql_standard_body:
            _check(conn, fn, source)


def _check(conn: psycopg.Connection, fn: Function, source: str) -> None:
    try:
        # LEAKPROOF needs a superuser (canonical/build.py) and does not touch the body
        conn.execute(function_sql(dataclasses.replace(fn, leakproof=False), replace=True))
    except psycopg.Error as exc:
        diag = exc.diag
        message = (diag.message_primary or str(exc)).strip()
        where = f" ({diag.context.strip().splitlines()[0]})" if diag.context else ""
        kind = "procedure" if fn.is_procedure else "function"
        raise SpecError(f"{kind} {fn.schema}.{fn.name}({fn.signature}): PostgreSQL rejected its "
                        f"body: {message}{where}", file=source,
                        hint="fix the body (or the template that renders it)") from None
