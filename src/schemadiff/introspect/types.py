"""Enum types from their catalog rows."""

from __future__ import annotations

from ..model import EnumType
from .catalog import READERS, Reader, Row


def enums(rows: list[Row]) -> list[EnumType]:
    return [
        EnumType(schema=r["schema"], name=r["name"], values=tuple(r["labels"]),
                 comment=r["comment"])
        for r in rows
    ]


READERS.register("enum", Reader("enums", enums))
