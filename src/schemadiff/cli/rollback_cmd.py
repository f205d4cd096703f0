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
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Undo the last applied migration from its recorded rollback."""
    from ..pipeline import rollback as run_rollback

    def confirm(entry) -> bool:
        console.err().print(f"Rolling back migration #{entry.id} ({entry.summary}).")
        if yes:
            return True
        if not sys.stdin.isatty():
            raise SpecError("refusing to roll back without --yes when nobody can answer the prompt")
        return typer.confirm("Roll back?", default=False, err=True)

    shown = progress.reporter(quiet, verbose)
    entry = run_rollback(options.settings(schema, database, None, reporter=shown), confirm=confirm)
    if entry is None:
        console.out().print("Nothing to roll back: no applied migration in schemadiff.history.")
    else:
        console.out().print(f"Rolled back migration #{entry.id}.")
