"""SQL for row-level security policies."""

from __future__ import annotations

from ..model import Policy
from ..plan import ops
from ..quoting import ident, qualified
from .comments import COMMENT_TARGETS, on_its_table
from .grants import role
from .registry import renders


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


COMMENT_TARGETS.register("policy", on_its_table("POLICY"))
