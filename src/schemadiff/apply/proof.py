"""Prove a plan before anyone sees it: in a scratch database, build the current state of what the
plan touches (proof_scope.py), run the migration, check it reached the desired state; run the
rollback, check it came back."""

from __future__ import annotations

from ..canonical import ScratchServer, build_in, remaining
from ..canonical.scratch import extension_names
from ..db.connect import connect
from ..errors import PlanProofError, SchemaDiffError, SpecError
from ..introspect import introspect
from ..model import Database
from ..plan import Plan
from ..plan.cron import without_cron
from ..render import batches
from ..sqlfiles import query_text
from ..model.data_steps import KIND as DATA_STEP
from .executor import Timeouts, run_batches
from .history import ensure_table
from .data_steps import failing_step
from .proof_scope import scoped

CANNOT_COERCE = "42846"  # `cannot cast type integer to uuid`: no cast, USING needed


def prove(scratch: ScratchServer, current: Database, desired: Database, forward: Plan, rollback: Plan) -> None:
    """Raise PlanProofError (a schemadiff bug, never the user's) when either direction misses."""
    current, desired, forward, rollback = without_cron(current, desired, forward, rollback)
    if forward.empty and rollback.empty:
        return  # only pg_cron jobs change: nothing a scratch database can hold
    # Only what the plan touches, what depends on it and what that needs (proof_scope.py says
    # why the rest cannot change the outcome): a 5 % edit of 2,000 tables builds ~100, not 2,000.
    current, desired = scoped(current, desired, forward, rollback)
    with scratch.database(extension_names(current, desired)) as url, \
            connect(_proof_url(scratch, url, current, desired), autocommit=True, session=True) as conn:
        # A scratch database is thrown away: waiting for each of thousands of DDL commits to
        # reach disk proves nothing (the same statements, the same order, the same catalogs).
        conn.execute(query_text(__package__, "proof_session"))
        build_in(conn, current, source="the current database")
        # Everything here is rendered from models already read with the refusal on (the target,
        # schema.yaml's canonical build), so only a data step, the user's own SQL, could add
        # what the model cannot hold: the reads after one refuse it, as on the target.
        user_sql = has_data_steps(forward, rollback)
        if user_sql:
            ensure_table(conn)  # the record the data steps write, next to the history, as on the target
        start = introspect(conn, refuse=False)
        _run(conn, forward, "migration")
        _check(scratch, introspect(conn, refuse=user_sql), desired, "the migration did not reach schema.yaml")
        _run(conn, rollback, "rollback")
        _check(scratch, introspect(conn, refuse=user_sql), start, "the rollback did not return to the current state")


def has_data_steps(*plans: Plan) -> bool:
    """Whether any plan runs the user's own SQL (a data step: DO and CALL can run DDL)."""
    return any(op.target.kind == DATA_STEP for p in plans for op in p.ops)


def _proof_url(scratch: ScratchServer, url: str, *models: Database) -> str:
    """Only a superuser may create a LEAKPROOF function: such a plan is proven as the scratch
    server's own role rather than its least-privilege one."""
    # So may ALTER DEFAULT PRIVILEGES FOR ROLE r only a member of r (a superuser is one).
    if any(fn.leakproof for m in models for fn in m.of_kind("function")) or \
            any(m.of_kind("default_privilege") for m in models):
        return scratch.privileged_url(url)
    return url


def _run(conn, plan: Plan, what: str) -> None:
    try:
        run_batches(conn, batches(plan), Timeouts(lock_timeout="10s", retries=0))
    except SchemaDiffError as exc:
        failed = failing_step(plan, str(exc))
        if failed is not None:  # the user's SQL, not a schemadiff bug: its file, line and name
            raise failed from None
        if getattr(exc, "sqlstate", None) == CANNOT_COERCE:  # the user's to say, not our bug
            raise SpecError(f"a column's type change has no conversion PostgreSQL knows: {exc}",
                            hint="declare `using:` on that column with the conversion, e.g. "
                                 "`using: \"amount::numeric::integer\"`") from None
        raise PlanProofError(f"the {what} failed in the scratch database: {exc}") from None


def _check(scratch: ScratchServer, reached: Database, wanted: Database, message: str) -> None:
    leftover = remaining(reached, wanted, scratch)
    if not leftover.empty:
        first = "; ".join(op.describe() for op in leftover.ops[:5])
        raise PlanProofError(f"{message}; still to do: {first}")
