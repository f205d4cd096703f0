"""schemadiff plan: what would change, with hazards, migration.sql and rollback.sql."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import EXIT_CHANGES, EXIT_OK
from . import console, options, progress


class Format(str, Enum):
    text = "text"
    sql = "sql"
    json = "json"
    markdown = "markdown"


def plan(
    schema: Path = options.SchemaOpt,
    database: Optional[str] = options.DatabaseOpt,
    dev_database: Optional[str] = options.DevDatabaseOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write migration.sql, rollback.sql, plan.json here."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="How to print the plan."),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit 2 when there are changes, 0 when none."),
    skip_cron: bool = options.SkipCronOpt,
    no_preflight: bool = options.NoPreflightOpt,
    preflight_timeout: str = options.PreflightTimeoutOpt,  # seconds (a float) after its callback
    preflight_sample_above: str = options.PreflightSampleAboveOpt,  # an int after its callback
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Show what `apply` would do, proven in a scratch database first."""
    from ..pipeline import compute_plan, write_plan_files

    shown = progress.reporter(quiet, verbose)
    result = compute_plan(options.settings(schema, database, dev_database, skip_cron=skip_cron, reporter=shown,
                                              preflight=not no_preflight, preflight_timeout=preflight_timeout,
                                              preflight_sample_above=preflight_sample_above))
    console.print_lines(console.err(), [f"recovered: {line}" for line in result.recovered])
    print_plan(result, fmt, "schemadiff plan")
    if out is not None:
        write_plan_files(result, out)
        console.err().print(f"wrote {out}/migration.sql, rollback.sql, plan.json")
    raise typer.Exit(EXIT_CHANGES if exit_code and not result.forward.empty else EXIT_OK)


def print_plan(result, fmt: Format, title: str) -> None:
    """The plan on stdout in `fmt` (plan and diff share it)."""
    from ..render.formats import markdown, plan_document, plan_lines

    if fmt is Format.text:
        console.print_lines(console.out(), plan_lines(result.forward, f"{title} ({result.scratch} canonicalised the schema)"))
        if not result.forward.empty:
            console.out().print(f"[dim]Rollback: {result.rollback.summary_line()}; see --out for rollback.sql.[/dim]")
    elif fmt is Format.sql:
        typer.echo(result.migration_sql(), nl=False)
    elif fmt is Format.json:
        doc = plan_document(result.forward, result.rollback, result.schema_hash, result.scratch)
        typer.echo(json.dumps(doc, indent=2))
    else:
        typer.echo(markdown(result.forward, result.rollback, title))
