"""Triggers from their catalog rows."""

from __future__ import annotations

from ..model import Trigger
from .catalog import READERS, Reader, Row


def triggers(rows: list[Row]) -> list[Trigger]:
    return [
        Trigger(schema=r["schema"], table=r["table"], name=r["name"], definition=r["definition"],
                comment=r["comment"], function=(r["function_schema"], r["function_name"]))
        for r in rows
    ]


READERS.register("trigger", Reader("triggers", triggers))
