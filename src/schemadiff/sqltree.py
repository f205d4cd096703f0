"""The only place catalog SQL text is read: through PostgreSQL's own parser (pglast, libpg_query).

quoting.py is where a name or value becomes SQL text; this module is the way back, for the few
decisions diff, plan and render take from a definition the catalog printed. A column reference
is a node of the tree, never a word that happens to match (STYLE.md rule 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pglast
from pglast import ast


@dataclass(frozen=True)
class ConstraintParts:
    """What a table constraint's definition says besides its columns and referenced table."""

    include: tuple[str, ...] = ()  # INCLUDE columns of a key
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    # WITH (storage parameters) or USING INDEX TABLESPACE on a key's index, as (name, value) pairs
    index_options: tuple[tuple[str, str], ...] = ()
    on_update: str = ""  # foreign keys: pg_constraint's action letters (a r c n d) and match (s f p)
    on_delete: str = ""
    match: str = ""
    no_inherit: bool = False


@lru_cache(maxsize=4096)
def constraint_parts(definition: str) -> ConstraintParts:
    """Parse `pg_get_constraintdef()` text (`UNIQUE (a) INCLUDE (b) DEFERRABLE`, ...)."""
    node = _constraint_node(definition)
    options = tuple((d.defname, _value(d.arg)) for d in node.options or ())
    if node.indexspace:
        options += (("tablespace", node.indexspace),)
    return ConstraintParts(
        include=tuple(s.sval for s in node.including or ()),
        nulls_not_distinct=bool(getattr(node, "nulls_not_distinct", False)),
        deferrable=bool(node.deferrable), initially_deferred=bool(node.initdeferred),
        index_options=options,
        on_update=(node.fk_upd_action or "").strip(), on_delete=(node.fk_del_action or "").strip(),
        match=(node.fk_matchtype or "").strip(), no_inherit=bool(node.is_no_inherit),
    )


def _constraint_node(definition: str) -> ast.Constraint:
    # The definition is catalog output for a constraint that exists: always one valid clause.
    stmt = pglast.parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
    return stmt.cmds[0].def_


def _value(arg) -> str:
    for attr in ("ival", "fval", "sval", "boolval"):
        if hasattr(arg, attr):
            return str(getattr(arg, attr))
    return str(arg)
