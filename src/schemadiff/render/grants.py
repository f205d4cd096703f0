"""SQL for grants: GRANT and REVOKE."""

from __future__ import annotations

from ..model import PUBLIC, Grant
from ..plan import ops
from ..quoting import ident, qualified
from .comments import COMMENT_TARGETS
from .registry import renders


def role(name: str) -> str:
    """PUBLIC is a keyword; every other role is a quoted name."""
    return "PUBLIC" if name == PUBLIC else ident(name)


_ON = {"table": "TABLE", "view": "TABLE", "matview": "TABLE", "sequence": "SEQUENCE",
       "function": "ROUTINE", "schema": "SCHEMA"}


def grant_object(g: Grant) -> str:
    """`TABLE "s"."t"`, `SCHEMA "s"`, `ROUTINE "s"."f"(integer, text)` (types are SQL text)."""
    if g.object_kind == "schema":
        return f"SCHEMA {ident(g.object_name)}"
    args = f"({g.signature})" if g.object_kind == "function" else ""
    return f"{_ON[g.object_kind]} {qualified(g.schema, g.object_name)}{args}"


@renders(ops.GrantPrivileges)
def _grant(op: ops.GrantPrivileges) -> list[str]:
    option = " WITH GRANT OPTION" if op.with_grant_option else ""
    privileges = ", ".join(op.privileges)
    return [f"GRANT {privileges} ON {grant_object(op.grant)} TO {role(op.grant.grantee)}{option}"]


@renders(ops.RevokePrivileges)
def _revoke(op: ops.RevokePrivileges) -> list[str]:
    what = "GRANT OPTION FOR " if op.grant_option_only else ""
    privileges = ", ".join(op.privileges)
    return [f"REVOKE {what}{privileges} ON {grant_object(op.grant)} FROM {role(op.grant.grantee)}"]


COMMENT_TARGETS.register("grant", None)  # a privilege is no object: nothing to comment on
