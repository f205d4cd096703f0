"""schemadiff status: the last migration, and what a stopped one did and left."""

from __future__ import annotations

from typing import Optional

from . import console, options, progress


def status(
    database: Optional[str] = options.DatabaseOpt,
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Show the last migration (status, progress, error) and any leftover helper objects."""
    from ..pipeline import status as run_status

    shown = progress.reporter(quiet, verbose)
    settings = options.settings(options.SchemaOpt.default, database, None, reporter=shown)
    with shown.stage("read schemadiff.history"):
        lines = run_status(settings)
    console.print_lines(console.out(), lines)  # the result: printed with --quiet too
