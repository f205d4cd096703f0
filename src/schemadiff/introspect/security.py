"""Policies and grants from their catalog rows."""

from __future__ import annotations

from ..model import Grant, Policy
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


def grants(rows: list[Row]) -> list[Grant]:
    return [
        Grant(schema=r["schema"], object_kind=r["object_kind"], object_name=r["object_name"],
              grantee=r["grantee"], privileges=tuple(r["privileges"]),
              with_grant_option=r["with_grant_option"], signature=r["signature"])
        for r in rows
    ]


READERS.register("policy", Reader("policies", policies))
READERS.register("grant", Reader("grants", grants))
