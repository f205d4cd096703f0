"""Build a model in a scratch database and read it back: the catalog's canonical text."""

from __future__ import annotations

from dataclasses import replace as dc_replace

import psycopg

from ..errors import SpecError
from ..introspect import introspect
from ..model import Database
from ..plan import make_plan
from ..render import statements
from ..sqlfiles import query_text
from ..db.connect import connect
from .scratch import ScratchServer, extension_names
from ..model.cron import split_cron_jobs
from .cron import check_commands
from .routines import validate_bodies
from .bodies import check_bodies, check_references
from .compression import check_compressions
from .index_methods import check_index_methods
from .storage import check_storage, check_storage_kept
from .default_privileges import check_roles, split_default_privileges


def build_in(conn: psycopg.Connection, model: Database, source: str = "schema.yaml") -> None:
    """Create every object of `model` in the (empty) database of `conn`; a failure names its object
    and carries Postgres's own message."""
    conn.execute(query_text(__package__, "build_search_path"))
    conn.execute(query_text(__package__, "check_function_bodies_off"))
    check_compressions(conn, model, source)  # lz4 only where the server has it, named by column
    # LEAKPROOF needs a superuser, which the scratch role is not (read_back puts it back)
    superuser = conn.info.parameter_status("is_superuser") == "on"
    plain = [] if superuser else [dc_replace(fn, leakproof=False) for fn in model.of_kind("function")
                                  if fn.leakproof]
    for grouped, ops_ in make_plan(Database.of([]), model.replace(*plain)).batches():
        if not (grouped and _sent_together(conn, ops_)):
            _send_each(conn, ops_, source)


def _sent_together(conn: psycopg.Connection, ops_: list) -> bool:
    """All statements of a run of transactional operations in one execute: one round trip and one
    commit instead of one per statement (4,000 at 500 tables). A multi-statement query is one
    implicit transaction, so on any error nothing of it stays and the caller sends the same
    statements again one by one, to name the object that fails (False)."""
    text = ";\n".join(stmt for op in ops_ for stmt in statements(op))
    try:
        conn.execute(text)
    except psycopg.Error:
        return False
    return True


def _send_each(conn: psycopg.Connection, ops_: list, source: str) -> None:
    """One statement per execute (what CONCURRENTLY and ADD VALUE need, and the error path)."""
    for op in ops_:
        for stmt in statements(op):
            try:
                conn.execute(stmt)
            except psycopg.Error as exc:
                check_index_methods(conn, op, source)  # canonical/index_methods.py: named, pg_am's list
                message = (exc.diag.message_primary or str(exc)).strip()
                check_storage(op, message, source)  # canonical/storage.py: named by column and key
                raise SpecError(f"{op.target.display()}: PostgreSQL rejected it: {message}", file=source,
                                hint=f"statement: {stmt.splitlines()[0][:200]}") from None


def read_back(conn: psycopg.Connection, model: Database, *, refuse: bool = True) -> Database:
    """What `build_in` built, as the catalog has it, with LEAKPROOF put back where build_in left
    it out (it changes no deparsed text); `refuse`: as introspect's (False only where `model`
    was itself read with the refusal on)."""
    built = introspect(conn, refuse=refuse)
    leakproof = [built.get(fn.id) for fn in model.of_kind("function") if fn.leakproof]
    return built.replace(*(dc_replace(fn, leakproof=True) for fn in leakproof if fn is not None))


def canonical(scratch: ScratchServer, model: Database, source: str = "schema.yaml") -> Database:
    """The model as the catalog stores it (deparsed expressions, resolved names, real dependencies)."""
    model, cron_jobs = split_cron_jobs(model)  # pg_cron jobs cannot live in a scratch database
    model, defaults = split_default_privileges(model)  # canonical/default_privileges.py: why last
    with scratch.database(extension_names(model)) as url, connect(url, autocommit=True) as conn:
        build_in(conn, model, source)
        if defaults:
            with connect(scratch.privileged_url(url), autocommit=True) as privileged:
                check_roles(privileged, defaults, source)
                build_in(privileged, Database.of(defaults), source)
        built = read_back(conn, model)
        check_storage_kept(model, built, source)  # canonical/storage.py: no declared storage lost
        # canonical/bodies.py: columns first, so that a stale rename is named as such before
        # PostgreSQL's own check of SQL bodies reports only the missing column
        check_references(model, built, cron_jobs, source)
        validate_bodies(conn, model, source)  # canonical/routines.py: bodies checked, all built
        with connect(scratch.privileged_url(url), autocommit=True) as privileged:
            check_bodies(conn, built, source, privileged)  # canonical/bodies.py: names, PREPARE, plpgsql_check
        check_commands(conn, cron_jobs, source)  # canonical/cron.py: run, always rolled back
        return built.replace(*cron_jobs)  # jobs are compared as written: nothing deparses them
