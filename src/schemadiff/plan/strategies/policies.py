"""Row-level security policies: ALTER POLICY where it can, else drop and create."""

from __future__ import annotations

from ...model import Policy
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


def create_policy_ops(policy: Policy) -> list[ops.Op]:
    return with_comment(policy, ops.CreatePolicy(policy))


def _drop(policy: Policy, ctx: Context) -> list[ops.Op]:
    if policy.table_id in ctx.dropped_tables:
        return []  # goes with its table
    return [ops.DropPolicy(policy)]


def _alter(old: Policy, new: Policy, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    # ALTER POLICY can set an expression but never remove one.
    removed = (old.using is not None and new.using is None) or (
        old.with_check is not None and new.with_check is None)
    if removed:
        return [ops.DropPolicy(old), *create_policy_ops(new)]
    out: list[ops.Op] = [ops.AlterPolicy(new)] if {"roles", "using", "with_check"} & set(fields) else []
    return out + comment_change(new, fields)


STRATEGIES.register("policy", Strategy(
    create=lambda policy, ctx: create_policy_ops(policy), drop=_drop, alter=_alter))
