"""schemadiff diff: the plan that takes one live database to the schema of another."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import EXIT_CHANGES, EXIT_OK
from . import console, options, progress
from .plan_cmd import Format, print_plan


def diff(
    source: str = typer.Option(..., "--from", help="libpq URL of the database to change."),
    target: str = typer.Option(..., "--to", help="libpq URL of the database whose schema is wanted."),
    dev_database: Optional[str] = options.DevDatabaseOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write migration.sql, rollback.sql, plan.json here."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="How to print the plan."),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit 2 when the schemas differ, 0 when not."),
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Compare two live databases: the migration (and rollback) that takes --from to --to."""
    from ..pipeline import compare_databases, write_plan_files

    shown = progress.reporter(quiet, verbose)
    result = compare_databases(options.settings(Path("schema.yaml"), None, dev_database, reporter=shown),
                               source, target)
    print_plan(result, fmt, "schemadiff diff")
    if out is not None:
        write_plan_files(result, out)
        console.err().print(f"wrote {out}/migration.sql, rollback.sql, plan.json")
    raise typer.Exit(EXIT_CHANGES if exit_code and not result.forward.empty else EXIT_OK)
