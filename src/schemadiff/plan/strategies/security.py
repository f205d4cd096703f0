"""Row-level security flags, policies and grants."""

from __future__ import annotations

from ...model import Grant, Policy, Table
from .. import ops
from .context import Context


def rls_create_ops(table: Table) -> list[ops.Op]:
    """A new table with row-level security: enable / force it after CREATE TABLE."""
    if not (table.rls_enabled or table.rls_forced):
        return []
    return [ops.SetRowLevelSecurity(table.schema, table.name, enabled=table.rls_enabled or None,
                                    forced=table.rls_forced or None)]


def rls_alter_ops(old: Table, new: Table, fields: tuple[str, ...]) -> list[ops.Op]:
    enabled = new.rls_enabled if "rls_enabled" in fields else None
    forced = new.rls_forced if "rls_forced" in fields else None
    if enabled is None and forced is None:
        return []
    return [ops.SetRowLevelSecurity(new.schema, new.name, enabled=enabled, forced=forced)]


def create_policy_ops(policy: Policy) -> list[ops.Op]:
    out: list[ops.Op] = [ops.CreatePolicy(policy)]
    if policy.comment is not None:
        out.append(ops.SetComment(policy.id, policy.comment))
    return out


def drop_policy_ops(policy: Policy, ctx: Context) -> list[ops.Op]:
    if policy.table_id in ctx.dropped_tables:
        return []  # goes with its table
    return [ops.DropPolicy(policy)]


def alter_policy_ops(old: Policy, new: Policy, fields: tuple[str, ...]) -> list[ops.Op]:
    # ALTER POLICY can set an expression but never remove one.
    removed = (old.using is not None and new.using is None) or (
        old.with_check is not None and new.with_check is None)
    if removed:
        return [ops.DropPolicy(old), *create_policy_ops(new)]
    out: list[ops.Op] = []
    if {"roles", "using", "with_check"} & set(fields):
        out.append(ops.AlterPolicy(new))
    if "comment" in fields:
        out.append(ops.SetComment(new.id, new.comment))
    return out


def create_grant_ops(grant: Grant) -> list[ops.Op]:
    if not grant.privileges:  # `{}` or `role: []` in schema.yaml: managed, nothing to grant
        return []
    return [ops.GrantPrivileges(grant, grant.privileges, grant.with_grant_option)]


def drop_grant_ops(grant: Grant, ctx: Context) -> list[ops.Op]:
    if grant.object_id not in ctx.desired.objects:
        return []  # the object is dropped, and its grants with it
    return [ops.RevokePrivileges(grant, grant.privileges)]


def alter_grant_ops(old: Grant, new: Grant) -> list[ops.Op]:
    """Revokes first, then grants (a revoke is a drop: it runs before any create of the grant)."""
    removed = tuple(p for p in old.privileges if p not in new.privileges)
    added = tuple(p for p in new.privileges if p not in old.privileges)
    kept = tuple(p for p in new.privileges if p in old.privileges)
    out: list[ops.Op] = [ops.RevokePrivileges(old, removed)] if removed else []
    if old.with_grant_option and not new.with_grant_option and kept:
        out.append(ops.RevokePrivileges(new, kept, grant_option_only=True))
    if new.with_grant_option and not old.with_grant_option:
        added = new.privileges  # the kept ones gain the grant option too
    if added:
        out.append(ops.GrantPrivileges(new, added, new.with_grant_option))
    return out
