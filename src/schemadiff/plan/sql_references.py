"""What one SQL statement refers to, read from PostgreSQL's own parse tree (pglast), never by words.

A reference names a relation, a column, a function or a type, with its line in the text it was
read from. Columns are attached to the relation they belong to when the statement says so: an
INSERT column list, an UPDATE SET target, `alias.col`, or an unqualified name in a FROM clause of
known relations (`scopes` keeps the enclosing FROM clauses, innermost first, so that the checker
can resolve a correlated name against the model the way PostgreSQL does: the nearest level that
has the column wins). A FROM item whose columns this module cannot know (a subquery, a function,
a CTE) is None in its scope: names there are never reported missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from pglast import ast

Relation = tuple[str | None, str]  # (schema as written or None, name)
Scope = tuple[Relation | None, ...]  # one FROM level; None = columns unknown to us
RECORD_NAMES = ("new", "old")  # a trigger function's row variables


@dataclass(frozen=True, slots=True)
class Reference:
    # "table" | "column" | "function" | "type" | "field" (a record variable's field) | "created"
    kind: str
    name: str  # relation, function, type or record variable name
    schema: str | None = None  # as written; None resolves through search_path (public)
    column: str | None = None
    line: int = 1
    writes: bool = False
    scopes: tuple[Scope, ...] = ()  # for an unqualified column: the FROM levels, innermost first

    def display(self) -> str:
        base = f"{self.schema}.{self.name}" if self.schema else self.name
        return f"{base}.{self.column}" if self.column else base


def statement_references(stmt: ast.Node, text: str, first_line: int, variables: frozenset[str],
                         offset: int = 0) -> list[Reference]:
    """References of one parsed statement; `offset` is where the statement's text starts."""
    walker = _Walker(text, first_line, variables, offset)
    walker.node(stmt, ())
    return walker.out


class _Walker:
    def __init__(self, text: str, first_line: int, variables: frozenset[str], offset: int) -> None:
        self.text, self.first_line, self.variables, self.offset = text, first_line, variables, offset
        self.out: list[Reference] = []
        self.ctes: list[set[str]] = []

    def line(self, node) -> int:
        loc = getattr(node, "location", None)
        if not isinstance(loc, int) or loc < 0:
            return self.first_line
        return self.first_line + self.text.count("\n", self.offset, max(loc, self.offset))

    def add(self, kind: str, name: str, node, **kw) -> None:
        self.out.append(Reference(kind, name, line=self.line(node), **kw))

    # -- statements: each opens a FROM level -------------------------------------------------
    def node(self, node, scopes: tuple[dict, ...]) -> None:
        handler = getattr(self, f"_{type(node).__name__}", None)
        if handler is not None:
            handler(node, scopes)
        else:
            self.children(node, scopes)

    def children(self, node, scopes) -> None:
        for value in _values(node):
            self.node(value, scopes)

    def _with(self, node, scopes) -> None:
        clause = getattr(node, "withClause", None)
        names = {c.ctename for c in (clause.ctes or ())} if clause else set()
        self.ctes.append(names)
        for cte in (clause.ctes or ()) if clause else ():
            self.node(cte.ctequery, scopes)

    def _SelectStmt(self, node: ast.SelectStmt, scopes) -> None:
        self._with(node, scopes)
        level: dict = {}
        for item in node.fromClause or ():
            self.from_item(item, level, scopes)
        inner = (level,) + scopes
        aliases = {t.name for t in node.targetList or () if isinstance(t, ast.ResTarget) and t.name}
        level["#aliases"] = aliases  # ORDER BY/GROUP BY may name an output column
        for field in ("targetList", "whereClause", "groupClause", "havingClause", "sortClause",
                      "valuesLists", "limitOffset", "limitCount", "windowClause", "larg", "rarg"):
            self.node(getattr(node, field), inner if field not in ("larg", "rarg") else scopes)
        self.ctes.pop()

    def _InsertStmt(self, node: ast.InsertStmt, scopes) -> None:
        self._with(node, scopes)
        rel = self.range_var(node.relation, writes=True)
        for col in node.cols or ():
            self.add("column", rel[1], col, schema=rel[0], column=col.name, writes=True)
        self.node(node.selectStmt, scopes)
        level = {(node.relation.alias.aliasname if node.relation.alias else rel[1]): rel, "excluded": rel}
        conflict = node.onConflictClause
        if conflict is not None:
            infer = conflict.infer
            for elem in (infer.indexElems or ()) if infer else ():
                if isinstance(elem, ast.IndexElem) and elem.name:
                    self.add("column", rel[1], elem, schema=rel[0], column=elem.name)
            self.set_targets(conflict.targetList, rel)
            self.node(conflict.targetList, (level,) + scopes)
            self.node(conflict.whereClause, (level,) + scopes)
        self.node(_returning(node), (level,) + scopes)
        self.ctes.pop()

    def _UpdateStmt(self, node: ast.UpdateStmt, scopes) -> None:
        self._with(node, scopes)
        level: dict = {}
        rel = self.target(node.relation, level)
        self.set_targets(node.targetList, rel)
        for item in node.fromClause or ():
            self.from_item(item, level, scopes)
        for value in (node.targetList, node.whereClause, _returning(node)):
            self.node(value, (level,) + scopes)
        self.ctes.pop()

    def _DeleteStmt(self, node: ast.DeleteStmt, scopes) -> None:
        self._with(node, scopes)
        level: dict = {}
        self.target(node.relation, level)
        for item in node.usingClause or ():
            self.from_item(item, level, scopes)
        for value in (node.whereClause, _returning(node)):
            self.node(value, (level,) + scopes)
        self.ctes.pop()

    def target(self, rv: ast.RangeVar, level: dict) -> Relation:
        rel = self.range_var(rv, writes=True)
        level[rv.alias.aliasname if rv.alias else rv.relname] = rel
        return rel

    def set_targets(self, targets, rel: Relation) -> None:
        for t in targets or ():
            if isinstance(t, ast.ResTarget) and t.name:
                self.add("column", rel[1], t, schema=rel[0], column=t.name, writes=True)

    # -- FROM items ---------------------------------------------------------------------------
    def from_item(self, item, level: dict, scopes) -> None:
        if isinstance(item, ast.RangeVar):
            cte = item.schemaname is None and any(item.relname in names for names in self.ctes)
            rel = None if cte else self.range_var(item)
            level[item.alias.aliasname if item.alias else item.relname] = rel
        elif isinstance(item, ast.JoinExpr):
            self.from_item(item.larg, level, scopes)
            self.from_item(item.rarg, level, scopes)
            self.node(item.quals, (level,) + scopes)
        else:  # RangeSubselect, RangeFunction, ...: walked, but their columns are opaque
            self.node(item, ((dict(level),) + scopes))
            alias = getattr(item, "alias", None)
            level[alias.aliasname if alias else f"#{len(level)}"] = None

    def range_var(self, rv: ast.RangeVar, writes: bool = False) -> Relation:
        self.add("table", rv.relname, rv, schema=rv.schemaname, writes=writes)
        return (rv.schemaname, rv.relname)

    def _CreateStmt(self, node: ast.CreateStmt, scopes) -> None:
        """A table the body creates (a temporary one) exists only once the body ran."""
        self.add("created", node.relation.relname, node.relation, schema=node.relation.schemaname)

    def _CreateTableAsStmt(self, node: ast.CreateTableAsStmt, scopes) -> None:
        rel = node.into.rel
        self.add("created", rel.relname, rel, schema=rel.schemaname)
        self.node(node.query, scopes)

    def _RangeVar(self, node: ast.RangeVar, scopes) -> None:
        self.range_var(node)

    # -- expressions --------------------------------------------------------------------------
    def _ColumnRef(self, node: ast.ColumnRef, scopes) -> None:
        names = [f.sval if isinstance(f, ast.String) else None for f in node.fields]
        if None in names or len(names) > 2:
            return  # `t.*`, `*`, schema.table.column: left to PostgreSQL
        if len(names) == 1:
            self.unqualified(names[0], node, scopes)
            return
        qualifier, column = names
        for level in scopes:
            if qualifier in level:
                rel = level[qualifier]
                if rel is not None:
                    self.add("column", rel[1], node, schema=rel[0], column=column)
                return
        if qualifier in RECORD_NAMES or qualifier in self.variables:
            self.add("field", qualifier, node, column=column)

    def unqualified(self, name: str, node, scopes) -> None:
        if name in self.variables:
            return  # a PL/pgSQL variable or parameter (plpgsql.variable_conflict = error otherwise)
        if any(name in level.get("#aliases", ()) for level in scopes[:1]):
            return
        # `excluded` and the target's own name are one relation: listed once per level
        levels = tuple(tuple(dict.fromkeys(v for k, v in level.items() if not k.startswith("#")))
                       for level in scopes)
        levels = tuple(level for level in levels if level)
        if levels and len(levels[0]) == 1 and levels[0][0] is not None:
            rel = levels[0][0]
            self.add("column", rel[1], node, schema=rel[0], column=name, scopes=levels)
        elif levels:
            self.add("column", "", node, column=name, scopes=levels)

    def _FuncCall(self, node: ast.FuncCall, scopes) -> None:
        names = [f.sval for f in node.funcname]
        self.add("function", names[-1], node, schema=names[0] if len(names) > 1 else None)
        self.children(node, scopes)

    def _TypeName(self, node: ast.TypeName, scopes) -> None:
        names = [f.sval for f in node.names or () if isinstance(f, ast.String)]
        if names and names[0] != "pg_catalog":
            self.add("type", names[-1], node, schema=names[0] if len(names) > 1 else None)


def _returning(node):
    """RETURNING's expressions (PostgreSQL 18's grammar wraps them in a ReturningClause)."""
    clause = getattr(node, "returningClause", None)
    return clause.exprs if clause is not None else getattr(node, "returningList", None)


def _values(node):
    """The child nodes of a parse tree node (lists and tuples flattened)."""
    if isinstance(node, (list, tuple)):
        for item in node:
            if isinstance(item, (list, tuple)):
                yield from _values(item)
            elif isinstance(item, ast.Node):
                yield item
    elif isinstance(node, ast.Node):
        for name in node:
            value = getattr(node, name)
            if isinstance(value, (ast.Node, list, tuple)):
                yield value
