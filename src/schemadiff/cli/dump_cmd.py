"""schemadiff dump: schema.yaml from an existing database."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

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
