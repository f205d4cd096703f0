"""Options shared by every command (the CLI contract in DESIGN.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

SchemaOpt = typer.Option(Path("schema.yaml"), "--schema", "-s", help="The desired state.", show_default=True)
DatabaseOpt = typer.Option(
    None, "--database", "-d",
    help="libpq URL of the target. Default: DATABASE_URL, else PG* variables, else the embedded server.",
)
DevDatabaseOpt = typer.Option(None, "--dev-database", help="A server for scratch databases (same major version).")
YesOpt = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")
LockTimeoutOpt = typer.Option(
    "1s", "--lock-timeout",
    help="How long a step that blocks writers while it waits (ALTER TABLE, CREATE INDEX, ...) may wait "
         "for its lock before it gives way and retries; writers stall at most this long. 0: no limit.",
)


def _budget(text: str) -> float:
    from ..apply.lock_waits import parse_seconds

    try:
        return parse_seconds(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


LockRetryBudgetOpt = typer.Option(
    "60s", "--lock-retry-budget", callback=_budget,
    help="Total time one step may spend waiting for its locks, retries with backoff included, before "
         "apply fails naming the blocking session (steps that block no writer wait this long once).",
)
StatementTimeoutOpt = typer.Option("0", "--statement-timeout", help="statement_timeout for every step (0: none).")
SkipCronOpt = typer.Option(
    False, "--skip-cron",
    help="Leave every pg_cron job as it is: none is planned or checked (for a target without pg_cron).",
)
QuietOpt = typer.Option(
    False, "--quiet", "-q", help="Print only results and errors: no progress, no step or lock-wait lines.",
)
VerboseOpt = typer.Option(
    False, "--verbose", "-v", help="Print one line per stage (load, introspect, build, proof, ...) and per "
                                   "apply step, with its duration, on stderr.",
)


def settings(schema: Path, database: Optional[str], dev_database: Optional[str], lock_timeout: str = "1s",
             statement_timeout: str = "0", skip_cron: bool = False, lock_retry_budget: float = 60.0,
             on_lock_wait=None, reporter=None, preflight: bool = True, preflight_timeout: float = 5.0,
             preflight_sample_above: int = 1_000_000):
    from ..apply.executor import Timeouts
    from ..apply.preflight import Limits
    from ..pipeline import Settings
    from ..reporting import SILENT

    # The project is the directory schemadiff runs in, for every command alike: the embedded server
    # and the cache live in ./.schemadiff, so `apply --schema x/schema.yaml` and a later plain
    # `rollback` talk to the same server.
    project = Path.cwd()
    # lock waits go through the reporter (cli/progress.py): above the bar, or not at all with --quiet
    on_wait = on_lock_wait or getattr(reporter, "lock_wait", None)
    timeouts = Timeouts(lock_timeout=lock_timeout, statement_timeout=statement_timeout,
                        retry_budget=lock_retry_budget, on_wait=on_wait)
    return Settings(schema=schema, database=database, dev_database=dev_database, project_dir=project,
                    timeouts=timeouts, skip_cron=skip_cron, reporter=reporter or SILENT, preflight=preflight,
                    preflight_limits=Limits(statement_timeout_ms=round(preflight_timeout * 1000),
                                            sample_above=preflight_sample_above))

NoPreflightOpt = typer.Option(False, "--no-preflight",
                              help="Skip the read-only checks of the plan's steps against the target's rows.")


def _preflight_timeout(text: str) -> float:
    from ..apply.lock_waits import parse_seconds

    try:
        seconds = parse_seconds(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if not 0.001 <= seconds <= 86_400:  # statement_timeout counts milliseconds; 0 would mean unbounded
        raise typer.BadParameter(f"{text!r}: give between 1ms and 24h (to skip preflight, use --no-preflight)")
    return seconds


def _sample_above(text: str) -> int:
    digits = text.strip().replace("_", "").replace(",", "")
    if not digits.isdigit():
        raise typer.BadParameter(f"{text!r} is not a row count: give a whole number >= 0, e.g. 1000000")
    return int(digits)


PreflightTimeoutOpt = typer.Option(
    "5", "--preflight-timeout", callback=_preflight_timeout,
    help="statement_timeout of each preflight query (seconds, or 500ms, 2min); a query that takes longer "
         "is reported as not checked.",
)
PreflightSampleAboveOpt = typer.Option(
    "1000000", "--preflight-sample-above", callback=_sample_above,
    help="Tables with more rows than this (pg_class.reltuples) are read through TABLESAMPLE SYSTEM (1%) "
         "and their counts shown as estimates; 0 samples every table that has statistics.",
)
