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
       "function": "ROUTINE", "schema": "SCHEMA", "enum": "TYPE", "domain": "DOMAIN",
       "column": "TABLE"}


def grant_object(g: Grant) -> str:
    """`TABLE "s"."t"`, `SCHEMA "s"`, `ROUTINE "s"."f"(integer, text)` (types are SQL text)."""
    if g.object_kind == "schema":
        return f"SCHEMA {ident(g.object_name)}"
    args = f"({g.signature})" if g.object_kind == "function" else ""
    return f"{_ON[g.object_kind]} {qualified(g.schema, g.object_name)}{args}"


def privilege_list(g: Grant, privileges: tuple[str, ...]) -> str:
    """`SELECT, UPDATE`; on a column `SELECT ("status"), UPDATE ("status")`."""
    if g.object_kind == "column":
        return ", ".join(f"{p} ({ident(g.column)})" for p in privileges)
    return ", ".join(privileges)


def grant_clause(privileges: str, on: str, grantee: str, with_grant_option: bool = False) -> str:
    """`GRANT p ON o TO g [WITH GRANT OPTION]`: object grants and default privileges alike."""
    option = " WITH GRANT OPTION" if with_grant_option else ""
    return f"GRANT {privileges} ON {on} TO {role(grantee)}{option}"


def revoke_clause(privileges: str, on: str, grantee: str, grant_option_only: bool = False) -> str:
    """`REVOKE [GRANT OPTION FOR] p ON o FROM g`: object grants and default privileges alike."""
    what = "GRANT OPTION FOR " if grant_option_only else ""
    return f"REVOKE {what}{privileges} ON {on} FROM {role(grantee)}"


def _granted(g: Grant, privileges: tuple[str, ...], with_grant_option: bool = False) -> str:
    return grant_clause(privilege_list(g, privileges), grant_object(g), g.grantee, with_grant_option)


def _revoked(g: Grant, privileges: tuple[str, ...], grant_option_only: bool = False) -> str:
    return revoke_clause(privilege_list(g, privileges), grant_object(g), g.grantee, grant_option_only)


@renders(ops.GrantPrivileges)
def _grant(op: ops.GrantPrivileges) -> list[str]:
    return [_granted(op.grant, op.privileges, op.with_grant_option)]


@renders(ops.RevokePrivileges)
def _revoke(op: ops.RevokePrivileges) -> list[str]:
    return [_revoked(op.grant, op.privileges, op.grant_option_only)]


@renders(ops.RevokeDefaultPrivileges)
def _revoke_default(op: ops.RevokeDefaultPrivileges) -> list[str]:
    return [_revoked(op.grant, op.privileges)]


@renders(ops.RestoreDefaultPrivileges)
def _restore_default(op: ops.RestoreDefaultPrivileges) -> list[str]:
    return [_granted(op.grant, op.privileges)]


COMMENT_TARGETS.register("grant", None)  # a privilege is no object: nothing to comment on
