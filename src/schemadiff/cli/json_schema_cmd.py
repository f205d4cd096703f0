"""schemadiff json-schema: the schema file editors use to complete and check schema.yaml."""

from __future__ import annotations

import json

import typer


def json_schema() -> None:
    """Print the JSON Schema of schema.yaml (the published schemadiff.schema.json)."""
    from ..spec.json_schema import json_schema as build

    typer.echo(json.dumps(build(), indent=2))
