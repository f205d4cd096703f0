"""Dispatch for views, policies, grants and domains (called from strategies/__init__.py)."""

from __future__ import annotations

from ...model import Domain, Grant, Policy, View
from .. import ops
from . import domains, security, views
from .context import Context

KINDS = (View, Policy, Grant, Domain)


def create(obj, ctx: Context) -> list[ops.Op]:
    if isinstance(obj, View):
        return views.create_ops(obj)
    if isinstance(obj, Policy):
        return security.create_policy_ops(obj)
    if isinstance(obj, Grant):
        return security.create_grant_ops(obj)
    return domains.create_ops(obj)


def drop(obj, ctx: Context) -> list[ops.Op]:
    if isinstance(obj, View):
        return views.drop_ops(obj)
    if isinstance(obj, Policy):
        return security.drop_policy_ops(obj, ctx)
    if isinstance(obj, Grant):
        return security.drop_grant_ops(obj, ctx)
    return [ops.DropDomain(obj)]


def alter(old, new, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    if isinstance(new, View):
        return views.alter_ops(old, new, fields)
    if isinstance(new, Policy):
        return security.alter_policy_ops(old, new, fields)
    if isinstance(new, Grant):
        return security.alter_grant_ops(old, new)
    return domains.alter_ops(old, new, fields)


def replace(old, new, ctx: Context) -> list[ops.Op]:
    if isinstance(new, View) and isinstance(old, View):
        return views.replace_ops(old, new)
    return drop(old, ctx) + create(new, ctx)
