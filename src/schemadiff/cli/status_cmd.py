"""schemadiff status: the last migration, and what a stopped one did and left."""

from __future__ import annotations

from typing import Optional

from . import console, options


def status(database: Optional[str] = options.DatabaseOpt) -> None:
    """Show the last migration (status, progress, error) and any leftover helper objects."""
    from ..pipeline import status as run_status

    console.print_lines(console.out(), run_status(options.settings(options.SchemaOpt.default, database, None)))
