"""SQL of data steps: the user's statements as written, each headed by a comment naming the step
and its schema.yaml line (a failure's message quotes a statement's first line, so it names both),
then the record in schemadiff.data_steps, in the same transaction."""

from __future__ import annotations

from ..model.data_steps import DataStep
from ..plan import ops
from ..quoting import literal
from .registry import renders

# The apply running this statement: its history row is `running` on this backend. NULL in the
# proof's scratch database, which has no history.
_MIGRATION = ("(SELECT max(id) FROM schemadiff.history WHERE status = 'running' "
              "AND pid = pg_backend_pid())")


def headed(step: DataStep, statements, what: str) -> list[str]:
    """Each statement behind `-- data step <name> (<file>:<line>)`."""
    name = " ".join(step.name.split())  # one line: the comment ends at a newline
    out = []
    for line, text in statements:
        where = f"{step.file}:{line}" if line else step.file
        out.append(f"-- {what} {name} ({' '.join(where.split())})\n{text}")
    return out


@renders(ops.RunDataStep)
def _run(op: ops.RunDataStep) -> list[str]:
    s = op.step
    record = ("INSERT INTO schemadiff.data_steps (name, sha256, migration, has_rollback) VALUES "
              f"({literal(s.name)}, {literal(s.sha256)}, {_MIGRATION}, {'true' if s.rollback else 'false'})")
    return headed(s, s.statements, "data step") + [record]


@renders(ops.UndoDataStep)
def _undo(op: ops.UndoDataStep) -> list[str]:
    s = op.step
    forget = f"DELETE FROM schemadiff.data_steps WHERE name = {literal(s.name)}"
    return headed(s, s.rollback_statements, "rollback of data step") + [forget]
