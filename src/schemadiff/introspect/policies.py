"""Row-level security policies from their catalog rows."""

from __future__ import annotations

from ..model import Policy
from .catalog import READERS, Reader, Row


def policy(r: Row) -> Policy:
    return Policy(
        schema=r["schema"], table=r["table"], name=r["name"], command=r["command"],
        permissive=r["permissive"], roles=tuple(r["roles"]), using=r["using"],
        with_check=r["with_check"], comment=r["comment"],
        reads=frozenset(tuple(ref) for ref in r["reads"]),
    )


def policies(rows: list[Row]) -> list[Policy]:
    return [policy(r) for r in rows]


READERS.register("policy", Reader("policies", policies))
