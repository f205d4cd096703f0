"""plan.json: the machine-readable plan, also what `apply --plan DIR` executes."""

from __future__ import annotations

from ...plan import Plan
from ..batches import Batch, batches
from ..registry import statements

FORMAT_VERSION = 1


def plan_document(plan: Plan, rollback: Plan, schema_hash: str, scratch: str) -> dict:
    return {
        "format": FORMAT_VERSION,
        "summary": dict(plan.summary()),
        "summary_line": plan.summary_line(),
        "fingerprint_from": plan.fingerprint_from,
        "fingerprint_to": plan.fingerprint_to,
        "schema_hash": schema_hash,
        "canonicalised_on": scratch,
        "notes": list(plan.notes),
        "destructive": plan.destructive,
        "preflight": [f.to_json() for f in plan.preflight],  # render/preflight.py Finding
        "certain_to_fail": any(f.fails for f in plan.preflight),
        "steps": [_step(op) for op in plan.ops],
        "batches": [b.to_json() for b in batches(plan)],
        "rollback": {
            "steps": [_step(op) for op in rollback.ops],
            "batches": [b.to_json() for b in batches(rollback)],
        },
    }


def _step(op) -> dict:
    return {
        "operation": type(op).__name__,
        "action": op.action,
        "object": op.target.path(),
        "description": op.describe(),
        "phase": op.phase.name.lower(),
        "locks": [{"mode": lock.mode.label, "relation": lock.relation.path(),
                   "blocks_writers": lock.mode.blocks_writers} for lock in op.locks()],
        "sql": statements(op),
        "hazards": [{"code": str(code), "message": msg} for code, msg in op.hazards()],
    }


def batches_from(document: dict, key: str = "batches") -> list[Batch]:
    source = document if key == "batches" else document["rollback"]
    return [Batch.from_json(b) for b in source["batches"]]
