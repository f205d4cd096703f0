"""schema.yaml: load and validate it, expand it into the model, write it from a model."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .diagnostics import to_spec_error
from .documents import SpecDocument
from .dump import DumpError, dump
from .source import read_text
from .json_schema import SCHEMA_FILE_NAME, json_schema
from .to_model import to_model
from .yaml_lines import load_yaml
from .cron import cron_policy
from .data_steps import data_steps

__all__ = [
    "DumpError", "SCHEMA_FILE_NAME", "SpecDocument", "dump", "json_schema", "load_spec",
    "parse_spec", "to_model",
    "cron_policy", "data_steps",
]


def load_spec(path: Path) -> SpecDocument:
    """Read and validate a schema.yaml; every mistake is a SpecError naming file and line."""
    return parse_spec(read_text(Path(path)), str(path))


def parse_spec(text: str, file: str = "schema.yaml") -> SpecDocument:
    """Validate schema.yaml text (what load_spec does after reading the file)."""
    data, lines = load_yaml(text, file)
    try:
        doc = SpecDocument.model_validate(data)
    except ValidationError as exc:
        raise to_spec_error(exc, SpecDocument, file, lines) from None
    return doc.located(file, lines)
