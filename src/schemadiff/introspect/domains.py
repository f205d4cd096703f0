"""Domains from their catalog rows."""

from __future__ import annotations

from ..model import Domain
from ..model.domains import check_definition
from ..sqltree import constraint_fields, not_valid
from .catalog import READERS, Reader, Row
from .constraints import as_written


def domains(rows: list[Row]) -> list[Domain]:
    return [
        Domain(schema=r["schema"], name=r["name"], base_type=r["base_type"],
               not_null=r["not_null"], default=r["default"],
               checks=tuple((name, _check(text, r["varchar_base"])) for name, text in r["checks"]),
               comment=r["comment"])
        for r in rows
    ]


def _check(definition: str, varchar_base: bool) -> str:
    """`CHECK (VALUE IN (...))` where a domain over varchar stores its second-form text
    (introspect/constraints.py as_written), else the definition as printed."""
    if not varchar_base:
        return definition
    expression = constraint_fields(definition)["expression"]
    written = as_written(expression, {"value"}, spelled=lambda _: "VALUE")
    return definition if written == expression else check_definition(written, not not_valid(definition))


READERS.register("domain", Reader("domains", domains))
