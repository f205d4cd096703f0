"""Collations from their catalog rows."""

from __future__ import annotations

from ..model import Collation
from .catalog import READERS, Reader, Row


def _collation(r: Row) -> Collation:
    libc = r["provider"] == "libc"
    return Collation(schema=r["schema"], name=r["name"], provider=r["provider"],
                     locale=None if libc else r["locale"],
                     lc_collate=r["lc_collate"] if libc else None,
                     lc_ctype=r["lc_ctype"] if libc else None,
                     deterministic=r["deterministic"], comment=r["comment"])


def collations(rows: list[Row]) -> list[Collation]:
    return [_collation(r) for r in rows]


READERS.register("collation", Reader("collations", collations))
