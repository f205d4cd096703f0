"""schemadiff dump, rollback and validate."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import SpecError
from . import console, options, progress


def dump(
    database: Optional[str] = options.DatabaseOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Write schema.yaml from an existing database (adoption, drift)."""
    from ..pipeline import dump as run_dump

    shown = progress.reporter(quiet, verbose)
    text = run_dump(options.settings(out or Path("schema.yaml"), database, None, reporter=shown))
    if out is None:
        typer.echo(text, nl=False)
        return
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text)
    tmp.replace(out)  # never leaves a half-written schema.yaml
    console.err().print(f"wrote {out}")


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
