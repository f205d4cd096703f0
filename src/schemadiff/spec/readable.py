"""Catalog text -> what a person would write, for `schemadiff dump` (issue 10 item 3).

The catalog prints `'pending'::text`, `timestamp with time zone` and
`(status = ANY (ARRAY['a'::text, 'b'::text]))`. Each rewrite here applies only where it is
provably the same to PostgreSQL, read with its own parser (pglast): a cast is dropped only when
its target is the very type the literal would get without it (the column's own type), and an
`= ANY (ARRAY[...])` becomes `IN (...)` only over a bare column of that same type. Anything else
keeps the catalog text: a dropped cast can change meaning (`'1'::bigint` in a check on an int
column, `'x'::character varying` against text), so when unsure, the cast stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pglast import ast
from pglast.enums import A_Expr_Kind
from pglast.parser import scan

from ..sqltree import expression_node

from ..quoting import literal

# format_type()'s long spellings and the shorthands PostgreSQL's grammar reads the same.
_TYPE_SHORTHANDS = (
    (re.compile(r"^timestamp(\(\d+\))? with time zone"), r"timestamptz\1"),
    (re.compile(r"^timestamp(\(\d+\))? without time zone"), r"timestamp\1"),
    (re.compile(r"^time(\(\d+\))? with time zone"), r"timetz\1"),
    (re.compile(r"^time(\(\d+\))? without time zone"), r"time\1"),
    (re.compile(r"^character varying"), "varchar"),
    (re.compile(r"^character(?=\(|\[|$)"), "char"),
    (re.compile(r"^boolean(?=\[|$)"), "bool"),
)


# A schema repeats the same few types and defaults on thousands of columns, and each answer is
# two or three parses: answered once per text (both functions are pure on their strings).
@lru_cache(maxsize=8192)
def type_text(sql_type: str) -> str:
    """`timestamp with time zone` -> `timestamptz`, `character varying(255)` -> `varchar(255)`."""
    for pattern, short in _TYPE_SHORTHANDS:
        if pattern.match(sql_type):
            shorter = pattern.sub(short, sql_type, count=1)
            same = _builtin(_type_of(shorter)) == _builtin(_type_of(sql_type))
            return shorter if same else sql_type
    return sql_type


@lru_cache(maxsize=8192)
def default_text(default: str, column_type: str) -> str:
    """`'pending'::text` on a text column -> `'pending'`; anything else as the catalog has it."""
    node = expression_node(default)
    if _redundant_cast(node, column_type):
        return literal(node.arg.val.sval)
    return default


def check_text(expression: str, column_types: dict[str, str]) -> str:
    """`(status = ANY (ARRAY['a'::text, 'b'::text]))` -> `status IN ('a', 'b')`, parentheses off."""
    node = expression_node(expression)
    if node is None:
        return expression
    readable = _in_list(node, column_types, f"SELECT ({expression})")
    if readable is not None:
        return readable
    return _unwrapped(expression)


def _type_of(sql_type: str):
    node = expression_node(f"NULL::{sql_type}")
    return node.typeName if isinstance(node, ast.TypeCast) else None


def _plain(node) -> object:
    """A node as comparable data, source locations left out."""
    if isinstance(node, ast.Node):
        return (type(node).__name__,) + tuple(
            (k, _plain(getattr(node, k))) for k in node
            if k not in ("location", "list_start", "list_end"))
    if isinstance(node, tuple):
        return tuple(_plain(n) for n in node)
    return node


def _builtin(name) -> object:
    """A type name with `pg_catalog.` left out: pg_catalog is searched first whatever the path."""
    if name is None:
        return None
    names = tuple(n.sval for n in name.names)
    names = names[1:] if names[0] == "pg_catalog" else names
    return names, _plain(name.typmods), _plain(name.arrayBounds)


def _same_type(a, b) -> bool:
    return a is not None and b is not None and _plain(a) == _plain(b)


def _without_typmods(name: ast.TypeName) -> object:
    # The catalog prints `'x'::character varying` for DEFAULT 'x' on varchar(255): the length
    # coercion is applied by the column, not the literal; only the array bounds must agree.
    return _builtin(ast.TypeName(names=name.names, arrayBounds=name.arrayBounds))


def _redundant_cast(node, column_type: str) -> bool:
    """`'literal'::T` where T is the column's type: the literal would be coerced to T anyway."""
    if not (isinstance(node, ast.TypeCast) and isinstance(node.arg, ast.A_Const)):
        return False
    if not isinstance(node.arg.val, ast.String):
        return False  # numbers, bit strings and NULL keep their casts
    target, column = node.typeName, _type_of(column_type)
    if column is None:
        return False
    return _builtin(target) == _builtin(column) or (not target.typmods
                                          and _without_typmods(target) == _without_typmods(column))


def _in_list(node, column_types: dict[str, str], source: str) -> str | None:
    """`col = ANY (ARRAY['a'::T, ...])` over a bare column of type T -> `col IN ('a', ...)`."""
    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP_ANY):
        return None
    if _operator(node) != "=":
        return None
    # a varchar column's list is read as the list already (introspect: sqltree.varchar_in_list)
    column_ref, array = node.lexpr, node.rexpr
    if not isinstance(column_ref, ast.ColumnRef):
        return None
    fields = column_ref.fields
    if len(fields) != 1 or not isinstance(fields[0], ast.String):
        return None
    column = fields[0].sval
    if column not in column_types or not isinstance(array, ast.A_ArrayExpr):
        return None
    values = _literals(array.elements or (), column_types[column])
    if not values:
        return None
    return f"{_spelling(source, column_ref.location)} IN ({', '.join(literal(v) for v in values)})"


def _spelling(source: str, location: int) -> str:
    """The column name as the catalog wrote it: quote_identifier quotes only where needed."""
    token = next(t for t in scan(source) if t.start == location)
    return source[token.start:token.end + 1]


def _operator(node: ast.A_Expr) -> str | None:
    names = node.name or ()
    return names[-1].sval if len(names) == 1 and isinstance(names[-1], ast.String) else None


def _literals(elements, column_type: str) -> list[str] | None:
    """The strings of `ARRAY['a'::T, 'b'::T]` when every element is a literal cast to T exactly."""
    column = _type_of(column_type)
    out = []
    for element in elements:
        if not (isinstance(element, ast.TypeCast) and _same_type(element.typeName, column)):
            return None
        if not (isinstance(element.arg, ast.A_Const) and isinstance(element.arg.val, ast.String)):
            return None
        out.append(element.arg.val.sval)
    return out


def _unwrapped(expression: str) -> str:
    """`(a > 0)` -> `a > 0`, only when the outer parentheses enclose the whole text."""
    text = expression.strip()
    if not (text.startswith("(") and text.endswith(")")):
        return expression
    inner = text[1:-1]
    # `(a) AND (b)` starts and ends with parentheses that are not one group.
    return inner if _balanced(inner) and expression_node(inner) is not None else expression


def _balanced(text: str) -> bool:
    """Parentheses of `text` never close below depth zero (so `(a) AND (b)` stays whole)."""
    depth = 0
    for token in scan(text):
        depth += (token.name == "ASCII_40") - (token.name == "ASCII_41")
        if depth < 0:
            return False
    return depth == 0
