"""schemadiff validate: schema.yaml checked, PostgreSQL accepting every object."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from . import console, options, progress


def validate(
    schema: Path = options.SchemaOpt,
    database: Optional[str] = options.DatabaseOpt,
    dev_database: Optional[str] = options.DevDatabaseOpt,
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Check schema.yaml: syntax, keys, types, and that PostgreSQL accepts every object."""
    from ..pipeline import validate as run_validate

    shown = progress.reporter(quiet, verbose)
    model = run_validate(options.settings(schema, database, dev_database, reporter=shown))
    console.out().print(f"{schema}: valid ({len(model)} objects).")
