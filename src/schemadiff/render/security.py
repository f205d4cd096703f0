"""SQL for row-level security, policies and grants."""

from __future__ import annotations

from ..model import PUBLIC, Grant, Policy
from ..plan import ops
from ..quoting import ident, qualified
from .registry import renders
from .comments import COMMENT_TARGETS, on_its_table


@renders(ops.SetRowLevelSecurity)
def _set_rls(op: ops.SetRowLevelSecurity) -> list[str]:
    table = qualified(op.schema, op.table_name)
    out = []
    if op.enabled is not None:
        out.append(f"ALTER TABLE {table} {'ENABLE' if op.enabled else 'DISABLE'} ROW LEVEL SECURITY")
    if op.forced is not None:
        out.append(f"ALTER TABLE {table} {'FORCE' if op.forced else 'NO FORCE'} ROW LEVEL SECURITY")
    return out


def role(name: str) -> str:
    """PUBLIC is a keyword; every other role is a quoted name."""
    return "PUBLIC" if name == PUBLIC else ident(name)


def _policy_on(p: Policy) -> str:
    return f"{ident(p.name)} ON {qualified(p.schema, p.table)}"


def _clauses(p: Policy) -> str:
    out = f" TO {', '.join(role(r) for r in p.roles)}"
    if p.using is not None:
        out += f" USING ({p.using})"
    if p.with_check is not None:
        out += f" WITH CHECK ({p.with_check})"
    return out


@renders(ops.CreatePolicy)
def _create_policy(op: ops.CreatePolicy) -> list[str]:
    p = op.policy
    kind = "PERMISSIVE" if p.permissive else "RESTRICTIVE"
    return [f"CREATE POLICY {_policy_on(p)} AS {kind} FOR {p.command}{_clauses(p)}"]


@renders(ops.AlterPolicy)
def _alter_policy(op: ops.AlterPolicy) -> list[str]:
    return [f"ALTER POLICY {_policy_on(op.policy)}{_clauses(op.policy)}"]


@renders(ops.DropPolicy)
def _drop_policy(op: ops.DropPolicy) -> list[str]:
    return [f"DROP POLICY {_policy_on(op.policy)}"]


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


COMMENT_TARGETS.register("policy", on_its_table("POLICY"))
COMMENT_TARGETS.register("grant", None)  # a privilege is no object: nothing to comment on
