"""What preflight asks (Check: one read-only query for one step) and what it found (Finding)."""

from __future__ import annotations

from dataclasses import dataclass, field

SAMPLES = 3  # sample keys shown per finding

FAILS = "fails"  # certain to fail if any row matches
LOSES = "loses"  # drops the rows (or values) counted
TOUCHES = "touches"  # a data step's statement matches the rows counted: neither fails nor loses


@dataclass(frozen=True)
class Check:
    """One query for one step: `what` completes "will fail: N rows of T ..." or "drops N ..."."""

    step: str  # the step's one-line description
    kind: str  # FAILS | LOSES
    schema: str
    table: str
    what: str
    sql: str = ""  # {source} stands for the table (or its TABLESAMPLE); {key} for the key expression
    notice: bool = False  # a DO block reporting through RAISE NOTICE (the cast test)
    keys: tuple[str, ...] = field(default=())
    unit: str = "rows"  # what the count counts ("pairs of rows" for an exclusion constraint)
    # a key compared with its operator classes' own equality: {eq0}, {eq1}, ... in `sql` stand for
    # the btree equality operator of each (empty: the type's `=`), looked up on the target by apply
    opclasses: tuple[tuple[str, ...], ...] = ()
    method: str = "btree"


@dataclass(frozen=True)
class Finding:
    """What a check found: a count (an estimate when sampled), sample keys, or why it was not checked."""

    step: str
    kind: str
    table: str
    what: str
    count: int = 0
    samples: tuple[str, ...] = ()
    estimate: bool = False
    unchecked: str = ""  # "timed out", an error line: the step was not checked
    unit: str = "rows"

    @property
    def fails(self) -> bool:
        return self.kind == FAILS and self.count > 0 and not self.unchecked

    def line(self) -> str:
        """One line for the plan."""
        if self.unchecked:
            return f"not checked: {self.unchecked} ({self.step})"
        about = "about " if self.estimate else ""
        keys = f" (e.g. {', '.join(self.samples)})" if self.samples else ""
        if self.kind == LOSES:
            return f"drops {about}{self.count} {self.what}{keys}"
        if self.kind == TOUCHES:
            return f"touches {about}{self.count} {self.what}{keys}"
        if not self.count:
            return f"checked: no rows of {self.table} {self.what}"
        return f"will fail: {about}{self.count} {self.unit} of {self.table} {self.what}{keys}"

    def to_json(self) -> dict:
        return {"step": self.step, "kind": self.kind, "table": self.table, "what": self.what,
                "count": self.count, "unit": self.unit, "estimate": self.estimate, "samples": list(self.samples),
                "certain_to_fail": self.fails, "not_checked": self.unchecked or None, "line": self.line()}
