"""Domains from their catalog rows."""

from __future__ import annotations

from ..model import Domain
from .catalog import READERS, Reader, Row


def domains(rows: list[Row]) -> list[Domain]:
    return [
        Domain(schema=r["schema"], name=r["name"], base_type=r["base_type"],
               not_null=r["not_null"], default=r["default"],
               checks=tuple((name, text) for name, text in r["checks"]), comment=r["comment"])
        for r in rows
    ]


READERS.register("domain", Reader("domains", domains))
