"""The whole flow, one short function per command. The CLI only parses options and prints."""

from __future__ import annotations

import hashlib
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import spec
from .apply import history, proof, recovery
from .apply import data_steps as recorded_steps
from .apply.executor import Progress, Timeouts
from .apply.locking import migration_lock
from .apply.ownership import owned_objects, shifted
from .apply.preflight import Limits, preflight
from .apply.tracked import run_tracked, state
from .canonical import ScratchServer, canonical, choose_scratch, remaining, settle
from .canonical import cache as canonical_cache
from .db.connect import KeptSession, connect, resolve_url, survive_idle
from .db.embedded import embedded_url
from .diff import declared_renames
from .errors import DriftError, PlanProofError, SchemaDiffError, SpecError, UnsafePlanError
from .introspect import introspect
from .model import Database, fingerprint
from .model.cron import split_cron_jobs
from .plan import Plan, plan_pair
from .plan.cron import CronScope
from .diff.conversions import carry_conversions
from .plan import data_steps
from .diff.grants import adopt_unmanaged_grants
from .render import Batch, batches, sql_text
from .reporting import SILENT, Reporter


@dataclass(frozen=True)
class Settings:
    schema: Path = Path("schema.yaml")
    database: str | None = None
    dev_database: str | None = None
    project_dir: Path = Path(".")
    prove: bool = True
    timeouts: Timeouts = Timeouts()
    skip_cron: bool = False  # --skip-cron: every pg_cron job is left as it is (plan/cron.py)
    preflight: bool = True  # --no-preflight: skip the read-only checks on the target's rows
    preflight_limits: Limits = Limits()  # apply/preflight.py: statement_timeout, sampling
    reporter: Reporter = field(default=SILENT, compare=False, repr=False)  # stages and steps: reporting.py

    @property
    def uses_embedded(self) -> bool:
        """No --database, DATABASE_URL or PG* variables: the project's local embedded server."""
        return resolve_url(self.database) is None

    @property
    def manages_cron(self) -> bool:
        """pg_cron jobs are planned unless --skip-cron, or the target is the embedded server: it is
        a local sandbox without pg_cron, never a deploy target (the plan says so in its notes)."""
        return not (self.skip_cron or self.uses_embedded)

    def target_url(self) -> str:
        """--database, DATABASE_URL, PG* variables; else the project's embedded server."""
        url = resolve_url(self.database)
        return url if url is not None else self.embedded()

    def embedded(self) -> str:
        """The project's embedded server's URL, started if needed (seconds: a stage of its own)."""
        with self.reporter.stage("start the embedded server"):
            return embedded_url(self.project_dir)

    @property
    def cache_dir(self) -> Path:
        return self.project_dir / ".schemadiff" / "cache"


@dataclass(frozen=True)
class PlanResult:
    forward: Plan
    rollback: Plan
    current: Database
    desired: Database
    schema_hash: str
    scratch_server: ScratchServer
    recovered: tuple[str, ...] = ()  # what was found and cleaned after a stopped migration
    outcome: str = ""  # how apply ran it: a fresh plan, or the rest of a stopped migration

    @property
    def scratch(self) -> str:
        """Where the desired state was canonicalised."""
        return self.scratch_server.origin

    def migration_sql(self) -> str:
        return sql_text(self.forward, "migration", self.settings_sql())

    def rollback_sql(self) -> str:
        return sql_text(self.rollback, "rollback", self.settings_sql())

    def settings_sql(self) -> tuple[str, ...]:
        return Timeouts().settings()  # the defaults apply uses: a short lock_timeout (lock_waits.py)


def validate(settings: Settings) -> Database:
    """schema.yaml parses and every object is accepted by PostgreSQL (in a scratch database)."""
    doc, model = _load(settings)
    spec.data_steps(doc)  # every data step's SQL parses and may run in a migration
    scratch = _scratch(settings, settings.target_url())
    with _located(doc):
        return _desired(settings, scratch, model)


def compute_plan(settings: Settings, url: str | None = None, *, recover_wait: float | None = 0.0,
                 session: KeptSession | None = None) -> PlanResult:
    """Recover a stopped migration, read both sides, diff, plan forward and back, prove both.

    `recover_wait`: how long to wait for the migration lock to examine a stopped migration
    (None: the caller holds it and has recovered already); `session`: read the target on it (apply
    reads it there again, warm), else on a read-only connection of its own."""
    doc, spec_model = _load(settings)
    steps = spec.data_steps(doc)
    url = url or settings.target_url()
    recovered = _recover(settings, url, recover_wait)
    current = _read(url, settings.reporter, "introspect the target", session)  # read-only snapshot
    pending = data_steps.pending(steps, recorded_steps.recorded_at(url) if steps else {})
    jobs = CronScope.of(spec_model, current, spec.cron_policy(doc, not settings.manages_cron))  # pg_cron
    scratch = _scratch(settings, url)
    with _located(doc):
        desired = jobs.desired(_desired(settings, scratch, jobs.to_build(spec_model)))
    desired = adopt_unmanaged_grants(current, desired, spec_model)  # diff/grants.py
    desired = carry_conversions(desired, spec_model)  # diff/conversions.py: `using:`
    renames = declared_renames(current, desired, hints=spec_model)
    data_steps.check_hints(steps, current, desired)
    forward, rollback = _settled_plans(current, desired, renames, scratch, settings.reporter, pending)
    forward = replace(forward, notes=forward.notes + jobs.notes())
    _prove(settings, scratch, current, desired, forward, rollback)
    forward = _preflight(settings, url, current, forward)
    return PlanResult(forward, rollback, current, desired, _schema_hash(settings.schema), scratch, recovered)


def _preflight(settings: Settings, url: str, current: Database, forward: Plan) -> Plan:
    """The plan with what its steps would meet in the target's rows (read-only queries)."""
    if not settings.preflight or forward.empty:
        return forward
    with settings.reporter.stage("preflight on the target's rows"):
        found = preflight(url, forward, current, settings.preflight_limits)
        return replace(forward, preflight=recorded_steps.behind_steps(forward, found))


def _refuse_failing(plan: Plan) -> None:
    """apply runs nothing when preflight found a step certain to fail."""
    failing = [f for f in plan.preflight if f.fails]
    if failing:
        raise UnsafePlanError(f"preflight: step '{failing[0].step}' is certain to fail: {failing[0].line()}"
                              + (f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""))


def _load(settings: Settings):
    """(the parsed document, its model)."""
    with settings.reporter.stage(f"load {settings.schema.name}"):
        doc = spec.load_spec(settings.schema)
        return doc, spec.to_model(doc)


def _recover(settings: Settings, url: str, wait: float | None) -> tuple[str, ...]:
    """What a stopped migration left, cleaned (None: the caller holds the lock and did it)."""
    if wait is None:
        return ()
    with settings.reporter.stage("check for a stopped migration"):
        return tuple(recovery.recover_url(url, wait, settings.timeouts.lock_timeout))


def _scratch(settings: Settings, url: str) -> ScratchServer:
    with settings.reporter.stage("choose the scratch server"):
        return choose_scratch(url, settings.dev_database, settings.embedded)


def _prove(settings: Settings, scratch: ScratchServer, current: Database, desired: Database,
           forward: Plan, rollback: Plan) -> None:
    if settings.prove and not forward.empty:
        with settings.reporter.stage("proof in the scratch database"):
            proof.prove(scratch, current, desired, forward, rollback)


def _settled_plans(current: Database, desired: Database, renames, scratch: ScratchServer,
                   reporter: Reporter, steps: tuple = ()) -> tuple[Plan, Plan]:
    """(forward, rollback), with text-only differences settled through the scratch database;
    `steps`: the data steps that have not run yet."""
    with reporter.stage("plan"):
        forward, rollback = plan_pair(current, desired, renames, steps)
    if not forward.empty:  # only a non-empty plan can hold a text-only difference
        with reporter.stage("settle text-only differences"):
            settled = settle(current, desired, scratch)
        if settled != current:
            forward, rollback = plan_pair(settled, desired, renames, steps)
            forward = replace(forward, fingerprint_from=fingerprint(current))
    return forward, rollback


@contextmanager
def _located(doc):
    """A SpecError found in the scratch database names its key (a function, a cron job): give it
    that key's line in schema.yaml."""
    try:
        yield
    except SpecError as exc:
        if exc.line is None and exc.key:
            # a list's index (`default_privileges.0.for_role`) is an int in the LineMap
            exc.line = doc.line_of(tuple(int(k) if k.isdigit() else k for k in exc.key.split(".")))
        raise


def _desired(settings: Settings, scratch: ScratchServer, spec_model: Database) -> Database:
    with settings.reporter.stage("build the desired schema in the scratch database") as stage:
        key = canonical_cache.cache_key(spec_model, scratch.version_num)
        cached = canonical_cache.load(settings.cache_dir, key)
        if cached is not None:
            stage.name = "the desired schema from the cache"
            return cached
        desired = canonical(scratch, spec_model, str(settings.schema))
        canonical_cache.store(settings.cache_dir, key, desired)
        return desired


def _schema_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def apply(settings: Settings, *, allow_destructive: bool, confirm, progress: Progress | None = None,
          reviewed: dict | None = None) -> PlanResult:
    """Make the database match schema.yaml: recover, lock, guard, run (or resume), verify, record."""
    url = settings.target_url()
    with KeptSession(url, autocommit=True, session=True) as target:
        return _apply(settings, url, target, allow_destructive, confirm, progress, reviewed)


def _apply(settings: Settings, url: str, target: KeptSession, allow_destructive: bool, confirm,
           progress: Progress | None, reviewed: dict | None) -> PlanResult:
    result = compute_plan(settings, url, recover_wait=30.0, session=target)
    if result.forward.empty:
        return replace(result, outcome=_verified_late(target.get(), result))
    _guard_reviewed(result, reviewed)
    _refuse_failing(result.forward)
    if result.forward.destructive and not allow_destructive:
        lost = "; ".join(m for _, c, m in result.forward.hazards() if c == "deletes_data")
        raise UnsafePlanError(f"the plan deletes data ({lost}); re-run with --allow-destructive")
    if not confirm(result):
        raise SchemaDiffError("apply cancelled; nothing was changed")
    progress = progress or settings.reporter.step
    conn = target.get()  # the plan's own session, unless the server closed it during the prompt
    with _locked(conn, settings.reporter):
        with settings.reporter.stage("check for drift"):
            _check_drift(conn, result.forward.fingerprint_from)
        history.ensure_table(conn)
        stopped = recovery.resumable(conn, result.forward.fingerprint_from, result.forward.fingerprint_to)
        if stopped is not None:
            return replace(result, outcome=_resume(conn, stopped, result, settings, progress))
        outcome = _fresh_outcome(history.last(conn))
        _execute(conn, result, settings, progress)
    return replace(result, outcome=outcome)


@contextmanager
def _locked(conn, reporter: Reporter):
    """migration_lock for the block; the wait for it (another run holds it) is a stage."""
    with ExitStack() as held:
        with reporter.stage("take the migration lock"):
            held.enter_context(migration_lock(conn))
        yield


def _verified_late(conn, result: PlanResult) -> str:
    """An interrupted migration whose steps all took effect (killed during its final check, or
    while the server finished its last statement, which a dead client does not stop): planning
    again is empty, so this run is that check; record it as applied."""
    with migration_lock(conn):
        last = history.last(conn) if history.upgrade(conn) else None
        if (last is None or last.kind != "apply" or last.status != "interrupted"
                or last.fingerprint_after != result.forward.fingerprint_to):
            return ""
        history.finish(conn, last.id, "applied", error=f"{last.error}; its steps had all taken effect: "
                       "verified by the next apply", after=result.forward.fingerprint_from)
    return f"migration #{last.id} had taken full effect; verified now and recorded as applied"


def _fresh_outcome(last: history.Entry | None) -> str:
    """Say so when a stopped migration is finished by a new plan rather than resumed."""
    if last is None or last.kind != "apply" or last.status not in ("failed", "interrupted"):
        return ""
    return (f"a new plan from where migration #{last.id} ({last.status} after step {last.done_batches} of "
            f"{len(last.forward_batches)}) left the database")


def _guard_reviewed(result: PlanResult, reviewed: dict | None) -> None:
    """With --plan DIR, the reviewed plan must be the one we would run now."""
    if reviewed is None:
        return
    if reviewed.get("fingerprint_from") != result.forward.fingerprint_from:
        raise DriftError("the database changed since the plan in --plan was made; plan again")
    if reviewed.get("fingerprint_to") != result.forward.fingerprint_to:
        raise DriftError("schema.yaml changed since the plan in --plan was made; plan again")


def _check_drift(conn, expected: str) -> None:
    now = fingerprint(introspect(conn))
    if now != expected:
        raise DriftError("the database changed while the plan was being made; plan again")


def _execute(conn, result: PlanResult, settings: Settings, progress: Progress | None) -> None:
    forward, owned = batches(result.forward), [o.to_json() for o in owned_objects(result.forward)]
    entry = history.start(
        conn, kind="apply", schema_hash=result.schema_hash, summary=result.forward.summary_line(),
        forward_sql=result.migration_sql(), rollback_sql=result.rollback_sql(),
        rollback_batches=batches(result.rollback), before=result.forward.fingerprint_from,
        after=result.forward.fingerprint_to, forward_batches=forward,
        owned=owned, before_schema=spec.dump(result.current),
        rollback_owned=[o.to_json() for o in owned_objects(result.rollback)],
    )
    _finish(conn, entry, forward, owned, result, settings, progress)


def _resume(conn, stopped: history.Entry, result: PlanResult, settings: Settings,
            progress: Progress | None) -> str:
    """Run exactly the batches a stopped migration had left: the database is where it stopped."""
    left, done = recovery.remaining(stopped), stopped.done_batches
    entry = history.start(
        conn, kind="apply", schema_hash=result.schema_hash, summary=f"resume of #{stopped.id}: {stopped.summary}",
        forward_sql=";\n".join(s for b in left for s in b.statements), rollback_sql=stopped.rollback_sql,
        rollback_batches=stopped.rollback_batches, before=stopped.fingerprint_before,
        after=stopped.fingerprint_after, forward_batches=left, owned=shifted(stopped.owned, done),
        before_schema=stopped.before_schema, of_entry=stopped.id, rollback_owned=stopped.rollback_owned,
    )
    # batches of an earlier plan: whether they hold data steps is not this plan's to say
    _finish(conn, entry, left, shifted(stopped.owned, done), result, settings, progress, refuse_between=True)
    total = len(stopped.forward_batches)
    return f"resumed migration #{stopped.id} (#{entry}): ran its steps {done + 1}-{total} of {total}"


def _finish(conn, entry: int, forward: list[Batch], owned: list[dict], result: PlanResult, settings: Settings,
            progress: Progress | None, *, refuse_between: bool | None = None) -> None:
    """Run `forward`, verify, record. `refuse_between` (default: whether the plan runs data
    steps): the reads between batches refuse what the model cannot hold (run_tracked)."""
    if refuse_between is None:
        refuse_between = proof.has_data_steps(result.forward)
    with settings.reporter.stage(_running(len(forward))):
        reached = run_tracked(conn, entry, forward, owned, settings.timeouts, progress,
                              refuse_between=refuse_between)
    try:
        with settings.reporter.stage("verify the database matches"):
            reached = _verify(conn, result, reached)
    except SchemaDiffError as exc:
        history.finish(conn, entry, "failed", str(exc))
        raise
    # The state actually reached (column order may differ from schema.yaml's): rollback checks it.
    history.finish(conn, entry, "applied", after=fingerprint(reached), state=fingerprint(reached))


def _running(steps: int) -> str:
    return f"run {steps} step{'s' if steps != 1 else ''}"


def _verify(conn, result: PlanResult, reached: Database | None) -> Database:
    """`reached`: the database as the last step left it (None: read it now)."""
    reached = introspect(conn) if reached is None else reached
    leftover = remaining(reached, result.desired, result.scratch_server)
    if not leftover.empty:
        todo = "; ".join(op.describe() for op in leftover.ops[:5])
        raise PlanProofError(f"after apply the database still differs from schema.yaml: {todo}")
    return reached


def rollback(settings: Settings, *, confirm, progress: Progress | None = None) -> history.Entry | None:
    """Undo the last migration: its recorded rollback, or for one that stopped part-way, a plan
    back to the schema it started from."""
    url = settings.target_url()
    _recover(settings, url, 30.0)
    progress = progress or settings.reporter.step
    with connect(url, autocommit=True, session=True) as conn:
        survive_idle(conn)  # it holds the migration lock through the confirmation prompt
        return _rollback(conn, settings, confirm, progress)


def _rollback(conn, settings: Settings, confirm, progress: Progress) -> history.Entry | None:
    with _locked(conn, settings.reporter):
        entry = history.last_applied(conn)
        if entry is None:
            return None
        last = history.last(conn)
        partial = entry.status != "applied" or (last.kind == "rollback" and last.of_entry == entry.id)
        expected = last.left if last.kind == "rollback" and partial else (
            entry.fingerprint_after if entry.status == "applied" else entry.left)
        if state(conn) != expected:
            raise DriftError(f"the database changed since migration #{entry.id} was applied; "
                             "rolling back blindly could lose data. Plan a forward change instead.")
        entry = _naming_kept_steps(conn, entry)
        if not confirm(entry):
            raise SchemaDiffError("rollback cancelled; nothing was changed")
        if partial:
            _rollback_partial(conn, entry, settings, progress)
        else:
            _run_rollback(conn, entry, settings, progress)
    return entry


def _naming_kept_steps(conn, entry: history.Entry) -> history.Entry:
    """The entry whose summary names the data steps this rollback cannot undo (no `rollback:`)."""
    kept = recorded_steps.kept(conn, history.chain(conn, entry))
    if not kept:
        return entry
    return replace(entry, summary=f"{entry.summary}; data step{'s' if len(kept) > 1 else ''} "
                   f"{', '.join(kept)} cannot be undone (no rollback:), {'their' if len(kept) > 1 else 'its'} "
                   "rows stay")


def _run_rollback(conn, entry: history.Entry, settings: Settings, progress: Progress | None) -> None:
    history.ensure_table(conn)
    record = history.start(
        conn, kind="rollback", schema_hash=None, summary=f"rollback of #{entry.id}", forward_sql=entry.rollback_sql,
        rollback_sql="", rollback_batches=[], before=entry.fingerprint_after, after=entry.fingerprint_before,
        forward_batches=entry.rollback_batches, owned=entry.rollback_owned, of_entry=entry.id,
    )
    with settings.reporter.stage(_running(len(entry.rollback_batches))):
        reached = run_tracked(conn, record, list(entry.rollback_batches), entry.rollback_owned,
                              settings.timeouts, progress)
    history.finish(conn, record, "applied", state=state(conn, refuse=False) if reached is None else fingerprint(reached))
    for undone in history.chain(conn, entry):
        history.finish(conn, undone, "rolled_back")


def _rollback_partial(conn, entry: history.Entry, settings: Settings, progress: Progress | None) -> None:
    """A migration that stopped part-way has no recorded rollback for where it stopped: plan
    from here back to the schema it started from (recorded as schema.yaml text), proven as usual."""
    if entry.before_schema is None:
        raise SchemaDiffError(f"migration #{entry.id} stopped part-way and its starting schema was not "
                              "recorded (an older schemadiff); plan a forward change instead")
    target = settings.project_dir / ".schemadiff" / f"rollback-{entry.id}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(entry.before_schema)
    try:
        back = compute_plan(replace(settings, schema=target), settings.target_url(), recover_wait=None)
    finally:
        target.unlink(missing_ok=True)
    owned = [o.to_json() for o in owned_objects(back.forward)]
    record = history.start(
        conn, kind="rollback", schema_hash=None, summary=f"rollback of #{entry.id} (stopped part-way)",
        forward_sql=back.migration_sql(), rollback_sql="", rollback_batches=[], before=back.forward.fingerprint_from,
        after=entry.fingerprint_before, forward_batches=batches(back.forward), owned=owned, of_entry=entry.id,
    )
    _finish(conn, record, batches(back.forward), owned, back, settings, progress)
    for undone in history.chain(conn, entry):
        history.finish(conn, undone, "rolled_back")


def status(settings: Settings) -> list[str]:
    """The last migration and any leftovers, read-only (a stopped run is recovered by the next
    plan, apply or rollback, which hold the lock)."""
    from .apply.status import status_lines

    with connect(settings.target_url(), autocommit=True) as conn:
        return status_lines(conn)


def dump(settings: Settings) -> str:
    """schema.yaml text for the database as it is."""
    database = _read(settings.target_url(), settings.reporter, "introspect the database")
    with settings.reporter.stage("write schema.yaml"):
        return spec.dump(database)


CRON_NOT_COMPARED = ("pg_cron jobs are not compared: they are rows of the server's cron database, "
                     "not part of either database's schema")


def compare_databases(settings: Settings, source: str, target: str) -> PlanResult:
    """The plan that takes the live database `source` to the schema of the live database
    `target` (and its rollback), proven in a scratch database like any plan."""
    current, desired = (split_cron_jobs(_read(url, settings.reporter, f"introspect {side}"))[0]
                        for url, side in ((source, "--from"), (target, "--to")))
    if current.server_version // 10000 != desired.server_version // 10000:
        raise SchemaDiffError(
            f"the databases run different PostgreSQL major versions ({current.server_version // 10000} "
            f"and {desired.server_version // 10000}); their catalogs store the same schema differently, "
            "so compare databases of one major version")
    scratch = _scratch(settings, source)
    forward, rollback = _settled_plans(current, desired, declared_renames(current, desired), scratch,
                                       settings.reporter)
    forward = replace(forward, notes=forward.notes + (CRON_NOT_COMPARED,))
    _prove(settings, scratch, current, desired, forward, rollback)
    return PlanResult(forward, rollback, current, desired, "", scratch)


def _read(url: str, reporter: Reporter = SILENT, stage: str = "introspect",
          session: KeptSession | None = None) -> Database:
    """The live database at `url`, read on a read-only connection, or in a read-only snapshot
    (introspect/catalog.py) on `session`."""
    with reporter.stage(stage):
        if session is not None:
            return introspect(session.get())
        with connect(url, autocommit=True, read_only=True) as conn:
            return introspect(conn)


def write_plan_files(result: PlanResult, out: Path) -> None:
    """DIR/migration.sql, DIR/rollback.sql, DIR/plan.json (written whole or not at all)."""
    import json

    from .render.formats import plan_document

    out.mkdir(parents=True, exist_ok=True)
    doc = plan_document(result.forward, result.rollback, result.schema_hash, result.scratch)
    files = {"migration.sql": result.migration_sql(), "rollback.sql": result.rollback_sql(),
             "plan.json": json.dumps(doc, indent=2) + "\n"}
    for name, text in files.items():
        tmp = out / f".{name}.tmp"
        tmp.write_text(text)
        tmp.replace(out / name)


__all__ = ["Batch", "PlanResult", "Settings", "apply", "compare_databases", "compute_plan", "dump", "rollback",
           "status", "validate", "write_plan_files"]
