"""schemadiff dump, rollback and validate."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import SpecError
from . import console, options


def dump(
    database: Optional[str] = options.DatabaseOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
) -> None:
    """Write schema.yaml from an existing database (adoption, drift)."""
    from ..pipeline import dump as run_dump

    text = run_dump(options.settings(out or Path("schema.yaml"), database, None))
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

    entry = run_rollback(options.settings(schema, database, None), confirm=confirm)
    if entry is None:
        console.out().print("Nothing to roll back: no applied migration in schemadiff.history.")
    else:
        console.out().print(f"Rolled back migration #{entry.id}.")


def validate(
    schema: Path = options.SchemaOpt,
    database: Optional[str] = options.DatabaseOpt,
    dev_database: Optional[str] = options.DevDatabaseOpt,
) -> None:
    """Check schema.yaml: syntax, keys, types, and that PostgreSQL accepts every object."""
    from ..pipeline import validate as run_validate

    model = run_validate(options.settings(schema, database, dev_database))
    console.out().print(f"{schema}: valid ({len(model)} objects).")
