"""The key of a unique index, a UNIQUE / PRIMARY KEY constraint or an exclusion constraint, read
with PostgreSQL's own parser (pglast) from the text pg_get_indexdef / pg_get_constraintdef print.

Preflight counts duplicates (or conflicting pairs) with the key's own semantics: its expressions,
collations and operator classes; ASC/DESC and NULLS FIRST/LAST order the index and do not change
which rows are equal; INCLUDE columns are stored, not compared. Kept to this one module so it can
read the typed index fields instead once Index has them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pglast
from pglast import ast
from pglast.stream import RawStream

from ..quoting import ident


@dataclass(frozen=True)
class KeyPart:
    """One element of the key: an expression over bare column names, as SQL."""

    expr: str
    collation: str | None = None  # `COLLATE x` given on the element, as SQL (`pg_catalog."C"`)
    opclass: tuple[str, ...] = ()  # an explicit operator class: (name,) or (schema, name)
    operator: str | None = None  # exclusion: `OPERATOR(schema.op)` the element is compared with

    def sql(self) -> str:
        """The element's value, with its collation (equality under a collation follows it)."""
        return f"({self.expr})" + (f" COLLATE {self.collation}" if self.collation else "")


@dataclass(frozen=True)
class Key:
    """What two rows are compared on."""

    parts: tuple[KeyPart, ...]
    where: str | None = None  # a partial index's predicate
    nulls_not_distinct: bool = False
    method: str = "btree"


@lru_cache(maxsize=1024)
def index_key(body: str) -> Key:
    """The key of `USING btree (lower(a) COLLATE "C" DESC) INCLUDE (b) WHERE (...)`."""
    stmt = pglast.parse_sql(f"CREATE UNIQUE INDEX i ON t {body}")[0].stmt
    return Key(tuple(_part(e) for e in stmt.indexParams), _print(stmt.whereClause),
               bool(stmt.nulls_not_distinct), stmt.accessMethod or "btree")


@lru_cache(maxsize=1024)
def constraint_key(definition: str) -> Key:
    """The key of `UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c)`, `PRIMARY KEY (a)` or
    `EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (...)`."""
    stmt = pglast.parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
    node: ast.Constraint = stmt.cmds[0].def_
    if node.exclusions:
        parts = tuple(_part(elem, _operator(op)) for elem, op in node.exclusions)
        return Key(parts, _print(node.where_clause), False, node.access_method or "gist")
    parts = tuple(KeyPart(ident(k.sval)) for k in node.keys or ())
    return Key(parts, None, bool(getattr(node, "nulls_not_distinct", False)))


def _part(elem: ast.IndexElem, operator: str | None = None) -> KeyPart:
    expr = ident(elem.name) if elem.name else _print(elem.expr)
    collation = ".".join(ident(s.sval) for s in elem.collation) if elem.collation else None
    opclass = tuple(s.sval for s in elem.opclass or ())
    return KeyPart(expr, collation, opclass, operator)


def _operator(names) -> str:
    """`OPERATOR(schema.op)`; an unqualified one was printed with search_path='': pg_catalog's."""
    names = [s.sval for s in names]
    schema = names[0] if len(names) == 2 else "pg_catalog"
    return f"OPERATOR({ident(schema)}.{names[-1]})"


def _print(node) -> str | None:
    return None if node is None else RawStream()(node)


@dataclass(frozen=True)
class CheckExpr:
    """A CHECK constraint's expression, and the column when it is just `col IS NOT NULL`."""

    expr: str
    not_null_column: str | None = None


@lru_cache(maxsize=1024)
def check_expr(definition: str) -> CheckExpr:
    """The expression of `CHECK (expr) [NOT VALID]` as pg_get_constraintdef prints it."""
    stmt = pglast.parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
    expr = stmt.cmds[0].def_.raw_expr
    column = None
    if isinstance(expr, ast.NullTest) and expr.nulltesttype == pglast.enums.NullTestType.IS_NOT_NULL \
            and isinstance(expr.arg, ast.ColumnRef) and len(expr.arg.fields) == 1:
        column = expr.arg.fields[0].sval  # the safe SET NOT NULL recipe's helper check
    return CheckExpr(_print(expr), column)
