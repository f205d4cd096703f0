"""Where default privileges go in a plan: after every other step of the main transaction.

An ALTER DEFAULT PRIVILEGES FOR ROLE r applies to the objects r creates after it. When r is the
role that applies the plan, an entry changed before the plan's own CREATEs would give those
objects grants schema.yaml does not list (and the rollback's re-created objects likewise), so the
entries change last, in both directions; schema.yaml's grants: stay exactly what is created."""

from __future__ import annotations

from .ops import Phase

KIND = "default_privilege"


def default_privilege_edges(nodes, edges: dict[int, set[int]]) -> None:
    """Every main-transaction step (pg_cron's jobs aside: they come last themselves, plan/cron.py)
    before every default-privilege step."""
    entries = [n for n in nodes if n.op.target.kind == KIND]
    if not entries:
        return
    others = [n for n in nodes if n.op.target.kind not in (KIND, "cron_job")
              and n.op.phase == Phase.MAIN]
    for entry in entries:
        for other in others:
            edges[other.index].add(entry.index)
