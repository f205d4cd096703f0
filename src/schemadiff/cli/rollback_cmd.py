"""schemadiff rollback: undo the last applied migration."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import SpecError
from . import console, options, progress


def rollback(
    database: Optional[str] = options.DatabaseOpt,
    yes: bool = options.YesOpt,
    schema: Path = options.SchemaOpt,
    lock_timeout: str = options.LockTimeoutOpt,
    lock_retry_budget: str = options.LockRetryBudgetOpt,  # seconds (a float) after its callback
    statement_timeout: str = options.StatementTimeoutOpt,
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Undo the last applied migration from its recorded rollback."""
    from ..pipeline import rollback as run_rollback

    def confirm(entry) -> bool:
        if not (quiet and yes):  # shown to whoever confirms it, as apply's plan; --quiet --yes: nobody
            console.err().print(f"Rolling back migration #{entry.id} ({entry.summary}).")
        if yes:
            return True
        if not sys.stdin.isatty():
            raise SpecError("refusing to roll back without --yes when nobody can answer the prompt")
        return typer.confirm("Roll back?", default=False, err=True)

    shown = progress.reporter(quiet, verbose)
    # the same lock discipline as apply, its waits printed the same way (cli/progress.py)
    settings = options.settings(schema, database, None, lock_timeout, statement_timeout,
                                lock_retry_budget=lock_retry_budget, reporter=shown)
    entry = run_rollback(settings, confirm=confirm)
    if entry is None:
        console.out().print("Nothing to roll back: no applied migration in schemadiff.history.")
    else:
        console.out().print(f"Rolled back migration #{entry.id}.")
