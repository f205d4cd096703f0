"""Grants from their catalog rows (beyond the owner's own and the defaults, and the defaults
revoked)."""

from __future__ import annotations

from ..model import Grant
from .catalog import READERS, Reader, Row


def grants(rows: list[Row]) -> list[Grant]:
    return [
        Grant(schema=r["schema"], object_kind=r["object_kind"], object_name=r["object_name"],
              grantee=r["grantee"], privileges=tuple(r["privileges"]),
              with_grant_option=r["with_grant_option"], signature=r["signature"],
              column=r["column_name"], revoked=tuple(r["revoked"]))
        for r in rows
    ]


READERS.register("grant", Reader("grants", grants))
