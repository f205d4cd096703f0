"""Functions and procedures (aggregates and window functions are not modelled)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..sqltree import is_standard_sql_body
from .ids import ObjectId
from .kinds import register_kind

FUNCTION = "f"
PROCEDURE = "p"
VOLATILITY = {"i": "immutable", "s": "stable", "v": "volatile"}  # pg_proc.provolatile
PARALLEL = {"s": "safe", "r": "restricted", "u": "unsafe"}  # pg_proc.proparallel
DEFAULT_COST = 100.0  # procost of a function in any language but C/internal (refused)


def function_id(schema: str, name: str, signature: str = "") -> ObjectId:
    """Overloads share a name and differ by signature: the input argument types only, as
    oidvectortypes(proargtypes) prints them (`uuid, character varying`). Parameter names are not
    identity: renaming one is a change to the same function, never a second one."""
    return ObjectId("function", schema, name, signature=signature)


@dataclass(frozen=True, slots=True)
class Function:
    schema: str
    name: str
    signature: str  # input argument types, comma-separated (see function_id)
    kind: str = FUNCTION  # 'f' function | 'p' procedure
    # pg_get_function_arguments(): modes, names, types and defaults, as CREATE FUNCTION takes them.
    arguments: str = ""
    result: str | None = None  # pg_get_function_result(): `jsonb`, `SETOF uuid`, `TABLE(...)`; None for procedures
    language: str = "plpgsql"
    # prosrc, verbatim; for a SQL-standard body (`RETURN ...`, `BEGIN ATOMIC ... END`) its deparsed text.
    body: str = ""
    volatility: str = "v"  # 'i' | 's' | 'v'
    strict: bool = False
    security_definer: bool = False
    config: tuple[str, ...] = ()  # proconfig: `search_path=pg_catalog, public, pg_temp`
    parallel: str = "u"  # 's' | 'r' | 'u' (pg_proc.proparallel)
    # procost and prorows; None stands for the default (100; 1000 for a set-returning function's
    # rows, 0 for any other), so a declared default and an omitted one are the same function.
    cost: float | None = None
    rows: float | None = None
    leakproof: bool = False
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return function_id(self.schema, self.name, self.signature)

    @property
    def is_procedure(self) -> bool:
        return self.kind == PROCEDURE

    @property
    def sql_standard_body(self) -> bool:
        """A SQL-language body written as `RETURN expr` or `BEGIN ATOMIC ... END` (14+): parsed at
        creation, so it is written without AS and its references are real dependencies."""
        return self.language == "sql" and is_standard_sql_body(self.body)

    @property
    def returns_set(self) -> bool:
        """SETOF or TABLE(...): the functions ROWS applies to."""
        return self.result is not None and self.result.lstrip().upper().startswith(("SETOF ", "TABLE"))

    def setting(self, name: str) -> str | None:
        """The value of one proconfig entry, or None."""
        for entry in self.config:
            key, _, value = entry.partition("=")
            if key == name:
                return value
        return None


def declared_cost(cost: float | None) -> float | None:
    """procost with the default as None."""
    return None if cost is None or float(cost) == DEFAULT_COST else float(cost)


def declared_rows(rows: float | None, returns_set: bool) -> float | None:
    """prorows with the default (1000 for a set, 0 otherwise) as None."""
    if rows is None or float(rows) == (1000.0 if returns_set else 0.0):
        return None
    return float(rows)


register_kind("function", Function, family="routines", rank=60)
