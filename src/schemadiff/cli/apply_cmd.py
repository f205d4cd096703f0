"""schemadiff apply: make the database match schema.yaml, safely, and record it."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import SpecError
from . import console, options, progress


def apply(
    schema: Path = options.SchemaOpt,
    database: Optional[str] = options.DatabaseOpt,
    dev_database: Optional[str] = options.DevDatabaseOpt,
    yes: bool = options.YesOpt,
    allow_destructive: bool = typer.Option(False, "--allow-destructive", help="Allow steps that delete data."),
    plan_dir: Optional[Path] = typer.Option(None, "--plan", help="Apply only if it equals this reviewed plan."),
    lock_timeout: str = options.LockTimeoutOpt,
    lock_retry_budget: str = options.LockRetryBudgetOpt,  # seconds (a float) after its callback
    statement_timeout: str = options.StatementTimeoutOpt,
    skip_cron: bool = options.SkipCronOpt,
    no_preflight: bool = options.NoPreflightOpt,
    preflight_timeout: str = options.PreflightTimeoutOpt,  # seconds (a float) after its callback
    preflight_sample_above: str = options.PreflightSampleAboveOpt,  # an int after its callback
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Apply schema.yaml to the database (asks first unless --yes)."""
    from ..pipeline import apply as run_apply
    from ..render.formats import plan_lines

    err, shown = console.err(), progress.reporter(quiet, verbose)
    settings = options.settings(schema, database, dev_database, lock_timeout, statement_timeout, skip_cron,
                                lock_retry_budget, reporter=shown, preflight=not no_preflight,
                                preflight_timeout=preflight_timeout, preflight_sample_above=preflight_sample_above)  # steps and lock waits: cli/progress.py

    def confirm(result) -> bool:
        console.print_lines(err, [f"recovered: {line}" for line in result.recovered])
        if not (quiet and yes):  # the plan is shown to whoever confirms it; --quiet --yes: nobody
            console.print_lines(err, plan_lines(result.forward, "schemadiff apply", show_sql=False))
        if yes:
            return True
        if not sys.stdin.isatty():
            raise SpecError("refusing to apply without --yes when nobody can answer the prompt", file=str(schema))
        return typer.confirm("Apply these changes?", default=False, err=True)

    result = run_apply(settings, allow_destructive=allow_destructive, confirm=confirm, reviewed=_reviewed(plan_dir))
    if result.forward.empty:
        console.out().print("No changes. The database matches the schema." + (f" ({result.outcome})" if result.outcome else ""))
    else:
        how = f" ({result.outcome})" if result.outcome else ""
        console.out().print(f"Applied: {result.forward.summary_line()}{how}. Recorded in schemadiff.history.")


def _reviewed(plan_dir: Optional[Path]) -> dict | None:
    if plan_dir is None:
        return None
    path = plan_dir / "plan.json"
    try:
        # a FIFO would block the read until someone writes to it, a directory fails obscurely
        if not stat.S_ISREG(path.stat().st_mode):
            raise SpecError(f"cannot read the reviewed plan: {_kind(path)}, not a regular file", file=str(path))
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise SpecError(f"cannot read the reviewed plan: {exc}", file=str(path)) from None


def _kind(path: Path) -> str:
    mode = path.stat().st_mode
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"
